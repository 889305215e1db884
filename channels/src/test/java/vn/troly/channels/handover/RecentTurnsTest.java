package vn.troly.channels.handover;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The turns a hand-over shows are found under whichever id the client asks next. */
class RecentTurnsTest {

    @Test
    void aClientThatFollowsTheNewIdAndOneWithAFixedIdBothFindTheTurns() {
        RecentTurns turns = new RecentTurns();
        // the engine answered under an id that carries the conversation's context
        turns.add("zalo-42", "ctx-1", "Giá lúa hôm nay bao nhiêu?", "Xin lỗi, …");
        assertEquals(List.of(new RecentTurns.Turn("Giá lúa hôm nay bao nhiêu?", "Xin lỗi, …")), turns.of("zalo-42"));
        assertEquals(turns.of("zalo-42"), turns.of("ctx-1"));
        // the web page asks next under the new id, and that conversation keeps what came before
        turns.add("ctx-1", "ctx-2", "còn giá điện?", "Xin lỗi, …");
        assertEquals(2, turns.of("ctx-2").size());
        // the same id asked and answered keeps one list
        turns.add("tg-7", "tg-7", "5G ai lo?", "Phòng VH-XH");
        turns.add("tg-7", "tg-7", "hạn?", "12/2026");
        assertEquals(2, turns.of("tg-7").size());
    }
}
