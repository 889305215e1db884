package vn.troly.assistant.understand;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plans' own word pairs, which keep "cơ quan" whole where "có" alone would be a question word. */
class PlanBigramsTest {

    @Test
    void holdsTheWordPairsOfTheLoadedPlansRowNames() {
        TestAssistant assistant = new TestAssistant();
        Set<String> pairs = new PlanBigrams(assistant.library, assistant.normalizer).get();
        assertTrue(pairs.contains("co quan") && pairs.contains("dich vu") && pairs.contains("toc do"), pairs.size() + " pairs");
        assertFalse(pairs.contains("thoi tiet"));
    }
}
