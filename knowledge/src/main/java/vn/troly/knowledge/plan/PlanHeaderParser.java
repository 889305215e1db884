package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.Spaces;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads who issued a plan, its number, date, title and signer from the administrative header and signature. */
public final class PlanHeaderParser {

    private static final String NAME = "\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*){0,3}";
    private static final Pattern COMMUNE_HEADER = Pattern.compile("^(?:UBND\\s+)?XÃ\\s+(\\p{Lu}[\\p{Lu}\\s]+)$");
    private static final Pattern COMMUNE_TEXT = Pattern.compile("(?:xã|Xã)\\s+(" + NAME + ")");
    private static final Pattern COMMUNE_ISSUER = Pattern.compile("(?:[Ủủ]y ban nhân dân|UBND)\\s+xã\\s+(" + NAME + ")");
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\d*\\s*/\\s*[\\p{Lu}Đ]+(?:-[\\p{Lu}Đ]+)*)", Pattern.MULTILINE);
    /** The appendix caption repeats the number: "(Kèm theo Kế hoạch số 35/KH-UBND ngày …)". */
    private static final Pattern ATTACHED_NUMBER = Pattern.compile("Kèm theo Kế hoạch số\\s*:?\\s*(\\d*\\s*/\\s*[\\p{Lu}Đ]+(?:-[\\p{Lu}Đ]+)*)");
    private static final Pattern DATE_WORDS = Pattern.compile("ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");
    private static final Pattern DATE_SLASH = Pattern.compile("ngày\\s*(\\d{1,2})?\\s*/\\s*(\\d{1,2})?\\s*/\\s*(\\d{4})");
    private static final Pattern PROVINCE = Pattern.compile("(?:tỉnh|Tỉnh|thành phố|Thành phố)\\s+(" + NAME + ")");
    private static final Pattern PERIOD_RANGE = Pattern.compile("(20\\d{2})\\s*[-–]\\s*(20\\d{2})");
    private static final Pattern PERIOD_YEAR = Pattern.compile("năm\\s+(20\\d{2})");
    private static final Pattern MARKDOWN = Pattern.compile("^[#>\\s]+|\\*\\*|__|\\s+$");
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){1,4}$");

    private final VietnameseNormalizer normalizer;

    public PlanHeaderParser(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** What the header says. */
    public record Header(String commune, String province, String number, PlanDate date, String title, String signer,
                         String period) {
    }

    public Header parse(PlanText text, int bodyEnd) {
        List<String> lines = text.lines().stream().map(l -> TableReader.hasMarkup(l) ? MARKDOWN.matcher(normalizer.normalize(l)).replaceAll("").strip() : normalizer.normalize(l).strip()).toList();
        String all = String.join("\n", lines);
        String title = title(lines);
        String commune = communeFromHeader(lines)
                .or(() -> first(COMMUNE_TEXT, title))
                .or(() -> first(COMMUNE_ISSUER, all))
                .orElse(null);
        String number = first(NUMBER, all).or(() -> first(ATTACHED_NUMBER, all)).map(n -> n.replaceAll("\\s+", "")).orElse(null);
        PlanDate date = date(lines);
        String province = mostFrequent(PROVINCE, all);
        String period = first(PERIOD_RANGE, title == null ? "" : title).isPresent()
                ? rangeOf(title) : first(PERIOD_YEAR, title == null ? "" : title).orElse(null);
        return new Header(commune, province, number, date, title, signer(lines, bodyEnd), period);
    }

    private Optional<String> communeFromHeader(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            Matcher matcher = COMMUNE_HEADER.matcher(lines.get(i));
            if (matcher.matches()) {
                return Optional.of(titleCase(matcher.group(1).strip()));
            }
        }
        return Optional.empty();
    }

    /** "KẾ HOẠCH" followed by its subject, on the same line or the next ones. */
    private String title(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String line = lines.get(i);
            if (!line.startsWith("KẾ HOẠCH")) {
                continue;
            }
            StringBuilder subject = new StringBuilder(line.substring("KẾ HOẠCH".length()).strip());
            for (int j = i + 1; j < lines.size() && subject.length() < 300; j++) {
                String next = lines.get(j);
                if (next.isEmpty()) {
                    if (subject.isEmpty()) {
                        continue;
                    }
                    // A subject may wrap onto a second line right after the first.
                    if (j + 1 < lines.size() && !lines.get(j + 1).isEmpty() && continuesTitle(lines.get(j + 1))) {
                        continue;
                    }
                    break;
                }
                if (next.startsWith("Căn cứ") || next.startsWith("Thực hiện")) {
                    break;
                }
                if (!subject.isEmpty()) {
                    subject.append(' ');
                }
                subject.append(next);
            }
            return subject.isEmpty() ? "Kế hoạch" : "Kế hoạch " + subject.toString().transform(Spaces::collapse);
        }
        return null;
    }

    private static boolean continuesTitle(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    private PlanDate date(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 20); i++) {
            // "Bình Giang, ngày" / "tháng 04 năm 2026" may be split over two lines.
            String line = lines.get(i);
            if (!line.contains("ngày")) {
                continue;
            }
            String joined = line;
            for (int j = i + 1; j < Math.min(lines.size(), i + 4) && !joined.matches(".*\\d{4}.*"); j++) {
                joined = joined + " " + lines.get(j);
            }
            joined = joined.transform(Spaces::collapse);
            for (Pattern pattern : List.of(DATE_WORDS, DATE_SLASH)) {
                Matcher matcher = pattern.matcher(joined);
                if (matcher.find()) {
                    int comma = joined.indexOf(',');
                    String raw = comma >= 0 && comma < matcher.start() ? joined.substring(comma + 1).strip() : matcher.group();
                    return new PlanDate(raw, integer(matcher.group(1)), integer(matcher.group(2)), integer(matcher.group(3)));
                }
            }
        }
        Matcher attached = DATE_SLASH.matcher(String.join(" ", lines));
        if (attached.find()) {
            return new PlanDate(attached.group(), integer(attached.group(1)), integer(attached.group(2)), integer(attached.group(3)));
        }
        return null;
    }

    /** The name under "CHỦ TỊCH" in the signature block. */
    private String signer(List<String> lines, int bodyEnd) {
        int end = bodyEnd > 0 ? Math.min(bodyEnd - 1, lines.size()) : lines.size();
        for (int i = end - 1; i >= 0; i--) {
            if (!lines.get(i).endsWith("CHỦ TỊCH")) {
                continue;
            }
            for (int j = i + 1; j < end; j++) {
                String line = lines.get(j);
                if (line.isEmpty()) {
                    continue;
                }
                return PERSON.matcher(line).matches() ? line : null;
            }
            return null;
        }
        return null;
    }

    private static String rangeOf(String text) {
        Matcher matcher = PERIOD_RANGE.matcher(text);
        return matcher.find() ? matcher.group(1) + "-" + matcher.group(2) : null;
    }

    private static Optional<String> first(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static String mostFrequent(Pattern pattern, String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            counts.merge(matcher.group(1).strip(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Integer integer(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(new Locale("vi")).split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word.substring(Character.charCount(word.codePointAt(0))));
        }
        return out.toString();
    }
}
