package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who does what the tables do not list is answered from the sentence of the plan's prose that says so, cited. */
class BodyPassageTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bên nào lo phổ biến kiến thức chuyển đổi số? | phu-trung | Trung tâm Dịch vụ Tổng hợp xã chịu trách nhiệm chính",
            "phòng nào lo việc phổ biến kiến thức về chuyển đổi số | phu-trung | Trung tâm Dịch vụ Tổng hợp xã chịu trách nhiệm chính"})
    void aDutyOnlyTheProseStatesIsQuotedFromIt(String question, String commune, String sentence) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.answer().contains(sentence), answer.answer());
        assertFalse(answer.citations().isEmpty(), answer.answer());
        assertTrue(answer.citations().get(0).excerpt().contains("chịu trách nhiệm chính"), answer.citations().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ai chủ trì thương mại điện tử | duong-huu", "ai phụ trách camera AI ở chợ | vinh-tru"})
    void proseWithTheWordsScatteredIsNoAnswer(String question, String commune) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertNotEquals("answered", answer.status().code(), answer.answer());
        assertFalse(answer.answer().contains("nhưng mục"), answer.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Phương châm hành động của xã năm nay là gì? | vinh-tru | Hành động đột phá, lan tỏa kết quả",
            "phương châm hành động 2026 của Vĩnh Trụ | vinh-tru | Hành động đột phá, lan tỏa kết quả",
            "kinh phí thực hiện kế hoạch lấy từ đâu | vinh-tru | Nguồn ngân sách nhà nước"})
    void aQuestionAboutThePlanGetsTheSectionThatWritesItsWordsTogether(String question, String commune, String expected) {
        // the section of cited documents has "năm 2026" and "xã" in plenty; the one that says "phương châm hành động" wins
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertTrue(answer.answer().contains(expected), answer.answer());
    }
}
