package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Of rows that tie, the one whose name says the year asked is meant: Vĩnh Trụ's "Kế hoạch Chuyển đổi số xã Vĩnh Trụ
 * năm 2027" against its plan for the national digital day of 10/10/2026.
 */
class YearNamedRowTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @ValueSource(strings = {"hạn ban hành kế hoạch CĐS 2027 là khi nào", "thời hạn ban hành kế hoạch chuyển đổi số năm 2027?",
            "ai chủ trì ban hành kế hoạch chuyển đổi số 2027"})
    void theRowNamingTheYearIsMeant(String question) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, "vinh-tru"));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertEquals("Kế hoạch Chuyển đổi số xã Vĩnh Trụ năm 2027", answer.indicators().get(0).name(), answer.answer());
    }
}
