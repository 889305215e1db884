package vn.troly.assistant.understand;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Phrases are tried only where their first word could start them; every other form of phrase is still found. */
class PhraseSetTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();

    private static List<String> tags(PhraseSet set, String question) {
        return set.<String>matches(ParsedQuestion.of(question, NORMALIZER::fold)).stream().map(PhraseSet.Match::tag).toList();
    }

    private static PhraseSet set(String... phrases) {
        PhraseSet set = new PhraseSet();
        for (String p : phrases) {
            set.add(p, p, NORMALIZER::fold);
        }
        return set;
    }

    @Test
    void aPhraseStartingWithAPlainWordMatchesWhereThatWordIs() {
        assertEquals(List.of("chu tri( thuc hien)?"), tags(set("chu tri( thuc hien)?"), "Ai chủ trì thực hiện việc này?"));
        assertEquals(List.of(), tags(set("chu tri( thuc hien)?"), "Ai phụ trách việc này?"));
    }

    @Test
    void aPhraseWhoseStartVariesIsStillTried() {
        // an optional space makes the first word "baonhieu" as well as "bao"
        assertEquals(List.of("bao ?nhieu"), tags(set("bao ?nhieu"), "mục tiêu baonhieu"));
        // an alternative at the top starts with either word
        assertEquals(List.of("ai|ben nao"), tags(set("ai|ben nao"), "bên nào lo"));
        // a quantifier on the first word's last letter
        assertEquals(List.of("nhieu?"), tags(set("nhieu?"), "nhiê"));
        assertEquals(List.of("(?:ai|ben nao) lo"), tags(set("(?:ai|ben nao) lo"), "bên nào lo"));
        // a phrase that looks behind itself
        assertEquals(List.of("(?<=ca chi tieu )lan"), tags(set("(?<=ca chi tieu )lan"), "cả chỉ tiêu lẫn nhiệm vụ"));
    }

    @Test
    void aWordThePhraseSpellsWithDiacriticsIsThatWordOnly() {
        PhraseSet set = new PhraseSet().add("phai đạt", "target", NORMALIZER::foldPattern);
        assertEquals(List.of("target"), tags(set, "5G phải đạt bao nhiêu?"));
        assertEquals(List.of("target"), tags(set, "5G phai dat bao nhieu"));
        // "đất" folds like "đạt" but is land
        assertEquals(List.of(), tags(set, "nhà phải đất rộng"));
        // a question folded before it is read keeps its spelling through the text as written
        ParsedQuestion folded = ParsedQuestion.of("dat nha phai dat", "Đất nhà phải đất", NORMALIZER::fold);
        assertEquals(List.of(), set.matches(folded));
    }
}
