package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A question about the plan's appendices is answered with each appendix and what it holds, counted from the rows read. */
class PlanAppendicesTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @Test
    void theAppendicesAreListedWithWhatEachHolds() {
        for (String q : new String[]{"kế hoạch gồm những phụ lục nào", "Kế hoạch xã mình có bao nhiêu phụ lục vậy?",
                "các phụ lục kèm theo kế hoạch là gì"}) {
            Answer a = ASSISTANT.engine.answer(Question.of(q, "binh-giang"));
            assertEquals(Status.ANSWERED, a.status(), q);
            assertTrue(a.answer().contains("2 phụ lục") && a.answer().contains("Phụ lục 01: 46 chỉ tiêu")
                    && a.answer().contains("Phụ lục 02: 26 nhiệm vụ"), q + " → " + a.answer());
            assertFalse(a.citations().isEmpty(), q);
        }
        assertTrue(ASSISTANT.engine.answer(Question.of("kế hoạch có mấy phụ lục", "loi-bac")).answer().contains("1 phụ lục"));
    }

    @Test
    void aTaskInAnAppendixIsStillAskedAboutByItsTopic() {
        Answer a = ASSISTANT.engine.answer(Question.of("các nhiệm vụ trong phụ lục 2 do ai chủ trì", "binh-giang"));
        assertFalse(a.answer().contains("phụ lục:"), a.answer());
    }
}
