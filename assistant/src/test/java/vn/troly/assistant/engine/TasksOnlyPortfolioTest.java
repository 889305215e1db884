package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An agency's tasks asked without its indicators ("nhiệm vụ, giải pháp", "không tính chỉ tiêu"): the tasks alone. */
class TasksOnlyPortfolioTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @Test
    void leavingTheIndicatorsOutListsTheTasksAlone() {
        for (String text : new String[]{"trừ các chỉ tiêu ra thì Văn phòng HĐND và UBND xã còn chủ trì những việc gì?",
                "VP HĐND-UBND phụ trách các giải pháp nào?",
                "ngoài chỉ tiêu, Văn phòng được giao những nhiệm vụ nào"}) {
            Answer answer = ASSISTANT.engine.answer(Question.of(text, "binh-giang"));
            assertEquals("portfolio", answer.intent(), text + " → " + answer.answer());
            assertTrue(answer.answer().startsWith("Văn phòng HĐND và UBND xã chủ trì 4 nhiệm vụ, giải pháp"), answer.answer());
            assertTrue(answer.answer().contains("Nâng cấp hạ tầng công nghệ thông tin của xã."), answer.answer());
            // its indicators ("Tỷ lệ báo cáo của các cơ quan …") are left out
            assertFalse(answer.answer().contains("Tỷ lệ"), answer.answer());
            assertEquals(4, answer.indicators().size(), answer.answer());
        }
    }

    @Test
    void askingForTasksAndIndicatorsCarriesBoth() {
        for (String text : new String[]{"Công an xã được giao chủ trì những việc, chỉ tiêu gì?",
                "CA xã lo những chỉ tiêu, công việc nào vậy", "các chỉ tiêu và hoạt động do Công an xã chủ trì"}) {
            Answer answer = ASSISTANT.engine.answer(Question.of(text, "binh-giang"));
            assertEquals("portfolio", answer.intent(), text + " → " + answer.answer());
            // one indicator and three tasks
            assertEquals(4, answer.indicators().size(), text + " → " + answer.answer());
        }
    }

    @Test
    void anAgencyWithNoTaskSaysSo() {
        Answer answer = ASSISTANT.engine.answer(Question.of("Phòng Văn hóa - Xã hội chủ trì những giải pháp nào?", "duong-huu"));
        assertEquals("portfolio", answer.intent(), answer.answer());
        assertTrue(answer.answer().contains("không chủ trì nhiệm vụ, giải pháp nào"), answer.answer());
    }

    @Test
    void thePlansNumberIsReadPastTheYearItNames() {
        Answer answer = ASSISTANT.engine.answer(Question.of("KH CĐS năm 2027 của xã số mấy vậy?", "vinh-tru"));
        assertEquals("plan_info", answer.intent(), answer.answer());
    }
}
