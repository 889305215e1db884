package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Công an xã Dương Hưu": the "xã" ends the agency's name and begins the commune's; both are read. */
class AgencyOfCommuneTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CA xã Dương Hưu chủ trì những chỉ tiêu nào? | Công an xã | Dương Hưu",
            "Công an xã Vĩnh Trụ phụ trách những việc gì | Công an xã | Vĩnh Trụ",
            "các chỉ tiêu do công an xã phú trung chủ trì | Công an xã | Phú Trung"})
    void readsTheAgencyAndTheCommune(String question, String agency, String commune) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, null));
        assertEquals("portfolio", answer.intent(), answer.answer());
        assertTrue(answer.answer().startsWith(agency), answer.answer());
        assertTrue(answer.answer().contains("xã " + commune), answer.answer());
    }
}
