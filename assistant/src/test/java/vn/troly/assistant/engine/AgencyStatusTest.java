package vn.troly.assistant.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.knowledge.values.IndicatorValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Phòng Kinh tế đang chậm chỉ tiêu nào không?": that agency's rows by status, its late ones listed, by the one status
 * rule; never the whole commune's summary, never "not in the plan". Citizens learn how many rows it leads, no status.
 */
class AgencyStatusTest {

    /** Phòng Kinh tế's SME row (due 12/2026, ≥ 40%) and Công an xã's response-team row (due 11/2026, 100%). */
    private static final String ECONOMY_ROW = "ninh-binh.vinh-tru.pl1.i.6-1";
    private static final String POLICE_ROW = "ninh-binh.vinh-tru.pl1.i.3-4";

    private final TestAssistant assistant = new TestAssistant();

    @BeforeEach
    void reportStaleValues() {
        // last reported in August, with the due date under 60 days away on 24/11: both at risk
        report(ECONOMY_ROW, 10);
        report(POLICE_ROW, 60);
    }

    private void report(String id, double value) {
        assistant.values.append(new IndicatorValue(0, id, "ninh-binh/vinh-tru", value, null, "%", LocalDate.of(2026, 8, 1), "Lê Văn An",
                "api", null, null, false, Instant.parse("2026-08-02T03:00:00Z")));
    }

    private Answer ask(String text, Role role) {
        return assistant.engine.answer(new Question(text, "vinh-tru", null, Caller.of(role), "test"));
    }

    @Test
    void aLeaderGetsThatAgencysLateRowsOnly() {
        for (String question : List.of("Phòng Kinh tế đang chậm chỉ tiêu nào không?", "tình hình của phòng KT thế nào?",
                "Phòng Kinh tế thực hiện chỉ tiêu đến đâu rồi?")) {
            Answer a = ask(question, Role.LEADER);
            assertEquals("summary", a.intent(), question);
            assertEquals("answered", a.status().code(), question);
            assertTrue(a.answer().contains("do Phòng Kinh tế chủ trì"), a.answer());
            assertTrue(a.answer().contains("2 chỉ tiêu"), "Phòng Kinh tế leads two rows: " + a.answer());
            assertTrue(a.answer().contains("1 có nguy cơ"), a.answer());
            assertEquals(List.of(ECONOMY_ROW), a.indicators().stream().map(IndicatorCard::id).toList(), a.answer());
            assertEquals("at_risk", a.indicators().get(0).status());
            assertFalse(a.answer().contains("Đội ứng cứu"), "Công an xã's row is not Phòng Kinh tế's: " + a.answer());
        }
        Answer police = ask("Công an xã có đang chậm chỉ tiêu nào không?", Role.LEADER);
        assertEquals(List.of(POLICE_ROW), police.indicators().stream().map(IndicatorCard::id).toList(), police.answer());
    }

    @Test
    void aCitizenIsToldTheFiguresAreInternal() {
        Answer a = ask("Phòng Kinh tế đang chậm chỉ tiêu nào không?", Role.CITIZEN);
        assertEquals("summary", a.intent());
        assertTrue(a.answer().contains("Phòng Kinh tế chủ trì 2 chỉ tiêu"), a.answer());
        assertTrue(a.answer().contains("nội bộ"), a.answer());
        assertFalse(a.answer().contains("có nguy cơ"), a.answer());
    }

    @Test
    void aCitizensCardSaysTheFiguresAreKeptByTheCommune() {
        Answer a = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?", Role.CITIZEN);
        IndicatorCard card = a.indicators().get(0);
        assertEquals("internal", card.status());
        assertEquals("Số liệu tiến độ do xã quản lý nội bộ", card.valueNote());
        Answer leader = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?", Role.LEADER);
        assertEquals("no_data", leader.indicators().get(0).status(), "due in December, nothing reported: no data yet");
        assertEquals("Chưa có số liệu báo cáo", leader.indicators().get(0).valueNote());
    }
}
