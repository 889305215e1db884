package vn.troly.assistant.understand;

import vn.troly.assistant.prompt.Prompts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads intent, agency, years, date window and topic from a question, with the patterns of prompts/intents.yml. */
public final class IntentDetector {

    private static final Pattern YEAR = Pattern.compile("\\b(20[2-4]\\d)\\b");
    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2})(?:\\s*(?:/|-|nam)\\s*(20\\d{2}))?");
    private static final Pattern QUARTER = Pattern.compile("quy (\\d|iv|iii|ii|i)\\b(?:\\s*(?:/|-|nam)\\s*(20\\d{2}))?");
    /** "trước 31/12", "trước ngày 30/11/2026": everything due from today up to that day. */
    private static final Pattern UNTIL = Pattern.compile("truoc (?:ngay )?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(20\\d{2}))?");
    /** "năm sau", "năm nay", "cuối năm": a year said in words rather than in figures. */
    private static final Pattern YEAR_WORDS = Pattern.compile("\\b(nam (sau|toi)|sang nam|nam nay|cuoi nam)\\b");
    private static final Pattern SOON = Pattern.compile("sap (den|het|toi) han|sap phai (xong|hoan thanh)|trong (\\d+) ngay toi|thang toi|sap toi");
    private static final Pattern OVERDUE = Pattern.compile("qua han|tre han|het han ma chua|cham tien do|da het han");
    private static final int SOON_DAYS = 60;
    /**
     * A target value quoted in the question: a decimal ("0.70", "1,5"), a percentage, or a number after "đạt"/"tối
     * thiểu" that names no thing ("đạt 100", but not "5G" or "14 tuổi").
     */
    private static final Pattern TARGET_VALUE = Pattern.compile("(?:(?<![a-z])(?:dat|muc|toi thieu|it nhat|tren|>=|≥|>)\\s*)*"
            + "(?:\\b\\d+[.,]\\d+\\b\\s*(?:%|phan tram)?|\\b\\d+\\s*(?:%|phan tram\\b))"
            + "|\\b(?:dat|toi thieu|it nhat)\\s+\\d+\\b(?!\\s*(?:[a-z]|%))");

    private final Map<Intent, List<Pattern>> intents = new LinkedHashMap<>();
    private final List<Pattern> strip = new ArrayList<>();
    private final List<Pattern> keep = new ArrayList<>();
    private final List<Pattern> citizenFirst = new ArrayList<>();
    private final AgencyMentions agencies;
    private final Clock clock;

    @SuppressWarnings("unchecked")
    public IntentDetector(AgencyMentions agencies, vn.troly.knowledge.text.VietnameseNormalizer normalizer, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
        Map<String, Object> yaml = Prompts.yaml("intents.yml");
        for (Map<String, Object> intent : (List<Map<String, Object>>) yaml.get("intents")) {
            intents.put(Intent.of((String) intent.get("name")),
                    ((List<String>) intent.get("patterns")).stream().map(normalizer::foldPattern).map(IntentDetector::wholeWords).toList());
        }
        for (String pattern : (List<String>) yaml.getOrDefault("citizen_first", List.of())) {
            citizenFirst.add(wholeWords(normalizer.foldPattern(pattern)));
        }
        for (String phrase : (List<String>) yaml.getOrDefault("keep", List.of())) {
            keep.add(wholeWords(normalizer.foldPattern(phrase)));
        }
        for (String phrase : (List<String>) yaml.get("strip")) {
            strip.add(Pattern.compile("\\b(" + normalizer.foldPattern(phrase) + ")\\b"));
        }
    }

    /** A yes/no check of a claim ("… phải không?", "có phải … không", "đúng không"). */
    private static final Pattern CHECK = Pattern.compile("\\b(phai khong|dung khong|phai ko|dung ko|co phai|phai chu|dung chu|dung vay khong)\\b");

    /**
     * @param folded the question folded, with the commune mention already removed
     */
    public Understanding understand(String folded) {
        String text = agencies.key(folded);
        Intent intent = intent(text);
        AgencyMentions.Mention agency = agencies.find(text).orElse(null);
        List<Integer> years = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        DateWindow window = intent == Intent.DUE ? window(text) : null;
        // a figure the question quotes ("đạt 0.70", "trên 80%") is the row's target, not words of its name
        String topic = agencies.key(TARGET_VALUE.matcher(folded).replaceAll(" "));
        if (agency != null && (intent == Intent.PORTFOLIO || intent == Intent.RESPONSIBILITY || intent == Intent.DUE
                || intent == Intent.SUMMARY)) {
            topic = (" " + topic + " ").replace(" " + agency.words() + " ", " ");
        }
        topic = topic.replaceAll("\\b(giai doan |den nam |nam |den )?20[2-4]\\d(\\s*-\\s*20[2-4]\\d)?\\b", " ");
        topic = topic.replaceAll("\\b(thang|quy) \\d{1,2}\\b", " ");
        for (Pattern p : keep) {
            topic = p.matcher(topic).replaceAll(m -> m.group().replace(' ', '_'));
        }
        for (Pattern p : strip) {
            // kept tidy after each phrase, so that a phrase may anchor on the whole remaining topic (^…$)
            topic = p.matcher(topic).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        topic = topic.replace('_', ' ').replaceAll("\\s+", " ").strip();
        if (agency != null && (intent == Intent.LEAD || intent == Intent.COORDINATING || intent == Intent.INFO)) {
            // "Những chỉ tiêu nào do Công an xã chủ trì?": once the agency is taken out, nothing is left to look up
            if (withoutAgency(topic, agency).isEmpty()) {
                return new Understanding(Intent.PORTFOLIO, "", agency.agency(), years, null);
            }
        }
        if (agency != null && CHECK.matcher(text).find() && (intent == Intent.PORTFOLIO || intent == Intent.LEAD
                || intent == Intent.COORDINATING || intent == Intent.INFO)) {
            // "Chữ ký số do Phòng Kinh tế chủ trì phải không?": a claim to check about one row; the answer names who
            // really leads (or coordinates), so the claimed agency is neither a filter nor part of the topic
            String rest = withoutAgency(topic, agency).replaceAll("\\bla\\b", " ").replaceAll("\\s+", " ").strip();
            if (!rest.isEmpty()) {
                return new Understanding(text.contains("phoi hop") ? Intent.COORDINATING : Intent.LEAD, rest, null, years, null);
            }
        }
        return new Understanding(intent, topic, agency == null ? null : agency.agency(), years, window);
    }

    /** The topic without the agency it names and the words that tie them ("do Công an xã", "của Phòng Kinh tế"). */
    private static String withoutAgency(String topic, AgencyMentions.Mention agency) {
        return (" " + topic + " ").replace(" " + agency.words() + " ", " ").replaceAll("\\b(do|cua|boi)\\b", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** Every agency a text names (a plan section's heading, for instance). */
    public List<vn.troly.knowledge.agency.Agency> agenciesIn(String text) {
        return agencies.findAll(text);
    }

    /** Only the intent (used for follow-ups that carry no topic). */
    public Intent intent(String text) {
        // "chỉ tiêu nào đang chậm?" asks for a list, like "những chỉ tiêu": plan-wide intents stay possible
        boolean aboutRow = text.contains("chi tieu") && !text.matches(".*\\b(nhung|cac|bao nhieu|may|tong so|nhieu) chi tieu\\b.*")
                && !text.matches(".*\\bchi tieu (nao|gi)\\b.*")
                // "phòng nào đang có chỉ tiêu chậm?" asks which offices, not about one row
                && !text.matches(".*\\b(phong|co quan|don vi|bo phan) nao\\b.*");
        if (!aboutRow && citizenFirst.stream().anyMatch(p -> p.matcher(text).find())) {
            return Intent.CITIZEN;
        }
        for (Map.Entry<Intent, List<Pattern>> entry : intents.entrySet()) {
            if (aboutRow && PLAN_WIDE.contains(entry.getKey())) {
                continue;
            }
            // "cơ quan chủ trì đầu mối chuyển đổi số" asks who leads a row, not what the plan's body says
            if (entry.getKey() == Intent.RESPONSIBILITY && LEAD_CUE.matcher(text).find()) {
                continue;
            }
            if (entry.getValue().stream().anyMatch(p -> p.matcher(text).find())) {
                return entry.getKey();
            }
        }
        return Intent.INFO;
    }

    private static final Pattern LEAD_CUE = Pattern.compile("\\b(chu tri|phu trach)\\b");
    private static final java.util.Set<Intent> PLAN_WIDE = java.util.Set.of(Intent.PLAN_INFO, Intent.RESPONSIBILITY, Intent.SUMMARY,
            Intent.REPORTING);

    /** "hai long" must not match "ai lo": patterns match at word boundaries. */
    private static Pattern wholeWords(String pattern) {
        return Pattern.compile("(?<![a-z0-9])(?:" + pattern + ")(?![a-z0-9])");
    }

    private DateWindow window(String text) {
        LocalDate today = LocalDate.now(clock);
        if (OVERDUE.matcher(text).find()) {
            return new DateWindow(LocalDate.MIN, today.minusDays(1), DateWindow.Kind.OVERDUE, "");
        }
        Matcher m = MONTH.matcher(text);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : today.getYear();
            if (month >= 1 && month <= 12) {
                LocalDate from = LocalDate.of(year, month, 1);
                return new DateWindow(from, from.plusMonths(1).minusDays(1), DateWindow.Kind.MONTH, month + "/" + year);
            }
        }
        Matcher q = QUARTER.matcher(text);
        if (q.find()) {
            int quarter = switch (q.group(1)) {
                case "i" -> 1;
                case "ii" -> 2;
                case "iii" -> 3;
                case "iv" -> 4;
                default -> Integer.parseInt(q.group(1));
            };
            int year = q.group(2) != null ? Integer.parseInt(q.group(2)) : today.getYear();
            if (quarter >= 1 && quarter <= 4) {
                LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
                return new DateWindow(from, from.plusMonths(3).minusDays(1), DateWindow.Kind.QUARTER, quarter + "/" + year);
            }
        }
        Matcher until = UNTIL.matcher(text);
        if (until.find()) {
            int day = Integer.parseInt(until.group(1));
            int month = Integer.parseInt(until.group(2));
            int year = until.group(3) != null ? Integer.parseInt(until.group(3)) : today.getYear();
            if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
                LocalDate to = LocalDate.of(year, month, day);
                return new DateWindow(today, to, DateWindow.Kind.UNTIL, to.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            }
        }
        Matcher s = SOON.matcher(text);
        if (s.find()) {
            int days = s.group(3) != null ? Math.min(366, Integer.parseInt(s.group(3))) : SOON_DAYS;
            return new DateWindow(today, today.plusDays(days), DateWindow.Kind.SOON, String.valueOf(days));
        }
        Matcher y = YEAR.matcher(text);
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            return new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DateWindow.Kind.YEAR, String.valueOf(year));
        }
        Matcher words = YEAR_WORDS.matcher(text);
        if (words.find()) {
            int year = words.group(2) != null || words.group(1).equals("sang nam") ? today.getYear() + 1 : today.getYear();
            return new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DateWindow.Kind.YEAR, String.valueOf(year));
        }
        return new DateWindow(today, today.plusDays(SOON_DAYS), DateWindow.Kind.SOON, String.valueOf(SOON_DAYS));
    }
}
