package vn.troly.channels.handover;

import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.prompt.Prompts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a message asks for a person: the "Chuyển cho cán bộ" button (a typed command), or words of
 * prompts/handover.yml ("gặp cán bộ", "cho tôi nói chuyện với người thật"), matched on whole words with or without
 * diacritics, since many people type without them.
 */
@Singleton
public class HandoverRequests {

    /** The command the button carries (Zalo posts it back as "#lenh canbo"). */
    public static final String COMMAND = "canbo";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> asks;

    public HandoverRequests() {
        this(phrases());
    }

    HandoverRequests(List<String> asks) {
        this.asks = asks.stream().map(HandoverRequests::fold).toList();
    }

    public boolean asks(Question question) {
        if (question.action() instanceof Action.Command command) {
            return COMMAND.equals(command.name());
        }
        return question.action() instanceof Action.Text && asks(question.text());
    }

    public boolean asks(String text) {
        String folded = fold(text);
        return asks.stream().anyMatch(phrase -> folded.contains(phrase));
    }

    /** Lower case, no diacritics (đ as d), words separated by one space and padded, so contains() is whole-word. */
    static String fold(String text) {
        String lower = (text == null ? "" : text).toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return " " + NOT_WORD.matcher(bare).replaceAll(" ").strip() + " ";
    }

    @SuppressWarnings("unchecked")
    private static List<String> phrases() {
        return (List<String>) Prompts.yaml("handover.yml").get("asks");
    }
}
