package vn.troly.knowledge.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VietnameseNormalizerTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

    @Test
    void unifiesOldAndNewTonePlacement() {
        assertEquals(normalizer.normalize("hóa"), normalizer.normalize("hoá"));
        assertEquals(normalizer.normalize("Thủy"), normalizer.normalize("Thuỷ"));
        assertEquals(normalizer.normalize("khỏe"), normalizer.normalize("khoẻ"));
        assertEquals("Số hóa hồ sơ", normalizer.normalize("Số hoá hồ sơ"));
    }

    @Test
    void leavesQuAndClosedSyllablesAlone() {
        assertEquals("quý", normalizer.normalize("quý"));
        assertEquals("hoàn thành", normalizer.normalize("hoàn thành"));
        assertEquals("Quyết định", normalizer.normalize("Quyết định"));
    }

    @Test
    void composesDecomposedTextAndCleansInvisibleCharacters() {
        String decomposed = Normalizer.normalize("Văn hóa – Xã hội\u00A0xã\u200B", Normalizer.Form.NFD);
        assertEquals("Văn hóa - Xã hội xã", normalizer.normalize(decomposed));
        assertEquals("a\tb\nc", normalizer.normalize("a\tb\nc"));
    }

    @Test
    void foldsBothSpellingsOfFinalIAndY() {
        assertEquals(normalizer.fold("chữ ký số"), normalizer.fold("chu ki so"));
        assertEquals(normalizer.fold("tỷ lệ"), normalizer.fold("tỉ lệ"));
        assertEquals("quy trinh", normalizer.fold("quy trình"));
        assertEquals("tuy", normalizer.fold("tuỳ"));
    }

    @Test
    void foldsCaseDiacriticsAndDStroke() {
        assertEquals("dich vu cong truc tuyen", normalizer.fold("Dịch vụ công trực tuyến"));
        assertEquals("hdnd", normalizer.fold("HĐND"));
        assertEquals(normalizer.fold("thuỷ lợi"), normalizer.fold("THỦY LỢI"));
        assertNotEquals(normalizer.lower("hóa"), normalizer.lower("hoa"));
    }
}
