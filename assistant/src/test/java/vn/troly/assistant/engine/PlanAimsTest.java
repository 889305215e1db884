package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan's own aims ("mục tiêu cụ thể của kế hoạch", "mục tiêu đến năm 2030 của kế hoạch") are a part of its body,
 * never one row's target; a heading with no text of its own is answered with the parts under it.
 */
class PlanAimsTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @Test
    void theSpecificAimsAreTheirPartOfThePlan() {
        Answer answer = ASSISTANT.engine.answer(Question.of("mục tiêu cụ thể của kế hoạch là gì", "duong-huu"));
        assertEquals("responsibility", answer.intent(), answer.answer());
        assertTrue(answer.answer().contains("Mục tiêu cụ thể") && answer.answer().contains("2.1"), answer.answer());
        assertTrue(answer.indicators().isEmpty(), answer.answer());
    }

    @Test
    void aHeadingWithoutTextIsAnsweredWithThePartsUnderIt() {
        Answer answer = ASSISTANT.engine.answer(Question.of("mục tiêu đến năm 2030 của kế hoạch là gì", "duong-huu"));
        assertEquals("responsibility", answer.intent(), answer.answer());
        assertTrue(answer.answer().contains("Mục tiêu chung"), answer.answer());
    }

    /** The plan named first and its purpose asked after it, answered by the part headed so. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xã làm kế hoạch này để mục đích gì|duong-huu|MỤC ĐÍCH",
            "kế hoạch chuyển đổi số của xã nhằm mục tiêu gì?|vinh-tru|Mục tiêu",
            "KH của xã mình nhằm mục đích chính là gì vậy|phu-trung|Mục đích"})
    void thePlansPurposeIsThePartHeadedSo(String question, String commune, String heading) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertEquals("responsibility", answer.intent(), answer.answer());
        assertTrue(answer.answer().contains("mục “") && answer.answer().contains(heading), answer.answer());
    }

    @Test
    void aRowsTargetIsStillOneRowsTarget() {
        Answer answer = ASSISTANT.engine.answer(Question.of("mục tiêu phủ sóng 5G đến năm 2030 là bao nhiêu", "duong-huu"));
        assertEquals("target", answer.intent(), answer.answer());
    }
}
