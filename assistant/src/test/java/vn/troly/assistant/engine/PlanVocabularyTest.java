package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question in the plans' own words that no plan has a row for is "not in the plan", with what the plan has nearby;
 * one in nobody's plan words is out of scope.
 */
class PlanVocabularyTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @Test
    void twoWordsThePlansWriteTogetherMakeAPlanQuestion() {
        for (String text : new String[]{"thôn nào làm mô hình nhà kính thông minh",
                "ở xã có lắp tủ sách điện tử cho thư viện thôn chưa",
                "xã mình có kho dữ liệu ảnh vệ tinh đồng ruộng không"}) {
            Answer answer = ASSISTANT.engine.answer(Question.of(text, "vinh-tru"));
            // never out of scope, never answered: what the plan lacks, or the nearest row said to be the nearest
            assertTrue(answer.status() == Status.NOT_IN_PLAN || answer.status() == Status.CLARIFICATION_NEEDED,
                    text + " → " + answer.status() + " " + answer.answer());
        }
    }

    @Test
    void wordsOfNoPlanAreOutOfScope() {
        for (String text : new String[]{"con mèo nhà tôi bị ốm", "núi cao nhất nước mình tên gì"}) {
            Answer answer = ASSISTANT.engine.answer(Question.of(text, "vinh-tru"));
            assertEquals(Status.OUT_OF_SCOPE, answer.status(), text + " → " + answer.answer());
        }
    }
}
