package vn.troly.knowledge.text;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "1" and "một" are the same word to search; other digits stay digits. */
class NumberWordFilterTest {

    private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer(SynonymTable.loadDefault(new VietnameseNormalizer()));

    private List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("title" + field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void aDigitOneIsTheWordMot() throws IOException {
        assertEquals(tokens(VietnameseAnalyzer.FOLDED, "chỉ cung cấp một lần"), tokens(VietnameseAnalyzer.FOLDED, "chỉ cung cấp 1 lần"));
        assertEquals(tokens(VietnameseAnalyzer.FOLDED, "sử dụng ít nhất một ứng dụng AI"), tokens(VietnameseAnalyzer.FOLDED, "sử dụng ít nhất 01 ứng dụng AI"));
        assertTrue(tokens(VietnameseAnalyzer.BIGRAMS, "người dân chỉ nhập dữ liệu 1 lần").contains("mot lan"));
    }

    @Test
    void otherNumbersAndTheExactFieldKeepTheirDigits() throws IOException {
        // "hai" would be "hài" of "hài lòng"
        assertTrue(tokens(VietnameseAnalyzer.FOLDED, "VNeID mức 2").contains("2"));
        assertTrue(tokens(VietnameseAnalyzer.FOLDED, "đạt 100%").contains("100"));
        assertTrue(tokens(VietnameseAnalyzer.EXACT, "nộp 1 lần").contains("1"));
    }
}
