package vn.troly.assistant.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phrase is tried only at its first words: every whole-word match of every phrase in the prompts begins with one. */
class FirstWordsTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();

    @Test
    void readsTheWordsAMatchCanBeginWith() {
        assertEquals(Set.of("thuoc", "trach"), FirstWords.of("(thuoc )?trach nhiem (cua|thuoc)(?= (ai|phong nao))"));
        assertEquals(Set.of("bao", "baonhieu"), FirstWords.of("bao ?nhieu"));
        assertEquals(Set.of("dang", "om"), FirstWords.of("(?<!bi )(dang )?om( viec| vu)?"));
        assertEquals(Set.of("ai", "ben"), FirstWords.of("ai|ben nao"));
        assertEquals(Set.of("dat", "muc", "1", "2"), FirstWords.of("((dat|muc) )*(1|2 %)"));
    }

    @Test
    void knowsNothingOfDigitClassesCountsOrDots() {
        assertNull(FirstWords.of("thang (\\d{1,2})"));
        assertNull(FirstWords.of("20[2-4]\\d"));
        assertNull(FirstWords.of("a.b"));
        assertNull(FirstWords.of("( ai)"));
    }

    @Test
    void everyMatchOfThePromptsPhrasesBeginsWithOneOfItsFirstWords() throws IOException {
        List<String> phrases = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> cues = (Map<String, Object>) Prompts.yaml("cues.yml").get("cues");
        cues.values().forEach(body -> phrases.addAll(castList(((Map<?, ?>) body).get("phrases"))));
        for (String file : List.of("compounds.txt", "question-words.txt")) {
            Prompts.text(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(phrases::add);
        }
        List<ParsedQuestion> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String set : List.of("dev", "dev-b", "own10", "citizen")) {
            try (InputStream in = getClass().getResourceAsStream("/eval/" + set + ".jsonl")) {
                for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    JsonNode node = json.readTree(line);
                    if (node.has("text")) {
                        questions.add(ParsedQuestion.of(node.get("text").asText(), NORMALIZER::fold));
                    }
                }
            }
        }
        int known = 0;
        for (String phrase : phrases) {
            String source = NORMALIZER.foldPattern(phrase);
            Set<String> firsts = FirstWords.of(source);
            if (firsts == null) {
                continue;
            }
            known++;
            Pattern pattern = Pattern.compile("(?<![a-z0-9.%])(?:" + source + ")(?![a-z0-9%])");
            for (ParsedQuestion q : questions) {
                Matcher m = pattern.matcher(q.joined()).useTransparentBounds(true).useAnchoringBounds(false);
                for (int w = 0; w < q.starts().length; w++) {
                    m.region(q.starts()[w], q.joined().length());
                    if (m.lookingAt() && m.end() > m.start() && q.wordsOf(m.start(), m.end()) != null) {
                        String first = q.tokens().get(w).folded();
                        assertTrue(firsts.contains(first), phrase + " matched at '" + first + "' in: " + q.joined());
                    }
                }
            }
        }
        assertTrue(known > phrases.size() / 2, "most phrases have known first words: " + known + " of " + phrases.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
