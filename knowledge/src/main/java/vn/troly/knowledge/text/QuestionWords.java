package vn.troly.knowledge.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Question words (query-stopwords.txt, folded): they say nothing about what is searched for. */
public final class QuestionWords {

    private static final String DEFAULT = "/text/query-stopwords.txt";

    private QuestionWords() {
    }

    public static Set<String> loadDefault(VietnameseNormalizer normalizer) {
        try (InputStream in = QuestionWords.class.getResourceAsStream(DEFAULT)) {
            return new String(Objects.requireNonNull(in, DEFAULT).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(normalizer::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
