package vn.troly.knowledge.values;

import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Comparator;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.text.PersonalData;
import vn.troly.knowledge.text.SafeText;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a reported value against its indicator: known indicator, a number (or a status), a sane range and date. */
public final class ValueValidator {

    private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("^\\s*([-+]?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|[-+]?\\d+(?:[.,]\\d+)?)\\s*(%|phần trăm)?\\s*$");

    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final Clock clock;

    public ValueValidator(PlanLibrary library, VietnameseNormalizer normalizer, Clock clock) {
        this.library = library;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /** A value ready to store, or a Vietnamese reason why not. */
    public IndicatorValue validate(ValueReport report) throws ValueRejectedException {
        if (report.indicatorId() == null || report.indicatorId().isBlank()) {
            throw new ValueRejectedException("unknown_indicator", "Thiếu mã chỉ tiêu.");
        }
        Indicator indicator = library.indicator(report.indicatorId()).orElseThrow(() -> new ValueRejectedException(
                "unknown_indicator", "Không có chỉ tiêu mã \"" + report.indicatorId() + "\" trong các kế hoạch đã nạp."));
        LocalDate asOf = asOf(report.asOf());
        String raw = report.value() == null ? "" : report.value().strip();
        if (raw.isEmpty()) {
            throw new ValueRejectedException("missing_value", "Thiếu giá trị cần báo cáo.");
        }
        if (report.reportedBy() == null || report.reportedBy().isBlank()) {
            throw new ValueRejectedException("missing_reporter", "Thiếu người báo cáo.");
        }
        Double number = null;
        String text = null;
        Optional<Double> parsed = number(raw);
        if (qualitative(indicator)) {
            if (parsed.isPresent()) {
                throw new ValueRejectedException("expected_status", "Chỉ tiêu \"" + indicator.name()
                        + "\" là chỉ tiêu định tính: hãy báo cáo trạng thái (ví dụ \"Đã thực hiện\", \"Chưa thực hiện\"), không phải con số.");
            }
            text = status(raw);
        } else {
            number = parsed.orElseThrow(() -> new ValueRejectedException("not_a_number", "Giá trị \"" + raw
                    + "\" không phải là số. Hãy ghi số, dùng dấu phẩy cho phần thập phân (ví dụ 62,5)."));
            if (percentage(indicator, raw) && (number < 0 || number > 100)) {
                throw new ValueRejectedException("out_of_range", "Tỷ lệ phải nằm trong khoảng 0–100%; giá trị "
                        + raw + " không hợp lệ.");
            }
            if (number < 0) {
                throw new ValueRejectedException("out_of_range", "Giá trị không được âm.");
            }
            if (SafeText.absurd(number)) {
                throw new ValueRejectedException("out_of_range", "Giá trị lớn bất thường; hãy kiểm tra lại con số.");
            }
        }
        return new IndicatorValue(0, indicator.id(), indicator.communeId(), number, text,
                percentage(indicator, raw) ? "%" : indicator.unit(), asOf, report.reportedBy().strip(),
                report.channel() == null ? "api" : report.channel(), PersonalData.mask(blankToNull(report.source())), PersonalData.mask(blankToNull(report.note())),
                false, Instant.now(clock));
    }

    /** "62,5", "62.5", "1.000", "62,5%" as numbers; null when the text is not a number. */
    public static Optional<Double> number(String raw) {
        Matcher m = NUMBER.matcher(raw);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        if (digits.matches("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            digits = digits.replace(".", "");
        }
        return Optional.of(Double.parseDouble(digits.replace(',', '.')));
    }

    /** An indicator all of whose targets are qualitative ("Duy trì", "Ứng dụng") takes a status, not a number. */
    public static boolean qualitative(Indicator indicator) {
        return !indicator.targets().isEmpty()
                && indicator.targets().stream().allMatch(t -> t.comparator() == Comparator.QUALITATIVE);
    }

    private static boolean percentage(Indicator indicator, String raw) {
        return raw.contains("%") || "%".equals(indicator.unit() == null ? null : indicator.unit().strip())
                || indicator.targets().stream().map(Target::raw).anyMatch(r -> r != null && r.contains("%"))
                || indicator.name().toLowerCase(Locale.ROOT).startsWith("tỷ lệ") || indicator.name().toLowerCase(Locale.ROOT).startsWith("tỉ lệ");
    }

    private String status(String raw) {
        String folded = normalizer.fold(raw);
        if (folded.matches("(co|roi|da xong|xong|hoan thanh|da hoan thanh|yes|dat)")) {
            return "Đã thực hiện";
        }
        if (folded.matches("(khong|chua|no|chua xong|chua dat)")) {
            return "Chưa thực hiện";
        }
        return raw.length() > 500 ? raw.substring(0, 500) : raw;
    }

    private LocalDate asOf(String text) throws ValueRejectedException {
        LocalDate today = LocalDate.now(clock);
        if (text == null || text.isBlank()) {
            return today;
        }
        LocalDate date;
        try {
            String t = text.strip();
            // as typed in a Vietnamese sheet or form (30/11/2026), or as a computer writes it (2026-11-30)
            date = t.contains("/") ? LocalDate.parse(t, TYPED_DAY) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ValueRejectedException("bad_date", "Ngày số liệu \"" + text + "\" không hợp lệ; hãy ghi dạng ngày/tháng/năm "
                    + "(ví dụ 30/11/2026) hoặc năm-tháng-ngày (2026-11-30).");
        }
        if (date.isAfter(today)) {
            throw new ValueRejectedException("future_date", "Ngày số liệu " + date + " nằm trong tương lai.");
        }
        if (date.isBefore(EARLIEST)) {
            throw new ValueRejectedException("too_old", "Ngày số liệu phải từ năm 2020 trở đi.");
        }
        return date;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
