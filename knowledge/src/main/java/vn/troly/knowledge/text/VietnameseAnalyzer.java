package vn.troly.knowledge.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * The one analyzer for indexing and for questions. Every field is normalised (NFC, one tone placement) and has its
 * abbreviations written out; fields ending in {@code _f} are folded (no diacritics), {@code _e} keep diacritics so an
 * exact spelling can rank higher, and {@code _b} are folded syllable bigrams so multi-syllable words match as units.
 */
public final class VietnameseAnalyzer extends Analyzer {

    public static final String FOLDED = "_f";
    public static final String EXACT = "_e";
    public static final String BIGRAMS = "_b";
    /** Changes with what the analysis makes of a text: an index built by another version is built again. */
    public static final String VERSION = "2";

    private final SynonymTable synonyms;
    /** The last folded expansion per thread: the folded and bigram fields analyse the same text one after the other. */
    private final ThreadLocal<String[]> lastFolded = ThreadLocal.withInitial(() -> new String[2]);

    public VietnameseAnalyzer(SynonymTable synonyms) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        String text = read(reader);
        return new StringReader(fieldName.endsWith(EXACT) ? synonyms.expandExact(text) : folded(text));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (!fieldName.endsWith(EXACT)) {
            stream = new NumberWordFilter(stream);
        }
        if (fieldName.endsWith(BIGRAMS)) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(" ");
            // a lone word still yields a term, so a one-word field can match
            shingles.setOutputUnigramsIfNoShingles(true);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    private String folded(String text) {
        String[] last = lastFolded.get();
        if (!text.equals(last[0])) {
            last[0] = text;
            last[1] = synonyms.expandFolded(text);
        }
        return last[1];
    }

    private static String read(Reader reader) {
        try {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
