package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Words a question does not write side by side form no everyday term: in "sản xuất kinh doanh làm online", "kinh
 * doanh online" (selling online, e-commerce) is not asked once "làm" is set aside; "online" alone is.
 */
class TopicGapTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();
    private static final String ROW = "Tỷ lệ thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh được thực hiện trực tuyến";

    @Test
    void aWordSetAsideLeavesAGapNoTermSpans() {
        for (String text : new String[]{"thủ tục về đào tạo, sản xuất kinh doanh làm online thì ai lo",
                "tỷ lệ thủ tục nghiên cứu, sản xuất kinh doanh được làm online là bao nhiêu",
                "thủ tục đào tạo nghiên cứu sản xuất kinh doanh mà làm online thì hạn khi nào"}) {
            Answer answer = ASSISTANT.engine.answer(Question.of(text, "vinh-tru"));
            assertEquals(Status.ANSWERED, answer.status(), text + " → " + answer.answer());
            assertFalse(answer.indicators().isEmpty(), answer.answer());
            assertEquals(true, answer.indicators().get(0).name().startsWith(ROW), text + " → " + answer.answer());
        }
    }
}
