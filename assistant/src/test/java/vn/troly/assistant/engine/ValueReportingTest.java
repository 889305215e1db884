package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Caller;
import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Officials report values in chat; nothing is stored without confirmation, and citizens cannot write. */
class ValueReportingTest {

    private final TestAssistant assistant = new TestAssistant();

    /** An official of the culture office, which leads the 5G indicator in Vĩnh Trụ. */
    private static final Caller CULTURE = new Caller("u-1", "Lê Văn An", Role.OFFICIAL, "van-hoa-xa-hoi", "vinh-tru");

    private Answer say(String text, String conversation, Role role) {
        return say(text, conversation, role == Role.OFFICIAL ? CULTURE : Caller.of(role));
    }

    private Answer say(String text, String conversation, Caller caller) {
        return assistant.engine.answer(new Question(text, "vinh-tru", conversation, caller, "test"));
    }

    @Test
    void storesOnlyAConfirmedValue() {
        Answer proposal = say("cập nhật phủ sóng 5G 62,5%", null, Role.OFFICIAL);
        assertEquals("confirmation_needed", proposal.status().code(), proposal.answer());
        assertTrue(proposal.answer().contains("62,5%") && proposal.answer().contains("5G"), proposal.answer());
        assertEquals(0, assistant.values.count());

        Answer saved = say("đồng ý", proposal.conversationId(), Role.OFFICIAL);
        assertTrue(saved.answer().startsWith("Đã lưu"), saved.answer());
        assertEquals(1, assistant.values.count());
        assertEquals("Lê Văn An (u-1)", assistant.values.latest(proposal.indicators().isEmpty()
                ? assistant.values.historyByIndicator("ninh-binh/vinh-tru").keySet().iterator().next()
                : proposal.indicators().get(0).id()).orElseThrow().reportedBy());

        Answer progress = say("tiến độ phủ sóng 5G?", proposal.conversationId(), Role.OFFICIAL);
        assertTrue(progress.answer().contains("62,5%") && progress.answer().contains("chưa đạt"), progress.answer());
        assertTrue(progress.answer().contains("7,5 điểm"), "gap to the 70% target: " + progress.answer());

        Answer summary = say("Tóm tắt tình hình thực hiện", proposal.conversationId(), Role.LEADER);
        assertTrue(summary.answer().contains("0 đạt, 1 chưa đạt"), summary.answer());
        assertTrue(summary.answer().contains("Trong 7 ngày qua có 1 số liệu mới")
                && summary.answer().contains("62,5% (ngày 24/11/2026, Lê Văn An (u-1) báo cáo)"), summary.answer());
        Answer citizenSummary = say("Tóm tắt tình hình thực hiện", null, Role.CITIZEN);
        assertTrue(citizenSummary.answer().contains("nội bộ"), citizenSummary.answer());
    }

    @Test
    void onlyTheReporterConfirms() {
        Answer proposal = say("cập nhật phủ sóng 5G 62,5%", null, Role.OFFICIAL);
        Caller colleague = new Caller("u-9", "Trần Bình", Role.OFFICIAL, "van-hoa-xa-hoi", "vinh-tru");
        for (Caller other : new Caller[]{colleague, Caller.citizen(), Caller.of(Role.ADMIN)}) {
            for (String reply : new String[]{"đồng ý", "hủy"}) {
                Answer refused = say(reply, proposal.conversationId(), other);
                assertEquals("refused", refused.status().code(), other + " " + refused.answer());
                assertTrue(refused.answer().contains("người đã báo cáo"), refused.answer());
            }
        }
        assertEquals(0, assistant.values.count());
        Answer saved = say("đồng ý", proposal.conversationId(), Role.OFFICIAL);
        assertTrue(saved.answer().startsWith("Đã lưu"), "the value still waits for its reporter: " + saved.answer());
        assertEquals(1, assistant.values.count());
    }

    @Test
    void cancelsAndFlagsSuspiciousJumps() {
        Answer first = say("/capnhat phủ sóng 5G 20", null, Role.OFFICIAL);
        say("ok", first.conversationId(), Role.OFFICIAL);
        Answer jump = say("cập nhật phủ sóng 5G 65%", first.conversationId(), Role.OFFICIAL);
        assertTrue(jump.answer().contains("Lưu ý"), jump.answer());
        Answer cancelled = say("hủy", first.conversationId(), Role.OFFICIAL);
        assertTrue(cancelled.answer().contains("hủy"), cancelled.answer());
        assertEquals(1, assistant.values.count());
    }

    @Test
    void draftsTheMonthlyReportForOfficialsOnly() {
        Answer official = say("soạn báo cáo tháng 10", null, Role.OFFICIAL);
        assertEquals("report", official.intent());
        assertTrue(official.answer().contains("/api/communes/ninh-binh%2Fvinh-tru/report.docx?month=2026-10"), official.answer());
        assertEquals("refused", say("soạn báo cáo tháng 10", null, Role.CITIZEN).status().code());
    }

    @Test
    void refusesCitizensAndBadValues() {
        assertEquals("refused", say("cập nhật phủ sóng 5G 50%", null, Role.CITIZEN).status().code());
        Answer otherAgency = say("cập nhật phủ sóng 5G 50%", null, new Caller("u-2", "B", Role.OFFICIAL, "kinh-te", "vinh-tru"));
        assertEquals("refused", otherAgency.status().code(), otherAgency.answer());
        assertTrue(otherAgency.answer().contains("Phòng Văn hóa - Xã hội"), otherAgency.answer());
        Answer otherCommune = say("cập nhật phủ sóng 5G 50%", null, new Caller("u-3", "C", Role.LEADER, null, "phu-trung"));
        assertEquals("refused", otherCommune.status().code(), "a leader reports only in their own commune");
        Answer tooBig = say("cập nhật phủ sóng 5G 150%", null, Role.OFFICIAL);
        assertTrue(tooBig.answer().contains("0–100"), tooBig.answer());
        assertEquals(0, assistant.values.count());
    }

    @Test
    void aDateThatDoesNotExistIsSaidSoAndAMonthWithItsYearDatesTheValue() {
        Answer bad = say("cập nhật phủ sóng 5G 62,5% ngày 30/13/2026", null, Role.OFFICIAL);
        assertEquals("clarification_needed", bad.status().code(), bad.answer());
        assertTrue(bad.answer().contains("không có thật"), bad.answer());

        Answer month = say("cập nhật phủ sóng 5G tháng 10/2026 61%", null, Role.OFFICIAL);
        assertEquals("confirmation_needed", month.status().code(), month.answer());
        assertTrue(month.answer().contains("31/10/2026") && month.answer().contains("61%"), month.answer());
        assertEquals(0, assistant.values.count());
    }
}
