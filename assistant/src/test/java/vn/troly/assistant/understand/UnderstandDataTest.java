package vn.troly.assistant.understand;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example and negative example of prompts/cues.yml and prompts/intents.yml, run as a test. */
class UnderstandDataTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final IntentDetector DETECTOR = new IntentDetector(
            new AgencyMentions(NORMALIZER, AgencyDirectory.loadDefault(NORMALIZER)), NORMALIZER,
            Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> cueExamplesShowTheirCueAndNegativesDoNot() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Object> cues = (Map<String, Object>) Prompts.yaml("cues.yml").get("cues");
        cues.forEach((name, body) -> {
            Cue cue = Cue.of(name);
            Map<String, Object> data = (Map<String, Object>) body;
            for (String example : (List<String>) data.getOrDefault("examples", List.of())) {
                tests.add(DynamicTest.dynamicTest(name + ": " + example,
                        () -> assertTrue(DETECTOR.parse(example).cues().contains(cue), () -> trace(example))));
            }
            for (String negative : (List<String>) data.getOrDefault("negatives", List.of())) {
                tests.add(DynamicTest.dynamicTest(name + " not in: " + negative,
                        () -> assertFalse(DETECTOR.parse(negative).cues().contains(cue), () -> trace(negative))));
            }
            assertFalse(((List<String>) data.getOrDefault("examples", List.of())).isEmpty(), name + " has no example");
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> intentExamplesAreReadAsTheirIntent() {
        return DETECTOR.table().rules().stream().flatMap(rule -> rule.examples().stream().map(example ->
                DynamicTest.dynamicTest(rule.intent().code() + ": " + example,
                        () -> assertEquals(rule.intent(), DETECTOR.understand(example).intent(), () -> trace(example)))));
    }

    /** The words of the question with what claimed each: what a failing example needs to be understood. */
    private static String trace(String text) {
        ParsedQuestion q = DETECTOR.parse(text);
        StringBuilder out = new StringBuilder(text).append(" →");
        for (int i = 0; i < q.tokens().size(); i++) {
            int k = i;
            out.append(' ').append(q.tokens().get(i).folded());
            q.spans().stream().filter(s -> s.from() <= k && k < s.to()).findFirst()
                    .ifPresent(s -> out.append('/').append(s.cue() != null ? s.cue().code() : s.label().name().toLowerCase()));
        }
        return out.append(" ⇒ ").append(DETECTOR.understand(text)).toString();
    }
}
