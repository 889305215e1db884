package vn.troly.knowledge.text;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped thesaurus file is well formed and each line's examples read as its plan terms; the spelling rules. */
class ThesaurusTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final SynonymTable SYNONYMS = SynonymTable.loadDefault(NORMALIZER);
    private static final Thesaurus THESAURUS = SYNONYMS.thesaurus();

    @Test
    void everyLineHasEverydayTermsPlanTermsAndExamplesAndNoTermIsListedTwice() {
        assertTrue(THESAURUS.entries().size() >= 100, "entries: " + THESAURUS.entries().size());
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, String> planTerms = new HashMap<>();
        THESAURUS.entries().forEach(e -> e.planTerms().forEach(t -> planTerms.put(String.join("", NORMALIZER.foldedWords(t)), t)));
        for (Thesaurus.Entry entry : THESAURUS.entries()) {
            assertFalse(entry.everyday().isEmpty(), "line " + entry.line());
            assertFalse(entry.examples().isEmpty(), "line " + entry.line() + " has no example");
            for (String term : entry.everyday()) {
                String key = String.join("", NORMALIZER.foldedWords(term));
                Integer before = lineOf.put(key, entry.line());
                assertNull(before, "'" + term + "' on line " + entry.line() + " is already on line " + before);
                // words run together match as the term too: "IP v6" would take "IPv6" itself for an everyday word
                String planTerm = planTerms.get(key);
                assertTrue(planTerm == null || NORMALIZER.foldedWords(planTerm).equals(NORMALIZER.foldedWords(term)),
                        "'" + term + "' on line " + entry.line() + " is the plan term '" + planTerm + "' spelled apart");
            }
        }
    }

    /** Each example, rewritten, holds one of its line's plan terms in place of one of its everyday terms. */
    @TestFactory
    Stream<DynamicTest> eachExampleReadsAsItsPlanTerm() {
        return THESAURUS.entries().stream().flatMap(entry -> entry.examples().stream().map(example ->
                DynamicTest.dynamicTest("line " + entry.line() + ": " + example, () -> {
                    Thesaurus.Rewrite rewrite = THESAURUS.rewrite(example);
                    assertTrue(rewrite.replacements().stream().anyMatch(r -> r.planTerms().equals(entry.planTerms())),
                            "no everyday term of line " + entry.line() + " found in: " + example + " -> " + rewrite.text());
                    String rewritten = " " + String.join(" ", NORMALIZER.foldedWords(rewrite.text())) + " ";
                    assertTrue(entry.planTerms().stream().anyMatch(t -> rewritten.contains(" " + String.join(" ", NORMALIZER.foldedWords(t)) + " ")),
                            example + " -> " + rewrite.text());
                })));
    }

    @Test
    void everydayWordsAreReplacedAndPlanTermsLeftAlone() {
        assertEquals("tỷ lệ hồ sơ được số hóa", THESAURUS.rewrite("tỷ lệ hồ sơ được scan").text());
        assertEquals("hồ sơ gửi trực tuyến", THESAURUS.rewrite("hồ sơ gửi qua mạng").text());
        // "ký số" is an everyday term, but here it is part of the plan's "chữ ký số"
        assertTrue(THESAURUS.rewrite("tỷ lệ người dân có chữ ký số").replacements().isEmpty());
        assertTrue(THESAURUS.rewrite("Tỷ lệ phủ sóng 5G").replacements().isEmpty());
        assertTrue(THESAURUS.rewrite("Tỷ lệ sử dụng IPv6").replacements().isEmpty());
        // an everyday term does not break up a plan term, but may hold a whole one
        assertTrue(THESAURUS.rewrite("gửi văn bản qua mạng truyền số liệu chuyên dùng").replacements().isEmpty());
        assertTrue(THESAURUS.rewrite("kết nối qua mạng nội bộ").replacements().isEmpty());
        assertEquals("tuyên truyền mạng xã hội", THESAURUS.rewrite("tuyên truyền trên mạng xã hội").text());
        Thesaurus.Rewrite website = THESAURUS.rewrite("website của xã");
        assertEquals(List.of("trang thông tin điện tử", "cổng thông tin điện tử"), website.replacements().get(0).planTerms());
        assertEquals("trang thông tin điện tử ; cổng thông tin điện tử của xã", website.text());
    }

    @Test
    void aWordWrittenWithOtherDiacriticsIsAnotherWord() {
        // "chị em" (women) is a term; "Chỉ em cách…" (show me how) only folds like it
        assertTrue(THESAURUS.rewrite("Chỉ em cách nấu phở bò").replacements().isEmpty());
        assertFalse(THESAURUS.rewrite("lớp cho chị em học VNeID").replacements().isEmpty());
        // without diacritics a word may be any word it folds to
        assertFalse(THESAURUS.rewrite("lop cho chi em hoc VNeID").replacements().isEmpty());
        // old and new tone placement are one spelling
        assertFalse(THESAURUS.rewrite("dạy dân dùng điện thoại").replacements().isEmpty());
    }

    @Test
    void aTermInCapitalsCountsOnlyWhereWrittenInCapitals() {
        // "IT" is the officials' word for information technology; "it" (ít) is "few"
        assertTrue(THESAURUS.rewrite("nâng cấp hạ tầng IT").text().contains("công nghệ thông tin"));
        assertFalse(THESAURUS.rewrite("có it nhất một ứng dụng").text().contains("công nghệ thông tin"));
        assertFalse(THESAURUS.rewrite("có It nhất một ứng dụng").text().contains("công nghệ thông tin"));
        // a question all in capitals says nothing about one word of it
        assertFalse(THESAURUS.rewrite("CÓ IT NHẤT MỘT ỨNG DỤNG").text().contains("công nghệ thông tin"));
        // the same rule in the synonym table: "AI" is artificial intelligence, "ai" and "Ai" are "who"
        assertTrue(SYNONYMS.expandFolded("ứng dụng AI trong xử lý hồ sơ").contains("tri tue nhan tao"));
        assertFalse(SYNONYMS.expandFolded("Ai chủ trì chỉ tiêu chữ ký số?").contains("tri tue nhan tao"));
        assertFalse(SYNONYMS.expandFolded("chỉ tiêu này ai lo").contains("tri tue nhan tao"));
        assertFalse(SYNONYMS.expandFolded("AI CHỦ TRÌ CHỮ KÝ SỐ").contains("tri tue nhan tao"));
        assertTrue(SYNONYMS.expandExact("Mức độ ứng dụng AI").contains("trí tuệ nhân tạo"));
    }

    @Test
    void aTermWithDStrokeIsNotTheSameLettersWithD() {
        assertTrue(THESAURUS.rewrite("chỉ tiêu gđ 2026-2030").text().contains("giai đoạn"));
        // typed without any diacritics, "gd" may well be "gđ"
        assertTrue(THESAURUS.rewrite("chi tieu gd 2026-2030").text().contains("giai đoạn"));
        // typed with diacritics, "GD" is another word (giáo dục)
        assertFalse(THESAURUS.rewrite("chuyển đổi số trong GD").text().contains("giai đoạn"));
    }

    @Test
    void commonFunctionWordsAreNotEverydayTerms() {
        for (String question : List.of("ai lo chữ ký số", "mạng nội bộ của xã", "có bao nhiêu chỉ tiêu", "Ủy ban nhân dân xã",
                "chỉ tiêu nào do phòng Văn hóa chủ trì", "áp dụng công nghệ")) {
            assertTrue(THESAURUS.rewrite(question).replacements().isEmpty(), question + " -> " + THESAURUS.rewrite(question).text());
        }
    }

    @Test
    void parsesTheFormat() throws Exception {
        String text = "# comment\nquét; scan | số hóa | quét hồ sơ\nno bar line\nAI | trí tuệ nhân tạo; AI |\n";
        Thesaurus custom = Thesaurus.parse(NORMALIZER, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, custom.entries().size());
        assertEquals(List.of("quét", "scan"), custom.entries().get(0).everyday());
        assertEquals(List.of("quét hồ sơ"), custom.entries().get(0).examples());
        assertEquals(List.of("trí tuệ nhân tạo", "AI"), custom.entries().get(1).planTerms());
        assertEquals("số hóa hồ sơ", custom.rewrite("Scan hồ sơ").text());
    }
}
