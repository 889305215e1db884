package vn.troly.knowledge.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SpacesTest {

    @Test
    void collapsesRunsAndTrims() {
        assertEquals("a b c", Spaces.collapse("  a \t b\n\nc  "));
        assertEquals("a b", Spaces.collapse("a\u00A0b"));
        assertEquals("", Spaces.collapse(" \t "));
        assertEquals("x", Spaces.collapse("x "));
    }

    @Test
    void returnsCleanTextUnchanged() {
        String clean = "Phòng Văn hóa - Xã hội";
        assertSame(clean, Spaces.collapse(clean));
    }
}
