package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A follow-up about the next phase answers the row's next phase; one asking two things answers both. */
class NextPhaseTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    private static Answer followUp(String first, String commune, String next) {
        Answer asked = ASSISTANT.engine.answer(Question.of(first, commune));
        assertEquals("answered", asked.status().code(), asked.answer());
        return ASSISTANT.engine.answer(new Question(next, null, asked.conversationId(), null, "api"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thế giai đoạn sau thì sao?", "còn gđ tiếp theo?", "chặng sau phải đạt bao nhiêu"})
    void theNextPhaseIsTheRowsLaterPeriod(String next) {
        Answer answer = followUp("mục tiêu phủ sóng 5G giai đoạn 2026-2027 là bao nhiêu", "binh-giang", next);
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.answer().contains("2028-2030"), answer.answer());
        assertTrue(answer.indicators().get(0).name().contains("5G"), answer.answer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chỉ tiêu xã đặt ra là bao nhiêu?", "mục tiêu xã mình đề ra bao nhiêu", "chỉ tiêu của xã giao là mấy %"})
    void aTargetTheCommuneSetIsTheRowsTarget(String next) {
        Answer answer = followUp("ai lo mức hài lòng của dân khi dùng dịch vụ công online", "loi-bac", next);
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.answer().contains("95"), answer.answer());
    }

    @Test
    void aFollowUpAskingTwoThingsGetsBoth() {
        Answer answer = followUp("tỷ lệ dân số trưởng thành có chữ ký số", "vinh-tru", "vậy phải đạt bao nhiêu, hạn chót khi nào?");
        assertTrue(answer.answer().contains("Mục tiêu"), answer.answer());
        assertTrue(answer.answer().contains("Thời hạn"), answer.answer());
    }
}
