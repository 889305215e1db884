package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list of rows answered is a list to pick from: "cái đầu tiên ai chủ trì?", "chỉ tiêu thứ 2 hạn khi nào?", "2". */
class ListFollowUpTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Phòng Văn hóa - Xã hội chủ trì những gì | cái đầu tiên ai chủ trì | 1 | chủ trì",
            "Phòng Văn hóa - Xã hội chủ trì những gì | chỉ tiêu thứ 2 hạn khi nào | 2 | Thời hạn",
            "Phòng Văn hóa - Xã hội chủ trì những gì | số 3 thì mục tiêu bao nhiêu | 3 | Mục tiêu",
            "Phòng Văn hóa - Xã hội chủ trì những gì | 2 | 2 | chủ trì"})
    void aRowOfTheListIsAnsweredAsAsked(String list, String followUp, int position, String asked) {
        Answer first = ASSISTANT.engine.answer(Question.of(list, "vinh-tru"));
        assertTrue(first.indicators().size() >= position, first.answer());
        Answer next = ASSISTANT.engine.answer(new Question(followUp, null, first.conversationId(), null, "api"));
        assertEquals("answered", next.status().code(), next.answer());
        String row = first.indicators().get(position - 1).name();
        assertEquals(row, next.indicators().get(0).name(), next.answer());
        assertTrue(next.answer().contains(asked), next.answer());
    }
}
