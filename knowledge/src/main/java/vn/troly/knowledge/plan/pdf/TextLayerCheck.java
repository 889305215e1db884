package vn.troly.knowledge.plan.pdf;

/**
 * Whether a PDF's text layer can be read as Vietnamese. A scan has no text; a plan typed in a legacy font (TCVN3,
 * VNI) extracts as Latin-1 look-alikes ("Céng hoµ x· héi", "Coäng hoøa") instead of Vietnamese letters, which would
 * be parsed into nonsense rows.
 */
final class TextLayerCheck {

    /** Fewer letters than this in a whole document is no text layer, only stray marks or a page number. */
    private static final int MIN_LETTERS = 40;
    /** Vietnamese letters that Latin-1 also has; every other Latin-1 symbol or letter betrays a legacy font. */
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    private int letters;
    private int vietnamese;
    private int legacy;

    void add(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (c >= '\u00A0' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                legacy++;
            } else if (c >= '\u0100' && c <= '\u01B0' || c >= '\u1EA0' && c <= '\u1EF9') {
                vietnamese++;
            }
        }
    }

    boolean usable() {
        if (letters < MIN_LETTERS) {
            return false;
        }
        // Real Vietnamese has a Vietnamese-only letter every few words (đ, ơ, ư, ạ, ế …) and few Latin-1 symbols.
        return legacy * 50 < letters || vietnamese > legacy;
    }
}
