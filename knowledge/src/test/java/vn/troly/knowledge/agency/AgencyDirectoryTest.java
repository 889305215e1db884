package vn.troly.knowledge.agency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgencyDirectoryTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final AgencyDirectory agencies = AgencyDirectory.loadDefault(normalizer);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Phòng VH-XH | Phòng Văn hóa - Xã hội",
            "Phòng Văn hoá - Xã hội xã | Phòng Văn hóa - Xã hội",
            "Phòng Văn hóa – Xã hội | Phòng Văn hóa - Xã hội",
            "phong van hoa xa hoi | Phòng Văn hóa - Xã hội",
            "TTPVHCC | Trung tâm Phục vụ hành chính công xã",
            "Trung tâm PVHCC | Trung tâm Phục vụ hành chính công xã",
            "Trung tâm phục vụ hành chính công xã | Trung tâm Phục vụ hành chính công xã",
            "Trung tâm Phục vụ HCC tỉnh | Trung tâm Phục vụ hành chính công tỉnh",
            "Văn phòng HĐND&UBND | Văn phòng HĐND và UBND xã",
            "Văn phòng HDND & UBND xã | Văn phòng HĐND và UBND xã",
            "Văn Phòng HĐND và UBND xã | Văn phòng HĐND và UBND xã",
            "Văn Văn phòng HĐND& UBND | Văn phòng HĐND và UBND xã",
            "Văn phòng HND&amp;UBND | Văn phòng HĐND và UBND xã",
            "Phòng kinh tê | Phòng Kinh tế",
            "Công An xã | Công an xã",
    })
    void resolvesVariantsToOneAgency(String raw, String canonical) {
        List<AgencyRef> refs = agencies.parseCell(raw);
        assertEquals(1, refs.size(), raw);
        assertEquals(canonical, refs.get(0).name());
    }

    @Test
    void splitsCellsButKeepsCollectivesWhole() {
        assertEquals(List.of("Phòng Kinh tế", "Trung tâm Phục vụ hành chính công xã"), names("Phòng kinh tế, TTPVHCC"));
        assertEquals(List.of("Công an xã", "Công an tỉnh"), names("Công an xã, Công an tỉnh"));
        assertEquals(List.of("Các phòng, ban, cơ quan, đơn vị", "các thôn", "các doanh nghiệp viễn thông trên địa bàn"),
                names("Các phòng, ban, cơ quan, đơn vị; các thôn; các doanh nghiệp viễn thông trên địa bàn"));
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công xã", "các phòng, đơn vị có liên quan"),
                names("Phòng Văn hoá - Xã hội, Trung tâm Phục vụ hành chính công, các phòng, đơn vị có liên quan"));
        assertEquals(List.of("Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội"),
                names("Văn phòng HĐND&UBND Phòng Văn hoá-Xã hội"), "two agencies written back to back");
        assertEquals(List.of("Công an xã"), names("Công an xã;"));
    }

    @Test
    void unknownAgenciesKeepTheirTextAndTheTableIsData() throws Exception {
        AgencyRef unknown = agencies.resolve("Hợp tác xã nông nghiệp");
        assertNull(unknown.id());
        assertEquals("Hợp tác xã nông nghiệp", unknown.name());

        AgencyDirectory extended = new AgencyDirectory(normalizer, AgencyDirectory.parse(new ByteArrayInputStream(
                "htx | Hợp tác xã nông nghiệp | HTX NN; HTX nông nghiệp\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("htx", extended.resolve("HTX nông nghiệp").id());
    }

    private List<String> names(String cell) {
        return agencies.parseCell(cell).stream().map(AgencyRef::name).toList();
    }
}
