package vn.troly.knowledge.plan;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.text.VietnameseNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plan text is stored as text: entities decoded once, markup kept out of names, a plain "<" left alone. */
class CellTextTest {

    private final TableReader reader = new TableReader(new VietnameseNormalizer());

    @Test
    void anEncodedTagNeverBecomesMarkup() {
        assertEquals("Tỷ lệ 5G & IPv6", reader.cleanCell("Tỷ lệ &lt;b&gt;5G&lt;/b&gt; &amp; IPv6"));
        assertEquals("Tỷ lệ", reader.cleanCell("Tỷ lệ &lt;script&gt;&lt;/script&gt;"));
    }

    @Test
    void entitiesAreDecodedOnce() {
        assertEquals("&lt;script&gt; cổng", reader.cleanCell("&amp;lt;script&amp;gt; cổng"));
    }

    @Test
    void aPlainComparisonStays() {
        assertEquals("tốc độ < 10 Mbps và > 2 Mbps", reader.cleanCell("<i>tốc độ</i> &lt; 10 Mbps và &gt; 2 Mbps"));
    }

    @Test
    void emphasisLeavesNoSpaceWhereItWas() {
        assertEquals("điện tử (trừ hồ sơ mật) và ký số", reader.cleanCell("điện tử (<i>trừ hồ sơ mật</i>) và ký số"));
        assertEquals("đạt 100%", reader.cleanCell("đạt <b>100</b>%"));
        assertEquals("Tỷ lệ a b", reader.cleanCell("<p>Tỷ lệ a</p><p>b</p>"));
    }
}
