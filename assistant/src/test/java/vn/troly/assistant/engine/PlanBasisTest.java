package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asked what a plan is based on or carries out, the answer lists the documents its preamble cites. */
class PlanBasisTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kế hoạch cds của xã mình dựa vào văn bản nào của tỉnh | phu-trung | 469-KH/TU",
            "xã Bình Giang làm kế hoạch này theo quyết định số mấy | binh-giang | 1167/QĐ-UBND",
            "căn cứ pháp lý của kế hoạch chuyển đổi số là gì | duong-huu | 186/KH-UBND"})
    void listsTheCitedDocuments(String question, String commune, String document) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertEquals("plan_info", answer.intent(), answer.answer());
        assertTrue(answer.answer().contains(document), answer.answer());
    }
}
