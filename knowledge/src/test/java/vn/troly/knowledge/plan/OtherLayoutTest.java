package vn.troly.knowledge.plan;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans laid out unlike the samples: other column order, extra columns, a row split over a page, .docx. */
class OtherLayoutTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final PlanParser parser = new PlanParser(normalizer, AgencyDirectory.loadDefault(normalizer));

    @Test
    void readsReorderedColumnsExtraColumnsAndASplitRow() throws Exception {
        Plan plan = parse("/plans/hoa-an-other-layout.txt");

        assertEquals("cao-bang/hoa-an", plan.communeId());
        assertEquals("Hòa An", plan.commune());
        assertEquals("Cao Bằng", plan.province());
        assertEquals("12/KH-UBND", plan.number());
        assertEquals(15, plan.date().day());
        assertEquals(5, plan.date().month());
        assertEquals(5, plan.indicators().size());
        assertEquals(2, plan.tasks().size());

        Indicator first = plan.indicators().get(0);
        assertEquals("1", first.source().stt());
        assertEquals("Phụ lục số 1", first.source().appendix());
        assertEquals(List.of("Dịch vụ công"), first.source().groups());
        assertEquals(List.of("Trung tâm Phục vụ hành chính công xã"), names(first.lead()));
        assertEquals(List.of("Văn phòng HĐND và UBND xã", "Công an xã"), names(first.coordinating()));
        assertEquals(1, first.targets().size(), "the code column is not a target");
        assertEquals(Comparator.AT_LEAST, first.targets().get(0).comparator());
        assertEquals(90.0, first.targets().get(0).value());
        assertEquals("2027", first.targets().get(0).period());
        assertEquals(Deadline.Kind.QUARTER, first.deadline().kind());
        assertEquals(LocalDate.of(2027, 9, 30), first.deadline().end());

        Indicator twoLeads = plan.indicators().get(1);
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế"), names(twoLeads.lead()),
                "unaccented and misspelt agency names resolve");
        assertEquals(Comparator.MORE_THAN, twoLeads.targets().get(0).comparator());

        Indicator split = plan.indicators().get(2);
        assertTrue(split.name().endsWith("mức độ 2 được kích hoạt và sử dụng"), split.name());
        assertEquals(80.5, split.targets().get(0).value(), "decimal comma");
        assertEquals(LocalDate.of(2027, 11, 30), split.deadline().end());
        assertTrue(split.source().endLine() > split.source().startLine());

        Indicator html = plan.indicators().get(3);
        assertEquals("Số trạm BTS 4G/5G lắp mới trên địa bàn xã", html.name());
        assertEquals("trạm", html.unit());
        assertTrue(html.deadline().recurring());

        Indicator inName = plan.indicators().get(4);
        assertEquals(Comparator.AT_LEAST, inName.targets().get(0).comparator());
        assertEquals(60.0, inName.targets().get(0).value(), "target read from the indicator text");

        Task task = plan.tasks().get(0);
        assertEquals(Task.Kind.TASK, task.kind());
        assertEquals(List.of("Trung tâm Dịch vụ sự nghiệp công xã"), names(task.lead()));
        assertEquals("Chuyên mục", task.output());
        assertEquals("Ngân sách xã", task.funding());
        assertEquals(LocalDate.of(2027, 3, 31), task.deadline().end());

        assertTrue(plan.sections().stream().anyMatch(s -> s.heading().equals("Phòng Văn hóa - Xã hội")
                && s.text().contains("đầu mối tổng hợp")));
    }

    @Test
    void readsADocxPlan() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 7/KH-UBND", "Tân Lập, ngày 3 tháng 2 năm 2026",
                    "KẾ HOẠCH", "Chuyển đổi số xã Tân Lập năm 2026", "I. MỤC TIÊU", "Phát triển chính quyền số.", "Phụ lục I")) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(3, 5);
            fill(table.getRow(0), "STT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Năm 2026");
            fill(table.getRow(1), "1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "TTPVHCC", "Phòng VH-XH", "≥ 50%");
            fill(table.getRow(2), "2", "Tỷ lệ người dân có chữ ký số", "Công an xã", "", "30%");
            document.write(out);
            docx = out.toByteArray();
        }
        Plan plan = parser.parse("tan-lap.docx", docx);
        assertEquals("tan-lap", plan.communeId());
        assertEquals("7/KH-UBND", plan.number());
        assertEquals(2, plan.indicators().size());
        Indicator first = plan.indicators().get(0);
        assertEquals(List.of("Trung tâm Phục vụ hành chính công xã"), names(first.lead()));
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), names(first.coordinating()));
        assertEquals(50.0, first.targets().get(0).value());
        assertEquals("2026", first.targets().get(0).period());
    }

    @Test
    void rejectsFilesThatAreNotPlansWithAVietnameseMessage() {
        PlanParseException empty = assertThrows(PlanParseException.class, () -> parser.parse("x.txt", new byte[0]));
        assertTrue(empty.getMessage().contains("rỗng"));
        PlanParseException broken = assertThrows(PlanParseException.class,
                () -> parser.parse("broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().contains("Không đọc được tệp Word"));
        PlanParseException binary = assertThrows(PlanParseException.class,
                () -> parser.parse("binary.txt", new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2}));
        assertTrue(binary.getMessage().contains("UTF-8"));
        PlanParseException noTable = assertThrows(PlanParseException.class, () -> parser.parse("prose.txt",
                "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nKẾ HOẠCH\nChuyển đổi số\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noTable.getMessage().contains("Không tìm thấy bảng"));
        PlanParseException odt = assertThrows(PlanParseException.class, () -> parser.parse("plan.odt", new byte[]{1}));
        assertTrue(odt.getMessage().contains(".pdf"), odt.getMessage());
        PlanParseException pdf = assertThrows(PlanParseException.class, () -> parser.parse("plan.pdf", new byte[]{1}));
        assertTrue(pdf.getMessage().contains("Không đọc được tệp PDF"), pdf.getMessage());
    }

    @Test
    void sampleHeadersAreRead() throws Exception {
        Plan vinhTru = parse("/corpus/vinh-tru.txt");
        assertEquals("35/KH-UBND", vinhTru.number());
        assertEquals(8, vinhTru.date().day());
        assertEquals(4, vinhTru.date().month());
        assertEquals("Nguyễn Kim Cương", vinhTru.signer());
        assertEquals("Ninh Bình", vinhTru.province());
        assertEquals("Kế hoạch Chuyển đổi số xã Vĩnh Trụ năm 2026", vinhTru.title());

        Plan duongHuu = parse("/corpus/duong-huu.txt");
        assertEquals("/KH-UBND", duongHuu.number(), "a draft number stays blank");
        assertNull(duongHuu.date().day());
        assertEquals(3, duongHuu.date().month());
        assertEquals("Khúc Văn Sinh", duongHuu.signer());

        Plan loiBac = parse("/corpus/loi-bac.txt");
        assertEquals("136/KH-UBND", loiBac.number(), "read from the appendix caption when there is no header");
        assertEquals(29, loiBac.date().day());
    }

    @Test
    void phasesOfOneIndicatorShareASeries() throws Exception {
        Plan plan = parse("/corpus/duong-huu.txt");
        List<Indicator> satisfaction = plan.indicators().stream()
                .filter(i -> i.name().startsWith("Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng")).toList();
        assertEquals(2, satisfaction.size());
        assertEquals(satisfaction.get(0).seriesId(), satisfaction.get(1).seriesId());
        assertEquals("2026-2027", satisfaction.get(0).targets().get(0).period());
        assertEquals("2028-2030", satisfaction.get(1).targets().get(0).period());
        long distinctIds = plan.indicators().stream().map(Indicator::id).distinct().count();
        assertEquals(plan.indicators().size(), distinctIds);
    }

    private Plan parse(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return parser.parse(name, Objects.requireNonNull(in, resource).readAllBytes());
        }
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }

    private static List<String> names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).toList();
    }
}
