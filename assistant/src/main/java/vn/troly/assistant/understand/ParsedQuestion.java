package vn.troly.assistant.understand;

import vn.troly.knowledge.agency.Agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question read once: its words (as written and folded) and what each annotator claimed. Annotators mark spans of
 * words; the words nobody claimed are the topic. No step folds or re-reads the text after this.
 */
public final class ParsedQuestion {

    /** A word, a decimal ("0.70", "1,5") or a percent sign, as written and folded. */
    public record Token(String text, String folded) {

        /** "AI", "CA", "TTHC": an abbreviation written in capitals, never a question word. */
        public boolean capitals() {
            return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    && text.chars().anyMatch(Character::isLetter);
        }
    }

    /** What a claimed word is. */
    public enum Label { KEEP, AGENCY, DATE, VALUE, CUE, FILLER }

    /** A claimed span of words [from, to) and, for cues, which cue. */
    public record Span(int from, int to, Label label, Cue cue) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\d+[.,]\\d+|[\\p{L}\\p{N}]+|%");

    private final String text;
    private final List<Token> tokens;
    private final String joined;
    private final int[] starts;
    private Set<String> foldedWords;
    private final Label[] labels;
    private final List<Span> spans = new ArrayList<>();
    private AsWritten written;
    private final List<Integer> years = new ArrayList<>();
    private Agency agency;
    private DateWindow window;
    private boolean value;

    private ParsedQuestion(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.labels = new Label[tokens.size()];
        this.starts = new int[tokens.size()];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            starts[i] = b.length();
            b.append(tokens.get(i).folded());
        }
        this.joined = b.toString();
        this.written = AsWritten.of(this.tokens, text);
    }

    /**
     * @param text     the question, or its folded form with the commune taken out
     * @param original the question as written: words in capitals there are abbreviations ("AI", not "ai")
     * @param fold     the one folding function (lower case, no diacritics)
     */
    public static ParsedQuestion of(String text, String original, UnaryOperator<String> fold) {
        ParsedQuestion q = of(text, fold);
        if (original != null && original != text) {
            q.written = AsWritten.lineUp(q.tokens, of(original, fold).tokens, original);
        }
        return q;
    }

    public static ParsedQuestion of(String text, UnaryOperator<String> fold) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String word = m.group();
            tokens.add(new Token(word, fold.apply(word).replace(',', '.')));
        }
        return new ParsedQuestion(text == null ? "" : text, tokens);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /**
     * Whether word i, as written, can be the word a phrase spells {@code spelled} (lower case, with diacritics): a
     * word written without diacritics can be any word it folds to; one written with them is the word they spell.
     */
    public boolean writtenAs(int i, String spelled) {
        return written.spells(i, tokens.get(i).folded(), spelled);
    }

    /** The words as written, lower case, one space apart: character for character where {@link #joined} is folded. */
    public String writtenJoined() {
        StringBuilder b = new StringBuilder(joined.length());
        for (int i = 0; i < tokens.size(); i++) {
            b.append(i > 0 ? " " : "").append(written.word(i, tokens.get(i).folded()));
        }
        return b.toString();
    }

    /** The distinct folded words, for a quick test of whether a phrase could match at all. */
    public Set<String> foldedWords() {
        if (foldedWords == null) {
            foldedWords = new HashSet<>();
            tokens.forEach(t -> foldedWords.add(t.folded()));
        }
        return foldedWords;
    }

    /** The folded words joined by single spaces: what phrase patterns are matched against. */
    public String joined() {
        return joined;
    }

    /** Whether word i is an abbreviation written in capitals in a message that has lower-case letters. */
    public boolean abbreviation(int i) {
        return written.inCapitals(i, tokens.get(i));
    }

    /**
     * Where the free words from word w end in {@link #joined()}: the start of the next claimed word, or the end; words
     * of the label {@code through} (null for none) count as free past the first.
     */
    public int freeUntil(int w, Label through) {
        for (int i = w; i < labels.length; i++) {
            if (labels[i] != null && (i == w || labels[i] != through)) {
                return i == w ? starts[w] : starts[i] - 1;
            }
        }
        return joined.length();
    }

    /** Whether the words [from, to) are free but for some of the label {@code through} inside. */
    public boolean freeThrough(int from, int to, Label through) {
        if (from >= to || labels[from] != null || labels[to - 1] != null) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (labels[i] != null && labels[i] != through) {
                return false;
            }
        }
        return true;
    }

    /** Where each word starts in {@link #joined()}. */
    public int[] starts() {
        return starts.clone();
    }

    /** Token index of a character offset in {@link #joined()} (the token that contains or follows it). */
    private int tokenAt(int offset) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] + tokens.get(i).folded().length() > offset) {
                return i;
            }
        }
        return starts.length;
    }

    /** The words [from, to) as a span of {@link #joined()} matched by a pattern, or null when not whole words. */
    public int[] wordsOf(int start, int end) {
        int from = tokenAt(start);
        int to = tokenAt(Math.max(start, end - 1)) + 1;
        if (from >= tokens.size() || starts[from] != start || to > tokens.size()
                || starts[to - 1] + tokens.get(to - 1).folded().length() != end) {
            return null;
        }
        return new int[]{from, to};
    }

    public boolean free(int from, int to) {
        for (int i = from; i < to; i++) {
            if (labels[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** Claims the words [from, to) if none is claimed yet; returns whether it did. */
    public boolean claim(int from, int to, Label label, Cue cue) {
        if (from >= to || !free(from, to)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            labels[i] = label;
        }
        spans.add(new Span(from, to, label, cue));
        return true;
    }

    public Label label(int i) {
        return labels[i];
    }

    public List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    /** Gives back the words claimed with this label: they are topic words after all. */
    public void release(Label label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                labels[i] = null;
            }
        }
        spans.removeIf(s -> s.label() == label);
    }

    /** The cues found, each once, in the order they first appear in the question. */
    public List<Cue> cueOrder() {
        List<Cue> order = new ArrayList<>();
        spans.stream().filter(s -> s.cue() != null).sorted(Comparator.comparingInt(Span::from))
                .map(Span::cue).filter(c -> !order.contains(c)).forEach(order::add);
        return order;
    }

    /** The cues found, each once. */
    public Set<Cue> cues() {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        spans.stream().filter(s -> s.cue() != null).forEach(s -> cues.add(s.cue()));
        return cues;
    }

    /** Years the question names (2026, 2030), in order: they choose a row's period. */
    public List<Integer> years() {
        return years;
    }

    public Agency agency() {
        return agency;
    }

    public void agency(Agency agency) {
        this.agency = agency;
    }

    /** A span of dates stated in the question (a month, a quarter, "trước 31/12", "năm sau"), or null. */
    public DateWindow window() {
        return window;
    }

    public void window(DateWindow window) {
        this.window = window;
    }

    /** Whether the question quotes a figure ("đạt 0,70", "99%"): a row's target, naming the row. */
    public boolean quotesValue() {
        return value;
    }

    public void quotesValue(boolean value) {
        this.value = value;
    }

    /** Folded words of the span. */
    public String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(i).folded());
        }
        return b.toString();
    }
}
