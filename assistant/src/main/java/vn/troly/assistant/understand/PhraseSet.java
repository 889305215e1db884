package vn.troly.assistant.understand;

import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases (regular expressions over a question's folded words) matched as whole words. Every match is a span of
 * words; {@link #claim} takes the longest first, so "chủ trì thực hiện" wins over "thực hiện".
 */
public final class PhraseSet {

    /** A phrase's match: words [from, to) and the tag of the phrase (a cue, say). */
    public record Match<T>(int from, int to, T tag) {
        int length() {
            return to - from;
        }
    }

    /**
     * @param starts which first characters (ASCII) a match may begin with: the others are never tried
     * @param firsts the words every match begins with ({@link FirstWords}); null when they are not known
     */
    private record Phrase(Pattern pattern, Object tag, boolean[] starts, Set<String> firsts, Map<String, String> spelled) {

        static Phrase of(String source, Pattern pattern, Object tag, Map<String, String> spelled) {
            boolean[] starts = new boolean[ASCII];
            // a phrase that looks behind itself ("lẫn" after "cả chỉ tiêu") cannot be tried on one character alone
            boolean looksBehind = source.startsWith("(?<=") || source.startsWith("(?<!");
            for (char c = 0; c < ASCII; c++) {
                // a match may begin with c if the pattern matches it, or would with more words after it
                Matcher m = pattern.matcher(String.valueOf(c));
                starts[c] = looksBehind || m.lookingAt() || m.hitEnd();
            }
            return new Phrase(pattern, tag, starts, FirstWords.of(source), spelled);
        }

        /** Whether the question writes the matched words as the phrase spells them, where it spells them. */
        boolean spelledAlike(ParsedQuestion question, int from, int to) {
            if (spelled.isEmpty()) {
                return true;
            }
            for (int i = from; i < to; i++) {
                String word = spelled.get(question.tokens().get(i).folded());
                if (word != null && !question.writtenAs(i, word)) {
                    return false;
                }
            }
            return true;
        }

        boolean mayStartWith(char c) {
            return c >= ASCII || starts[c];
        }
    }

    /** A word of a phrase written with diacritics. */
    private static final Pattern SPELLED_WORD = Pattern.compile("\\p{L}*[\\p{L}&&[^\\p{ASCII}]]\\p{L}*");

    private static final int ASCII = 128;

    private final List<Phrase> phrases = new ArrayList<>();
    /**
     * The phrases (by index) that begin with each plain word, and those whose start varies: a question is tried only
     * against the phrases its words can begin, not looked up against all of them (hundreds of cues, every question).
     */
    private final Map<String, BitSet> byFirstWord = new HashMap<>();
    private final BitSet unanchored = new BitSet();

    /**
     * @param phrase written folded; a word written with diacritics ("đạt") is that word only: a question that writes
     *               another word folding alike ("đất") does not match it, one without diacritics ("dat") does
     * @param fold   unifies the phrase's spelling with folded questions
     */
    public PhraseSet add(String phrase, Object tag, UnaryOperator<String> fold) {
        String source = fold.apply(phrase);
        Map<String, String> spelled = new HashMap<>();
        SPELLED_WORD.matcher(phrase).results().map(MatchResult::group)
                .forEach(w -> spelled.put(fold.apply(w), w.toLowerCase(Locale.ROOT)));
        Phrase added = Phrase.of(source, Pattern.compile("(?<![a-z0-9.%])(?:" + source + ")(?![a-z0-9%])"), tag, Map.copyOf(spelled));
        if (added.firsts != null) {
            for (String first : added.firsts) {
                byFirstWord.computeIfAbsent(first, w -> new BitSet()).set(phrases.size());
            }
        } else {
            unanchored.set(phrases.size());
        }
        phrases.add(added);
        return this;
    }

    /** The phrases that may match somewhere in the question, in the order they were added. */
    private BitSet candidates(Set<String> present) {
        BitSet candidates = (BitSet) unanchored.clone();
        for (String word : present) {
            BitSet starting = byFirstWord.get(word);
            if (starting != null) {
                candidates.or(starting);
            }
        }
        return candidates;
    }

    /**
     * Every match of every phrase starting at any word, over words not claimed yet, longest first. Matching at each
     * word (not only left to right) finds "xong" in "có phải xong" once "có phải" is taken by another phrase, and
     * "soạn báo cáo" in "soạn báo cáo tháng 11" once the month is taken.
     */
    public <T> List<Match<T>> matches(ParsedQuestion question) {
        return matches(question, null);
    }

    /** Like {@link #matches(ParsedQuestion)}, a match may hold words of the label {@code through} inside it. */
    @SuppressWarnings("unchecked")
    public <T> List<Match<T>> matches(ParsedQuestion question, ParsedQuestion.Label through) {
        List<Match<T>> found = new ArrayList<>();
        String joined = question.joined();
        int[] starts = question.starts();
        Set<String> present = question.foldedWords();
        BitSet candidates = candidates(present);
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            Phrase phrase = phrases.get(p);
            Matcher m = phrase.pattern.matcher(joined);
            if (phrase.firsts == null) {
                // a phrase whose first words are not known needs a letter the question's words begin with, and one
                // scan settles that it is nowhere in the question, as most are
                if (!anyStart(phrase, joined, starts) || !m.find()) {
                    continue;
                }
            }
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int w = 0; w < starts.length; w++) {
                int start = starts[w];
                // a match begins with one of the phrase's first words: tried only at those (a scan of the whole
                // question at every character was a fifth of the engine's time)
                if (phrase.firsts != null ? !phrase.firsts.contains(question.tokens().get(w).folded())
                        : !phrase.mayStartWith(joined.charAt(start))) {
                    continue;
                }
                // a phrase never spans a claimed word: it matches within the free words from here on
                m.region(start, question.freeUntil(w, through));
                if (!m.lookingAt() || m.end() == m.start()) {
                    continue;
                }
                int[] words = question.wordsOf(m.start(), m.end());
                if (words != null && question.freeThrough(words[0], words[1], through) && phrase.spelledAlike(question, words[0], words[1])) {
                    found.add(new Match<>(words[0], words[1], (T) phrase.tag));
                }
            }
        }
        found.sort(Comparator.comparingInt((Match<T> x) -> x.length()).reversed().thenComparingInt(Match::from));
        return found;
    }

    /** Whether some word of the question begins with a character the phrase may begin with. */
    private static boolean anyStart(Phrase phrase, String joined, int[] starts) {
        for (int start : starts) {
            if (phrase.mayStartWith(joined.charAt(start))) {
                return true;
            }
        }
        return false;
    }

    /** Claims the matches, longest first, each where its words are still free; returns those claimed. */
    public <T> List<Match<T>> claim(ParsedQuestion question, ParsedQuestion.Label label) {
        List<Match<T>> claimed = new ArrayList<>();
        for (Match<T> match : this.<T>matches(question)) {
            Cue cue = match.tag() instanceof Cue c ? c : null;
            if (question.claim(match.from(), match.to(), label, cue)) {
                claimed.add(match);
            }
        }
        return claimed;
    }

    /**
     * Whether some phrase matches exactly the question's words from..to, read in place: what follows still counts
     * ("đang" is a question word, not in "đăng ký").
     */
    public boolean matchesWhole(ParsedQuestion question, int from, int to) {
        String joined = question.joined();
        int[] starts = question.starts();
        int start = starts[from];
        int end = starts[to - 1] + question.tokens().get(to - 1).folded().length();
        // only the phrases that can begin with the words' first word, or with its letter when their first words are
        // not known: a matcher for every phrase on every call made a tenth of a chat request's allocation
        BitSet tried = candidates(Set.of(question.tokens().get(from).folded()));
        for (int i = tried.nextSetBit(0); i >= 0; i = tried.nextSetBit(i + 1)) {
            Phrase p = phrases.get(i);
            if (p.firsts == null && !p.mayStartWith(joined.charAt(start))) {
                continue;
            }
            if (p.pattern.matcher(joined).region(start, end).useTransparentBounds(true).useAnchoringBounds(false).matches()
                    && p.spelledAlike(question, from, to)) {
                return true;
            }
        }
        return false;
    }
}
