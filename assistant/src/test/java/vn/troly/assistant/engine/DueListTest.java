package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A due list asked for one agency holds only the rows that agency leads, and says so. */
class DueListTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tháng 12 này Phòng Văn hóa - Xã hội có những việc gì đến hạn? | Phòng Văn hóa - Xã hội",
            "trung tâm phục vụ hành chính công có chỉ tiêu nào hạn trong tháng 12/2026 | Trung tâm Phục vụ hành chính công xã",
            "những chỉ tiêu của công an xã tới hạn trong quý 4 năm nay | Công an xã"})
    void onlyTheAgencysRows(String question, String agency) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, "vinh-tru"));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.answer().startsWith("Các chỉ tiêu và nhiệm vụ do " + agency + " chủ trì"), answer.answer());
        List<String> items = answer.answer().lines().filter(l -> l.startsWith("• ")).toList();
        assertFalse(items.isEmpty(), answer.answer());
        items.forEach(item -> assertTrue(item.substring(item.indexOf("chủ trì:")).contains(agency), item));
    }
}
