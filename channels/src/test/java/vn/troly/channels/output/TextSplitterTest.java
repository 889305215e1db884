package vn.troly.channels.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSplitterTest {

    @Test
    void shortTextIsOnePiece() {
        assertEquals(List.of("Xin chào"), TextSplitter.split("  Xin chào \n", 2000));
    }

    @Test
    void cutsAtLineEndsAndLosesNoWord() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("• Chỉ tiêu số ").append(i).append(": tỷ lệ hồ sơ trực tuyến toàn trình\n");
        }
        List<String> pieces = TextSplitter.split(text.toString(), 2000);
        assertTrue(pieces.size() > 5);
        pieces.forEach(p -> assertTrue(p.length() <= 2000 && p.startsWith("• Chỉ tiêu số"), p));
        assertEquals(text.toString().strip().replace("\n", " "), String.join(" ", pieces).replace("\n", " "));
    }

    @Test
    void aLineWithoutBreaksIsCutAtSpacesThenAnywhereButNeverInsideASurrogatePair() {
        String words = "từ ".repeat(1000);
        TextSplitter.split(words, 100).forEach(p -> assertFalse(p.endsWith("t") || p.startsWith("ừ"), p));
        String emoji = "😀".repeat(300);
        List<String> pieces = TextSplitter.split(emoji, 101);
        pieces.forEach(p -> assertFalse(Character.isHighSurrogate(p.charAt(p.length() - 1)), "cut inside a pair"));
        assertEquals(emoji, String.join("", pieces));
    }
}
