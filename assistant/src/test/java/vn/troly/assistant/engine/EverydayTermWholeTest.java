package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An everyday term asked ("dùng lại") that the best-ranked row writes in none of its plan terms ("sử dụng lại")
 * leaves that row unanswered over one that does: the one row that writes it is answered.
 */
class EverydayTermWholeTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @Test
    void theOneRowThatWritesTheTermIsAnswered() {
        String[][] cases = {{"tận dụng lại hồ sơ điện tử thì ai phụ trách", "duong-huu"},
                {"xài lại hồ sơ điện tử đạt bao nhiêu phần trăm", "loi-bac"},
                {"việc dùng lại hồ sơ điện tử hạn khi nào", "duong-huu"}};
        for (String[] c : cases) {
            Answer answer = ASSISTANT.engine.answer(Question.of(c[0], c[1]));
            boolean answered = answer.status() == Status.ANSWERED && !answer.indicators().isEmpty()
                    && answer.indicators().get(0).name().contains("sử dụng lại");
            assertTrue(answered, c[0] + " → " + answer.status() + " " + answer.answer());
        }
    }
}
