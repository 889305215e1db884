package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff of one commune asking in chat about another get the citizen's answer: no values, statuses or reporters. */
class ReadScopeTest {

    private static final Caller CULTURE = new Caller("u-1", "Lê Văn An", Role.OFFICIAL, "van-hoa-xa-hoi", "vinh-tru");
    private static final Caller PHU_TRUNG_LEADER = new Caller("u-9", "Lê Thị Phú", Role.LEADER, null, "phu-trung");
    private static final Caller PHU_TRUNG_OFFICIAL = new Caller("u-8", "Phạm Văn Trung", Role.OFFICIAL, "van-hoa-xa-hoi", "phu-trung");

    private final TestAssistant assistant = new TestAssistant();

    private Answer say(String text, String conversation, Caller caller) {
        return assistant.engine.answer(new Question(text, "vinh-tru", conversation, caller, "test"));
    }

    @Test
    void anotherCommunesStaffSeeNoValuesOrReporters() {
        Answer proposal = say("cập nhật phủ sóng 5G 62,5%", null, CULTURE);
        say("đồng ý", proposal.conversationId(), CULTURE);
        assertTrue(say("tiến độ phủ sóng 5G?", null, CULTURE).answer().contains("62,5%"));

        for (Caller other : new Caller[]{PHU_TRUNG_LEADER, PHU_TRUNG_OFFICIAL}) {
            String progress = say("tiến độ phủ sóng 5G?", null, other).answer();
            assertFalse(progress.contains("62,5%") || progress.contains("Lê Văn An"), progress);
            assertTrue(progress.contains("nội bộ"), progress);
            String summary = say("Tóm tắt tình hình thực hiện", null, other).answer();
            assertFalse(summary.contains("Lê Văn An") || summary.contains("chưa đạt"), summary);
            assertTrue(summary.contains("nội bộ"), summary);
        }
        String admin = say("Tóm tắt tình hình thực hiện", null, Caller.of(Role.ADMIN)).answer();
        assertTrue(admin.contains("Lê Văn An"), admin);
    }
}
