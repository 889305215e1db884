package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.Spaces;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads deadline cells ("Tháng 12/2026", "Quý III/2026", "2026-2030", "Thường xuyên") into a {@link Deadline}. */
public final class DeadlineParser {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?:thang\\s*)?(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy\\s*(i{1,3}|iv|[1-4])\\s*(?:/|nam)?\\s*(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:-|den|toi)\\s*(?:nam\\s*)?(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2})\\b");
    private static final Pattern RECURRING = Pattern.compile("thuong xuyen|hang nam|hang thang|hang quy|dinh ky|lien tuc|hang tuan");

    private final VietnameseNormalizer normalizer;

    public DeadlineParser(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Parses a deadline cell; null when empty. */
    public Deadline parse(String raw) {
        String text = normalizer.normalize(raw == null ? "" : raw).transform(Spaces::collapse);
        if (text.isEmpty()) {
            return null;
        }
        String folded = normalizer.fold(text);
        Matcher m;
        if ((m = DATE.matcher(folded)).find()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return new Deadline(text, Deadline.Kind.DATE, null, date);
        }
        if ((m = QUARTER.matcher(folded)).find()) {
            int quarter = quarter(m.group(1));
            int year = Integer.parseInt(m.group(2));
            YearMonth last = YearMonth.of(year, quarter * 3);
            return new Deadline(text, Deadline.Kind.QUARTER, YearMonth.of(year, quarter * 3 - 2).atDay(1), last.atEndOfMonth());
        }
        if ((m = MONTH.matcher(folded)).find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return new Deadline(text, Deadline.Kind.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        if ((m = YEAR_RANGE.matcher(folded)).find()) {
            return new Deadline(text, Deadline.Kind.RANGE, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
        }
        if (RECURRING.matcher(folded).find()) {
            return new Deadline(text, Deadline.Kind.RECURRING, null, null);
        }
        if ((m = YEAR.matcher(folded)).find()) {
            int year = Integer.parseInt(m.group(1));
            return new Deadline(text, Deadline.Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return new Deadline(text, Deadline.Kind.TEXT, null, null);
    }

    /** The deadline a period implies when a table has no deadline column: its last day. */
    public Deadline fromPeriod(String period) {
        if (period == null) {
            return null;
        }
        Deadline parsed = parse(period);
        return parsed == null || parsed.end() == null ? null : parsed;
    }

    private static int quarter(String text) {
        return switch (text) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
