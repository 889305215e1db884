package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An agency's list asked with words of its own: the rows about them, or the whole list after saying none is. */
class NarrowedPortfolioTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @Test
    void listsOnlyTheAgencysRowsAboutTheWords() {
        Answer answer = ASSISTANT.engine.answer(Question.of("Phòng Văn hóa - Xã hội chủ trì những chỉ tiêu nào về 5G", "binh-giang"));
        assertEquals("portfolio", answer.intent(), answer.answer());
        assertTrue(answer.answer().contains("về “5G”"), answer.answer());
        assertTrue(answer.indicators().stream().allMatch(i -> i.name().contains("5G")), answer.answer());
        assertTrue(!answer.indicators().isEmpty(), answer.answer());
    }

    @Test
    void saysNoneIsAboutTheWordsAndListsTheWhole() {
        Answer whole = ASSISTANT.engine.answer(Question.of("Công an xã chủ trì những chỉ tiêu nào", "phu-trung"));
        Answer narrowed = ASSISTANT.engine.answer(Question.of("Công an xã chủ trì những chỉ tiêu nào về cáp quang", "phu-trung"));
        assertEquals("portfolio", narrowed.intent(), narrowed.answer());
        assertTrue(narrowed.answer().startsWith("Không có chỉ tiêu, nhiệm vụ nào của Công an xã về “cáp quang”"), narrowed.answer());
        assertEquals(whole.indicators().size(), narrowed.indicators().size(), narrowed.answer());
    }

    @Test
    void aTaskThePlanListsTwiceIsListedOnce() {
        // Bình Giang's task table has "Nâng cấp hạ tầng công nghệ thông tin của xã." as rows 1 and 4, word for word
        Answer answer = ASSISTANT.engine.answer(Question.of("Văn phòng HĐND và UBND xã chủ trì những nhiệm vụ nào", "binh-giang"));
        String text = answer.answer();
        String task = "Nâng cấp hạ tầng công nghệ thông tin của xã.";
        assertEquals(text.indexOf(task), text.lastIndexOf(task), text);
        assertTrue(text.contains(task), text);
    }
}
