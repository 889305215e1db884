package vn.troly.knowledge.search;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A technical term typed in two pieces ("ip v6", "5 G", "wifi 6") is the term the plans write whole ("IPv6", "5G"):
 * a word and a neighbour with digits are joined where the plans have the joined word.
 */
final class SplitTerms {

    /** A word, then a piece of letters and digits; or a number, then a letter or two. */
    private static final Pattern PIECES = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}{1,6}) ([\\p{L}]{0,3}\\d[\\p{L}\\d]{0,3}|\\d{1,3}\\p{L}{0,2})(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])(\\d{1,3}) (\\p{L}{1,2})(?![\\p{L}\\p{N}])");

    private SplitTerms() {
    }

    /** @param known whether the plans have a word (folded, lower case) */
    static String join(String text, Predicate<String> known) {
        Matcher m = PIECES.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            boolean word = m.group(1) != null;
            String first = word ? m.group(1) : m.group(3);
            String second = word ? m.group(2) : m.group(4);
            if (known.test((first + second).toLowerCase(Locale.ROOT))) {
                out.append(text, last, m.start()).append(first).append(second);
                last = m.end();
                from = m.end();
            } else {
                // the second piece may still start a term of its own ("và 4 g")
                from = word ? m.start(2) : m.start(4);
            }
        }
        return out.append(text.substring(last)).toString();
    }
}
