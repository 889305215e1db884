package vn.troly.assistant.handlers;

import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the user asked about, as they wrote it: their words minus the question words, for replies that quote it. */
final class TopicLabel {

    private TopicLabel() {
    }

    /** The folded topic's words in order, each matched to the next word as written: "quản trị" is not "chủ trì". */
    static String of(String text, String topic, VietnameseNormalizer normalizer) {
        List<String> written = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        List<String> label = new ArrayList<>();
        int next = 0;
        for (String word : topic.split("[ ,]+")) {
            for (int i = next; i < written.size(); i++) {
                if (normalizer.fold(written.get(i)).equals(normalizer.fold(word))) {
                    label.add(written.get(i));
                    next = i + 1;
                    break;
                }
            }
        }
        return label.isEmpty() ? topic : String.join(" ", label);
    }
}
