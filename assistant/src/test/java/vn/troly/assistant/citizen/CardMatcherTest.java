package vn.troly.assistant.citizen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each mechanism of the matcher on phrasings that are in no card (written before the matcher was run on them): the
 * words that few cards share decide, a named procedure without a card is declined, typos and missing diacritics are
 * read, and a question about nothing the guide covers finds no card.
 */
class CardMatcherTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final CitizenGuide GUIDE = new CitizenGuide(NORMALIZER, SynonymTable.loadDefault(NORMALIZER));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "giấy khai sinh làm trên mạng mất mấy ngày | khai-sinh-lien-thong",
            "ba tôi vừa mất, làm mai táng phí ở đâu | khai-tu-lien-thong",
            "đi thuê nhà ở tỉnh khác có phải đăng ký tạm trú không | dang-ky-cu-tru-truc-tuyen",
            "hai đứa muốn đăng ký kết hôn thì cần giấy tờ gì | dang-ky-ket-hon"})
    void theRareWordsDecideTheCard(String question, String card) {
        assertEquals(card, id(GUIDE.match(question, true)), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "làm hộ chiếu online thế nào | cấp hộ chiếu",
            "xin lý lịch tư pháp online được không | lý lịch tư pháp",
            "cấp lại giấy khai sinh bị mất ở đâu | cấp bản sao trích lục hộ tịch"})
    void aProcedureWithoutACardIsDeclinedNotAnsweredWithAnother(String question, String procedure) {
        CardMatch m = GUIDE.match(question, true);
        assertFalse(m.found(), question + " → " + id(m));
        assertEquals(procedure, m.uncovered());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dang ky khai sinhh cho con | khai-sinh-lien-thong",
            "tra cuu ho so da nop o dau | tra-cuu-ho-so",
            "so suc khoe dien tu tren vneid | so-suc-khoe-dien-tu"})
    void typosAndMissingDiacriticsAreRead(String question, String card) {
        assertEquals(card, id(GUIDE.match(question, true)), question);
    }

    @ParameterizedTest
    @ValueSource(strings = {"giá vàng hôm nay", "thời tiết ngày mai thế nào", "bao giờ có điện ở xóm tôi"})
    void aQuestionAboutNothingTheGuideCoversFindsNoCard(String question) {
        CardMatch m = GUIDE.match(question, false);
        assertFalse(m.found(), question + " → " + id(m));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"khai | khoa | false", "khainsinh | khaisinh | true", "khai | khia | true", "sinhh | sinh | true",
            "tru | tu | true", "ho | hoo | true", "abc | xyz | false"})
    void oneEditIsOneInsertionDeletionSubstitutionOrSwap(String a, String b, boolean expected) {
        assertEquals(expected, Typos.oneEdit(a, b), a + " / " + b);
    }

    private static String id(CardMatch m) {
        return m.found() ? m.card().id() : m.declined() ? "declined: " + m.uncovered() : "none";
    }
}
