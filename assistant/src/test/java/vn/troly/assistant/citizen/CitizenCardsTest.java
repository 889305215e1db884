package vn.troly.assistant.citizen;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every card of prompts/citizen is complete and sourced, and its examples and negative examples hold. */
class CitizenCardsTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final CitizenGuide GUIDE = new CitizenGuide(NORMALIZER, SynonymTable.loadDefault(NORMALIZER));

    @Test
    void everyCardFileIsListedInTheIndex() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("../prompts/citizen/cards"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList();
        }
        assertEquals(files, Prompts.listed("citizen/cards").stream().map(f -> f.substring("citizen/cards/".length())).sorted().toList());
    }

    @Test
    void everyCardHasEveryFieldAndALinkedSource() {
        assertTrue(GUIDE.cards().size() >= 19, "cards: " + GUIDE.cards().size());
        for (ProcedureCard card : GUIDE.cards()) {
            for (String text : List.of(card.title(), card.what(), card.who(), card.where(), card.timeLimit(), card.fee(),
                    card.result(), card.legalBasis())) {
                assertFalse(text.isBlank(), card.id());
            }
            assertFalse(card.steps().isEmpty(), card.id());
            assertFalse(card.documents().isEmpty(), card.id());
            assertTrue(card.sources().stream().anyMatch(CardSource::linked), card.id() + " has no linked source");
            assertFalse(card.reviewedOn().isAfter(LocalDate.now().plusDays(1)), card.id() + " reviewed in the future");
            assertTrue(card.examples().size() >= 3, card.id() + " needs three examples");
            assertFalse(card.negatives().isEmpty(), card.id() + " needs a negative example");
        }
    }

    @Test
    void aCardMissingAFieldIsRefusedByName() {
        Map<String, Object> fields = new HashMap<>(Prompts.yaml("citizen/cards/khai-sinh-lien-thong.yml"));
        fields.remove("fee");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CardFile.read("citizen/cards/khai-sinh-lien-thong.yml", fields));
        assertTrue(e.getMessage().contains("fee"), e.getMessage());
        fields.put("fee", "Miễn phí.");
        fields.put("sources", List.of());
        assertThrows(IllegalStateException.class, () -> CardFile.read("citizen/cards/khai-sinh-lien-thong.yml", fields));
    }

    /** Each card's examples reach that card; its negative examples reach another card or none. */
    @TestFactory
    List<DynamicTest> examplesAndNegativesOfEveryCard() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ProcedureCard card : GUIDE.cards()) {
            for (String example : card.examples()) {
                tests.add(DynamicTest.dynamicTest(card.id() + ": " + example, () -> {
                    CardMatch m = GUIDE.match(example, true);
                    assertEquals(card.id(), m.found() ? m.card().id() : String.valueOf(m.uncovered()), example);
                }));
            }
            for (String negative : card.negatives()) {
                tests.add(DynamicTest.dynamicTest(card.id() + " not: " + negative, () -> {
                    CardMatch m = GUIDE.match(negative, true);
                    assertNotEquals(card.id(), m.found() ? m.card().id() : null, negative);
                }));
            }
        }
        return tests;
    }
}
