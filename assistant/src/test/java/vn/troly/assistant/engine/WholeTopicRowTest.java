package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row that holds the whole topic in plainer words is answered, though rows sharing only its rarer part outscore it
 * ("số hóa", "chuyển đổi số" are in many rows; "giáo dục" for "trường học" in one).
 */
class WholeTopicRowTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @ValueSource(strings = {"chuyển đổi số ở trường học ai lo", "số hóa trong ngành giáo dục giao cho ai",
            "ai lo chuyển đổi số cho các trường"})
    void answersTheRowThatHoldsItAll(String question) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, "vinh-tru"));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.indicators().get(0).name().contains("giáo dục"), answer.answer());
    }
}
