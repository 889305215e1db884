package vn.troly.knowledge.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for text at the edge: lengths, character classes, figures and months. */
class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\ud800", "x\udc00", "\u202Egnp.exe", "\u2066x\u2069", "ＶＩＮＨ", "\u0007", "\u009b", "\uFFFF", "broken \uFFFD"})
    void refusesCharactersNobodyTypes(String text) {
        assertEquals(Optional.of(SafeText.Problem.FORBIDDEN_CHARACTER), SafeText.check(text, 100, true));
    }

    @Test
    void acceptsVietnameseEmojiAndLineBreaksWhereAllowed() {
        assertEquals(Optional.empty(), SafeText.check("Phủ sóng 5G đạt 62,5% 👍\nđúng hạn\tnhé", 100, true));
        assertEquals(Optional.of(SafeText.Problem.FORBIDDEN_CHARACTER), SafeText.check("hai\ndòng", 100, false));
        assertEquals(Optional.empty(), SafeText.check(null, 1, false));
        assertEquals(Optional.of(SafeText.Problem.TOO_LONG), SafeText.check("a".repeat(101), 100, false));
    }

    @Test
    void cleansWithoutSplittingPairs() {
        assertEquals("a b    c", SafeText.clean("a\u0000b\ud800\u202E\t c", 100, false));
        assertEquals("a\nb", SafeText.clean("a\nb", 100, true));
        assertEquals("ab", SafeText.clean("ab👍", 3, true));
        assertFalse(SafeText.check(SafeText.clean("x\udc00".repeat(5000), 8000, true), 8000, true).isPresent());
    }

    @Test
    void refusesAbsurdFiguresAndMonths() {
        assertTrue(SafeText.absurd(1e14));
        assertTrue(SafeText.absurd(-1e15));
        assertFalse(SafeText.absurd(99_999_999_999_999.0));
        assertEquals(Optional.of(YearMonth.of(2026, 11)), SafeText.month("2026-11"));
        for (String bad : new String[]{"+999999999-12", "2026-13", "1999-12", "2101-01", "26-11", "2026-1", "", "２０２６-11"}) {
            assertEquals(Optional.empty(), SafeText.month(bad), bad);
        }
    }
}
