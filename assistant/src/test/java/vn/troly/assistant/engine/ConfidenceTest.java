package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How sure an answer says it is: a row that holds the topic is answered; a row far ahead of all others that holds only
 * part of it is answered as the nearest row, saying so; a follow-up that asks nothing new gets the row's card.
 */
class ConfidenceTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "loa truyền thanh kết nối internet ai chủ trì? | vinh-tru | đài truyền thanh thông minh",
            "hệ thống loa thông minh nối mạng 4G của xã phải xong khi nào | vinh-tru | đài truyền thanh thông minh",
            "đài phát thanh số ở thôn do bên nào lo | vinh-tru | đài truyền thanh thông minh"})
    void aRowFarAheadButShortOfTheTopicIsAnsweredAsTheNearest(String question, String commune, String row) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertTrue(answer.answer().contains(row), answer.answer());
        if (!answer.status().code().equals("answered")) {
            assertEquals("clarification_needed", answer.status().code());
            assertTrue(answer.answer().startsWith("Kế hoạch chuyển đổi số của xã Vĩnh Trụ không nói đúng về"), answer.answer());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tỷ lệ dùng IPv6 ai chủ trì | binh-giang | IPv6",
            "chuyển sang IPv6 đạt bao nhiêu năm 2026 | binh-giang | IPv6",
            "phủ sóng 5G dân số là bao nhiêu | phu-trung | 5G"})
    void aTechnicalTermNamesTheRowOnItsOwn(String question, String commune, String row) {
        // the row is found, not "not in the plan", though no two of the question's words stand side by side in it
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertTrue(answer.answer().contains(row), answer.answer());
        assertTrue(answer.indicators().get(0).name().contains(row), answer.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "đội ứng cứu sự cố tham gia diễn tập thực chiến thì ai chủ trì | vinh-tru | answered",
            "cán bộ tham gia diễn tập an toàn thông tin phải xong khi nào | vinh-tru | answered",
            "giá điện tháng này bao nhiêu | vinh-tru | out_of_scope",
            "tỷ số trận đấu tối qua | vinh-tru | out_of_scope"})
    void anOutOfScopeGuessYieldsToARowThatHoldsTheTopic(String question, String commune, String status) {
        // "tham gia điện…" holds the letters of "giá điện"; only the plan can tell
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertEquals(status, answer.status().code(), answer.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ai lo vụ bảo mật hệ thống thông tin vậy | duong-huu | bảo đảm an ninh mạng theo cấp độ",
            "an ninh mạng cho các hệ thống thông tin do ai chủ trì | duong-huu | bảo đảm an ninh mạng theo cấp độ",
            "hệ thống thông tin được kiểm tra an ninh mạng định kỳ thì mục tiêu bao nhiêu | duong-huu | bảo đảm an ninh mạng theo cấp độ"})
    void aRowOfThisYearThatOnlyScoresAlikeIsNotAnotherPhaseOfTheBest(String question, String commune, String row) {
        // "chế độ báo cáo … Hệ thống thông tin báo cáo" of 2026-2027 scores near the 2028-2030 security row; it is
        // another indicator, never answered as the security row's phase for this year: the security row is answered,
        // or offered beside it
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        if (answer.status().code().equals("answered")) {
            assertTrue(answer.indicators().get(0).name().contains(row), answer.answer());
        } else {
            assertEquals("clarification_needed", answer.status().code(), answer.answer());
            assertTrue(answer.candidates().stream().anyMatch(c -> c.label().contains(row)), answer.answer());
        }
    }

    @Test
    void aFollowUpAskingNothingNewGetsWhatWasAskedThenTheCard() {
        Answer first = ASSISTANT.engine.answer(Question.of("ai chủ trì chỉ tiêu phủ sóng 5G?", "vinh-tru"));
        Answer next = ASSISTANT.engine.answer(new Question("thế còn ở xã Lợi Bác thì sao?", null, first.conversationId(), null, "api"));
        assertEquals("answered", next.status().code(), next.answer());
        assertTrue(next.answer().contains("chủ trì"), next.answer());
        assertTrue(next.answer().contains("Mục tiêu"), next.answer());
        assertTrue(next.answer().indexOf("chủ trì") < next.answer().indexOf("Mục tiêu"), next.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xã có làm bản đồ online không? | loi-bac",
            "ở Dương Hưu có họp zoom với dân không | duong-huu",
            "Phú Trung có phát wifi free ở nhà văn hóa không | phu-trung"})
    void aQuestionInThePlansEverydayWordsIsNeverOutOfScope(String question, String commune) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertNotEquals("out_of_scope", answer.status().code(), answer.answer());
    }

    /** A row whose description of what is to be done holds the topic, but whose name has none of it, is the nearest. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chữ ký số ai lo | phu-trung | hợp đồng điện tử",
            "ai phụ trách hướng dẫn hộ kinh doanh bán hàng trên mạng xã hội | phu-trung | thương mại điện tử",
            "ransomware ai chủ trì | vinh-tru | Smart IR"})
    void aRowThatOnlyDescribesTheTopicIsTheNearest(String question, String commune, String row) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertEquals("clarification_needed", answer.status().code(), answer.answer());
        assertTrue(answer.answer().contains("không nói đúng về") && answer.answer().contains(row), answer.answer());
    }
}
