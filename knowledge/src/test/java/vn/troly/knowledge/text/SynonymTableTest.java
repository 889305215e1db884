package vn.troly.knowledge.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynonymTableTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final SynonymTable table = SynonymTable.loadDefault(normalizer);

    @Test
    void writesOutAbbreviationsWhateverTheSpelling() {
        assertEquals("ti le dvctt dich vu cong truc tuyen toan trinh muc do 4", table.expandFolded("Tỷ lệ DVCTT toàn trình"));
        assertTrue(table.expandFolded("Phòng VH - XH").contains("van hoa xa hoi"));
        assertTrue(table.expandFolded("phong vhxh").contains("van hoa xa hoi"));
        assertTrue(table.expandFolded("Văn phòng HĐND&UBND").contains("hoi dong nhan dan"));
        assertTrue(table.expandExact("số hóa hồ sơ TTHC").endsWith("tthc thủ tục hành chính"));
    }

    @Test
    void prefersTheLongestTermAndRespectsWordBoundaries() {
        assertEquals("ttpvhcc trung tam phuc vu hanh chinh cong", table.expandFolded("TTPVHCC"));
        assertEquals("dvcx", table.expandFolded("DVCX"));
    }

    @Test
    void readsTheTableFormat() throws Exception {
        String text = "# comment\nABC | một hai; ba\n\nbroken line\n";
        SynonymTable custom = SynonymTable.parse(normalizer, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x abc mot hai ba y", custom.expandFolded("x ABC y"));
    }
}
