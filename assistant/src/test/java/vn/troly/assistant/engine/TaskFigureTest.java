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
 * A question that asks a figure and also who leads or when can be about a task, which has a lead and a deadline but
 * no figure; one that asks only a figure is about an indicator.
 */
class TaskFigureTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "đưa mục tiêu chuyển đổi số vào kế hoạch phát triển kinh tế xã hội hằng năm, bao nhiêu và ai chủ trì|Lồng ghép",
            "chỉ tiêu kiện toàn tổ công nghệ số cộng đồng là bao nhiêu, khi nào xong|Kiên toàn",
            "khai thác ứng dụng AI do trung ương cung cấp đạt mức nào, hạn khi nào|khai thác ứng dụng AI"})
    void aFigureAndWhoOrWhenFindsTheTask(String question, String rowStart) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, "binh-giang"));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.indicators().get(0).name().contains(rowStart), answer.answer());
    }

    @Test
    void onlyAFigureStaysWithTheIndicators() {
        // a task's long description shares these words; the figure is the indicator's
        Answer answer = ASSISTANT.engine.answer(Question.of("dữ liệu xã kết nối tỉnh năm 2026 phải đạt mức nào", "vinh-tru"));
        assertTrue(answer.answer().contains("60%"), answer.answer());
    }
}
