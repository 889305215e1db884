package vn.troly.knowledge.plan;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetAndDeadlineParserTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final TargetParser targets = new TargetParser(normalizer);
    private final DeadlineParser deadlines = new DeadlineParser(normalizer);

    @Test
    void aBareNumberTakesItsComparatorFromTheIndicatorText() {
        Target bare = targets.parse("5%", "2026-2027", Target.Scope.COMMUNE);
        assertEquals(Comparator.AT_LEAST, targets.qualifiedByName(bare, "Tỷ lệ Năng suất lao động hàng năm tăng tối thiểu").comparator());
        assertEquals(Comparator.MORE_THAN, targets.qualifiedByName(bare, "Tỷ lệ hộ có Internet đạt trên").comparator());
        assertEquals(Comparator.EQUAL, targets.qualifiedByName(bare, "Tỷ lệ hồ sơ được số hóa").comparator());
        Target explicit = targets.parse("≥ 5%", null, Target.Scope.COMMUNE);
        assertEquals(Comparator.AT_LEAST, targets.qualifiedByName(explicit, "Tỷ lệ … trên").comparator());
    }

    @Test
    void comparatorsAndVietnameseNumbers() {
        assertTarget("≥ 1,5", Comparator.AT_LEAST, 1.5);
        assertTarget("≥35", Comparator.AT_LEAST, 35);
        assertTarget("Trên 90%", Comparator.MORE_THAN, 90);
        assertTarget("Đạt trên 1%", Comparator.MORE_THAN, 1);
        assertTarget("60%.", Comparator.EQUAL, 60);
        assertTarget("100", Comparator.EQUAL, 100);
        assertTarget("Đạt tối thiểu 0.70", Comparator.AT_LEAST, 0.7);
        assertTarget("100% hệ thống thông tin được phê duyệt cấp độ", Comparator.EQUAL, 100);
        assertTarget("Duy trì", Comparator.QUALITATIVE, null);
        assertTarget("Có ứng dụng AI phục vụ người dân", Comparator.QUALITATIVE, null);
        Target range = targets.parse("1- 2 người", "2026", Target.Scope.COMMUNE);
        assertEquals(Comparator.RANGE, range.comparator());
        assertEquals(1.0, range.value());
        assertEquals(2.0, range.max());
        assertNull(targets.parse("  ", null, Target.Scope.COMMUNE));
    }

    @Test
    void targetsInsideIndicatorText() {
        assertEquals(70.0, targets.fromName("Tỷ lệ phủ sóng 5G trên dân số: Đạt tối thiểu 70%", "2026").orElseThrow().value());
        assertEquals(Comparator.AT_LEAST,
                targets.fromName("Tỷ lệ … làm chủ kỹ năng số đạt tối thiểu 90%", "2026").orElseThrow().comparator());
        assertEquals(100.0, targets.fromName("100% nhiệm vụ UBND tỉnh giao được theo dõi", "2026").orElseThrow().value());
        assertEquals(100.0, targets.fromName("Phấn đấu 100% các cơ quan nhà nước có mạng LAN", "2026").orElseThrow().value());
        assertEquals(95.0, targets.fromName("Tỷ lệ khai thác dữ liệu đạt tối thiểu 95%;", "2026").orElseThrow().value());
        assertTrue(targets.fromName("Tỷ lệ dân số có chữ ký số", "2026").isEmpty());
    }

    @Test
    void deadlineShapes() {
        assertDeadline("Tháng 12/2026", Deadline.Kind.MONTH, LocalDate.of(2026, 12, 31));
        assertDeadline("tháng 11 năm 2026", Deadline.Kind.MONTH, LocalDate.of(2026, 11, 30));
        assertDeadline("Quý II năm 2026", Deadline.Kind.QUARTER, LocalDate.of(2026, 6, 30));
        assertDeadline("Quý 4/2027", Deadline.Kind.QUARTER, LocalDate.of(2027, 12, 31));
        assertDeadline("Năm 2026", Deadline.Kind.YEAR, LocalDate.of(2026, 12, 31));
        assertDeadline("2026-2030", Deadline.Kind.RANGE, LocalDate.of(2030, 12, 31));
        assertDeadline("Trước ngày 30/6/2026", Deadline.Kind.DATE, LocalDate.of(2026, 6, 30));
        assertDeadline("Thường xuyên", Deadline.Kind.RECURRING, null);
        assertDeadline("Theo Kế hoạch UBND tỉnh", Deadline.Kind.TEXT, null);
    }

    private void assertTarget(String raw, Comparator comparator, Number value) {
        Target target = targets.parse(raw, "2026", Target.Scope.COMMUNE);
        assertEquals(comparator, target.comparator(), raw);
        assertEquals(value == null ? null : value.doubleValue(), target.value(), raw);
    }

    private void assertDeadline(String raw, Deadline.Kind kind, LocalDate end) {
        Deadline deadline = deadlines.parse(raw);
        assertEquals(kind, deadline.kind(), raw);
        assertEquals(end, deadline.end(), raw);
    }
}
