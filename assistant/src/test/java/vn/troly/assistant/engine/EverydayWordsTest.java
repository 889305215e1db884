package vn.troly.assistant.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions in everyday words, through the whole engine (which folds the question and strips its question words
 * before it searches): the thesaurus still leads them to the row in the plan's term.
 */
class EverydayWordsTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mức độ ứng dụng AI ở Phú Trung do ai chủ trì? | phu-trung | ứng dụng AI",
            "Tỷ lệ ứng dụng AI ở Phú Trung là bao nhiêu? | phu-trung | ứng dụng AI",
            "Ai lo vụ quét hồ sơ thủ tục? | vinh-tru | số hóa",
            "hộ gia đình lắp mạng quang bao nhiêu %? | phu-trung | cáp quang",
            "website của xã ai phụ trách? | loi-bac | Cổng thông tin điện tử",
            "dịch vụ công trọn quy trình đạt bao nhiêu | loi-bac | toàn trình",
            "doanh nghiệp ký hợp đồng online bao nhiêu phần trăm | binh-giang | hợp đồng điện tử",
            "ai phụ trách cloud | binh-giang | điện toán đám mây",
            "người dân có SSKĐT là bao nhiêu | vinh-tru | sức khỏe điện tử",
            "cán bộ IT được đào tạo chứng chỉ quản trị dữ liệu là bao nhiêu | binh-giang | chuyên trách về công nghệ thông tin",
            "tỷ lệ bán hàng online trong tổng bán lẻ | phu-trung | thương mại điện tử",
            "chỉ tiêu giấy tờ không phải nộp lại ai chủ trì | loi-bac | chỉ cung cấp một lần",
            // a term one plan uses as asked ("phần mềm diệt virus") still finds the row that words it otherwise
            "cài phần mềm diệt virus cho máy cơ quan phải đạt bao nhiêu | vinh-tru | vi rút",
            "phần mềm diệt virus quản lý tập trung do bên nào lo | vinh-tru | vi rút",
            "hạn triển khai phần mềm diệt virus là khi nào | vinh-tru | vi rút"})
    void findsTheRowInThePlansTerm(String question, String commune, String rowWords) {
        Answer answer = ASSISTANT.engine.answer(Question.of(question, commune));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertTrue(answer.answer().contains(rowWords), answer.answer());
    }
}
