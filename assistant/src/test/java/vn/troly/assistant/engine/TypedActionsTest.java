package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buttons come back typed (a pick, a confirmation, a command); typed words that pick still work. */
class TypedActionsTest {

    private final TestAssistant assistant = new TestAssistant();
    private static final Caller CULTURE = new Caller("u-1", "Lê Văn An", Role.OFFICIAL, "van-hoa-xa-hoi", "vinh-tru");

    private Answer say(String text, String conversation, Action action) {
        return say(text, conversation, Caller.citizen(), action);
    }

    private Answer say(String text, String conversation, Caller caller, Action action) {
        return assistant.engine.answer(new Question(text, null, conversation, caller, "test", action));
    }

    /** "Ai chủ trì chỉ tiêu 5G?" with no commune: the communes are offered, and the question waits. */
    private Answer askWithoutCommune() {
        Answer question = say("Ai chủ trì chỉ tiêu 5G?", null, Action.TEXT);
        assertEquals("clarification_needed", question.status().code(), question.answer());
        assertEquals(5, question.candidates().size(), question.candidates().toString());
        assertTrue(question.candidates().stream().allMatch(c -> c.kind().equals(Answer.Candidate.COMMUNE)));
        return question;
    }

    @Test
    void pickingACommuneAnswersTheQuestionThatWaited() {
        Answer question = askWithoutCommune();
        Answer picked = say("Xã Vĩnh Trụ", question.conversationId(), new Action.Pick("vinh-tru"));
        assertEquals("answered", picked.status().code(), picked.answer());
        assertEquals("lead", picked.intent());
        assertEquals("ninh-binh/vinh-tru", picked.commune().id());
        assertTrue(picked.indicators().get(0).name().contains("5G"), picked.answer());
        assertTrue(picked.answer().contains("Phòng Văn hóa - Xã hội"), picked.answer());

        Answer deadline = say("còn hạn thì sao?", picked.conversationId(), Action.TEXT);
        assertEquals("ninh-binh/vinh-tru", deadline.commune().id(), "the picked commune stays for follow-ups");
        assertEquals("deadline", deadline.intent());
    }

    @Test
    void aTypedNumberOrOrdinalPicksACommuneToo() {
        for (String typed : new String[]{"5", "số 5", "cái cuối"}) {
            Answer picked = say(typed, askWithoutCommune().conversationId(), Action.TEXT);
            assertEquals("ninh-binh/vinh-tru", picked.commune().id(), typed + ": " + picked.answer());
            assertEquals("lead", picked.intent(), typed + " must not read as a citizen's question: " + picked.answer());
            assertTrue(picked.indicators().get(0).name().contains("5G"), picked.answer());
        }
        Answer first = say("cái đầu tiên", askWithoutCommune().conversationId(), Action.TEXT);
        assertEquals("hai-phong/binh-giang", first.commune().id(), first.answer());
        Answer named = say("xã Vĩnh Trụ", askWithoutCommune().conversationId(), Action.TEXT);
        assertEquals("ninh-binh/vinh-tru", named.commune().id());
        assertTrue(named.answer().contains("Phòng Văn hóa - Xã hội"), "naming the commune answers the question too: " + named.answer());
    }

    @Test
    void pickingARowByIdOrInWords() {
        Answer question = assistant.engine.answer(Question.of("ai chu tri quan tri du lieu", "duong-huu"));
        assertTrue(question.candidates().size() >= 2, question.answer());
        assertTrue(question.candidates().stream().allMatch(c -> c.kind().equals(Answer.Candidate.ROW)));
        Answer.Candidate second = question.candidates().get(1);

        Answer picked = say(second.label(), question.conversationId(), new Action.Pick(second.id()));
        assertEquals("answered", picked.status().code(), picked.answer());
        assertEquals(second.id(), picked.indicators().get(0).id());
        assertTrue(picked.answer().contains("chủ trì"), picked.answer());

        Answer again = assistant.engine.answer(Question.of("ai chu tri quan tri du lieu", "duong-huu"));
        Answer typed = say("cái thứ hai", again.conversationId(), Action.TEXT);
        assertEquals(second.id(), typed.indicators().get(0).id(), typed.answer());
    }

    @Test
    void aButtonWhoseChoiceIsGoneSaysSo() {
        Answer question = askWithoutCommune();
        Answer unknown = say("?", question.conversationId(), new Action.Pick("atlantis"));
        assertEquals("stale_action", unknown.intent());
        assertEquals("clarification_needed", unknown.status().code());
        Answer nothingWaits = say("Xác nhận", question.conversationId(), new Action.Confirm(true));
        assertEquals("stale_action", nothingWaits.intent());
        assertEquals(0, assistant.values.count());
    }

    @Test
    void confirmingAndCancellingAReportedValue() {
        Answer proposal = assistant.engine.answer(new Question("cập nhật phủ sóng 5G 62,5%", "vinh-tru", null, CULTURE, "test"));
        assertEquals("confirmation_needed", proposal.status().code(), proposal.answer());
        Answer cancelled = say("Hủy", proposal.conversationId(), CULTURE, new Action.Confirm(false));
        assertTrue(cancelled.answer().contains("hủy"), cancelled.answer());
        assertEquals(0, assistant.values.count());

        Answer again = assistant.engine.answer(new Question("cập nhật phủ sóng 5G 62,5%", "vinh-tru", null, CULTURE, "test"));
        Answer saved = say("Xác nhận", again.conversationId(), CULTURE, new Action.Confirm(true));
        assertTrue(saved.answer().startsWith("Đã lưu"), saved.answer());
        assertEquals(1, assistant.values.count());
        Answer twice = say("Xác nhận", again.conversationId(), CULTURE, new Action.Confirm(true));
        assertEquals("stale_action", twice.intent(), "pressed again: nothing is stored twice");
        assertEquals(1, assistant.values.count());
    }

    @Test
    void aCommandNamesItsIntent() {
        Answer summary = assistant.engine.answer(new Question("tóm tắt", "vinh-tru", null, Caller.of(Role.LEADER), "test",
                new Action.Command("summary", Map.of())));
        assertEquals("summary", summary.intent());
        Answer update = assistant.engine.answer(new Question("phủ sóng 5G 62,5%", "vinh-tru", null, CULTURE, "test",
                new Action.Command("update", Map.of())));
        assertEquals("confirmation_needed", update.status().code(), update.answer());
    }
}
