package vn.troly.knowledge.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Map;

/**
 * A small number written in digits is the number word ("nộp 1 lần" is "nộp một lần", "01 ứng dụng" is "một ứng
 * dụng"), so a question and a plan that write it differently hold the same words. Only "một": the other number words
 * fold to common words ("hai" is "hài" in "hài lòng" beside "mức 2", "ba" is "bà", "năm" the year).
 */
final class NumberWordFilter extends TokenFilter {

    private static final Map<String, String> WORDS = Map.of("1", "mot", "01", "mot");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NumberWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() <= 2) {
            String word = WORDS.get(term.toString());
            if (word != null) {
                term.setEmpty().append(word);
            }
        }
        return true;
    }
}
