package vn.troly.knowledge.values;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueValidatorTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final PlanLibrary LIBRARY = library();
    private final ValueValidator validator = new ValueValidator(LIBRARY, NORMALIZER,
            Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    private static PlanLibrary library() {
        AgencyDirectory agencies = AgencyDirectory.loadDefault(NORMALIZER);
        PlanLibrary library = new PlanLibrary(new PlanParser(NORMALIZER, agencies),
                KnowledgeIndex.inMemory(NORMALIZER, SynonymTable.loadDefault(NORMALIZER)), null);
        library.load(true, List.of());
        return library;
    }

    private static Indicator percentIndicator() {
        return LIBRARY.indicators("vinh-tru").stream().filter(i -> i.name().contains("5G")).findFirst().orElseThrow();
    }

    private ValueReport report(String id, String value, String asOf) {
        return new ValueReport(id, value, asOf, "Báo cáo", null, "Phòng VH-XH", "api");
    }

    @Test
    void acceptsVietnameseNumbers() throws Exception {
        String id = percentIndicator().id();
        assertEquals(62.5, validator.validate(report(id, "62,5", "2026-11-15")).value());
        assertEquals(62.5, validator.validate(report(id, "62.5%", "2026-11-15")).value());
        assertEquals(1000.0, ValueValidator.number("1.000").orElseThrow());
        assertEquals("%", validator.validate(report(id, "70", null)).unit());
    }

    @Test
    void takesADayAsTypedInVietnameseOrAsAComputerWritesIt() throws Exception {
        String id = percentIndicator().id();
        assertEquals(LocalDate.of(2026, 11, 15), validator.validate(report(id, "50", "15/11/2026")).asOf());
        assertEquals(LocalDate.of(2026, 11, 5), validator.validate(report(id, "50", "5/11/2026")).asOf());
        assertEquals(LocalDate.of(2026, 11, 15), validator.validate(report(id, "50", "2026-11-15")).asOf());
    }

    @Test
    void rejectsBadValuesWithVietnameseReasons() {
        String id = percentIndicator().id();
        assertCode("unknown_indicator", report("khong-co", "1", null));
        assertCode("not_a_number", report(id, "sáu mươi", null));
        assertCode("out_of_range", report(id, "150", null));
        assertCode("out_of_range", report(id, "-3", null));
        assertCode("future_date", report(id, "50", "2027-01-01"));
        assertCode("too_old", report(id, "50", "2019-12-31"));
        assertCode("bad_date", report(id, "50", "31/11/2026"));
        assertCode("bad_date", report(id, "50", "15.11.2026"));
        assertCode("missing_value", report(id, " ", null));
    }

    @Test
    void qualitativeIndicatorsTakeAStatus() throws Exception {
        Indicator qualitative = LIBRARY.indicators(null).stream().filter(ValueValidator::qualitative).findFirst().orElseThrow();
        assertEquals("Đã thực hiện", validator.validate(report(qualitative.id(), "có", null)).text());
        assertCode("expected_status", report(qualitative.id(), "80", null));
    }

    private void assertCode(String code, ValueReport report) {
        ValueRejectedException e = assertThrows(ValueRejectedException.class, () -> validator.validate(report));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().length() > 5);
    }
}
