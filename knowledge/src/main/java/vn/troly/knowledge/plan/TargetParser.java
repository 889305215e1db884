package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.Spaces;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a target as plans write it ("≥ 1,5", "Trên 90%", "Đạt tối thiểu 70%", "Duy trì") into a {@link Target}. */
public final class TargetParser {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)*)";
    private static final Pattern RANGE = Pattern.compile("^\\s*" + NUMBER + "\\s*(?:-|–|đến)\\s*" + NUMBER);
    private static final Pattern FIRST_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern AT_LEAST = Pattern.compile("(≥|>=|tối thiểu|ít nhất|trở lên|không thấp hơn|không dưới)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MORE_THAN = Pattern.compile("(^\\s*>|\\btrên\\b|\\bhơn\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A target stated inside an indicator's own text: after a colon, after "đạt", or leading "100% …". */
    private static final Pattern AFTER_COLON = Pattern.compile(
            ":\\s*((?:đạt\\s+)?(?:tối thiểu|ít nhất|trên)?\\s*(?:≥|>)?\\s*" + NUMBER + "\\s*%?)\\s*[.;]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AFTER_DAT = Pattern.compile(
            "\\b((?:đạt|tăng)\\s+(?:tối thiểu|ít nhất|trên)?\\s*" + NUMBER + "\\s*%)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEADING_PERCENT = Pattern.compile(
            "^\\s*(?:phấn đấu|phân đầu|bảo đảm|đảm bảo)?\\s*(" + NUMBER + "\\s*%)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final VietnameseNormalizer normalizer;

    public TargetParser(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Parses a target cell; null when the cell is empty. */
    public Target parse(String raw, String period, Target.Scope scope) {
        String text = normalizer.normalize(raw == null ? "" : raw).transform(Spaces::collapse);
        if (text.isEmpty()) {
            return null;
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            return new Target(period, scope, text, Comparator.RANGE, number(range.group(1)), number(range.group(2)));
        }
        Matcher first = FIRST_NUMBER.matcher(text);
        if (!first.find() || !looksNumeric(text, first)) {
            return new Target(period, scope, text, Comparator.QUALITATIVE, null, null);
        }
        Comparator comparator = AT_LEAST.matcher(text).find() ? Comparator.AT_LEAST
                : MORE_THAN.matcher(text).find() ? Comparator.MORE_THAN : Comparator.EQUAL;
        return new Target(period, scope, text, comparator, number(first.group(1)), null);
    }

    /** Finds a target written inside an indicator's name. */
    /**
     * A bare number whose comparator the indicator's own text gives ("Năng suất lao động hàng năm tăng tối thiểu" |
     * "5%" means at least 5%): the name's closing words decide.
     */
    public Target qualifiedByName(Target target, String name) {
        if (target.comparator() != Comparator.EQUAL || name == null) {
            return target;
        }
        String tail = normalizer.fold(name).replaceAll("[^a-z0-9 ]+", " ").strip();
        Comparator comparator = tail.matches(".*\\b(toi thieu|it nhat|tro len|khong duoi)$") ? Comparator.AT_LEAST
                : tail.matches(".*\\b(tren|hon|vuot)$") ? Comparator.MORE_THAN : null;
        return comparator == null ? target
                : new Target(target.period(), target.scope(), target.raw(), comparator, target.value(), target.max());
    }

    public Optional<Target> fromName(String name, String period) {
        String text = normalizer.normalize(name).transform(Spaces::collapse);
        for (Pattern pattern : new Pattern[]{AFTER_COLON, AFTER_DAT, LEADING_PERCENT}) {
            Matcher matcher = findLast(pattern, text);
            if (matcher != null) {
                String phrase = matcher.group(1).strip().replaceAll("[.;]$", "");
                return Optional.of(parse(phrase, period, Target.Scope.COMMUNE));
            }
        }
        return Optional.empty();
    }

    private static Matcher findLast(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        Matcher last = null;
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            last = pattern.matcher(text);
            last.find(matcher.start());
            from = matcher.start() + 1;
        }
        return last;
    }

    /**
     * A number counts as the target when it leads the text, or follows a comparator word; "Có ứng dụng AI …" or
     * "Cổng thông tin … Đề án 06" keep their numbers as words, not as targets.
     */
    private static boolean looksNumeric(String text, Matcher first) {
        String before = text.substring(0, first.start()).strip().toLowerCase();
        return before.isEmpty() || before.matches("(≥|>=|>|đạt|trên|đạt trên|tối thiểu|đạt tối thiểu|ít nhất|đạt ít nhất|tăng|tăng tối thiểu|khoảng)");
    }

    /** Vietnamese numbers: "1,5" is 1.5; "0.70" is 0.7; "1.000" is 1000. */
    static double number(String text) {
        String digits = text;
        if (digits.contains(",")) {
            digits = digits.replace(".", "").replace(',', '.');
        } else if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            digits = digits.replace(".", "");
        }
        return Double.parseDouble(digits);
    }
}
