package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.parse.MonthParser;
import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.DateWindow;
import vn.troly.assistant.understand.ParsedQuestion;
import vn.troly.assistant.understand.PhraseSet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks dates: years and periods ("năm 2026", "gđ 2028-2030", "đến 2030"), which choose a row's period, and a window
 * stated in the question (a month, a quarter, "trước 31/12", "năm sau"), which a list of due rows is drawn from.
 * Dates are when, never what: their words leave the topic.
 */
public final class DateAnnotator implements Annotator {

    private static final String YEAR = "20[2-4]\\d";
    private static final PhraseSet PHRASES = new PhraseSet()
            .add("thang (\\d{1,2})( (nam )?" + YEAR + ")?", Kind.MONTH, s -> s)
            .add("quy (\\d|iv|iii|ii|i)( (nam )?" + YEAR + ")?", Kind.QUARTER, s -> s)
            .add("truoc (ngay )?\\d{1,2} \\d{1,2}( " + YEAR + ")?", Kind.UNTIL, s -> s)
            .add("(trong |den |vao |truoc )?(nam sau|nam toi|sang nam|nam nay|(cuoi|dau|giua|het) nam( nay| sau| " + YEAR + ")?)", Kind.YEAR_WORDS, s -> s)
            .add("(den |truoc |vao |trong )?(cuoi |dau |giua )?(thang|quy|tuan) (nay|toi|sau)", Kind.RELATIVE, s -> s)
            .add("(den |vao |trong |ngay )?(ngay )?\\d{1,2} \\d{1,2}(?! \\d)", Kind.DAY, s -> s)
            .add("((trong |cho |vao |o |den |tu )?(giai doan|gd|thoi ky|nam|den nam|tu nam|den het nam|muc tieu nam) )?"
                    + YEAR + "( (den|toi|va) )?( " + YEAR + ")?", Kind.YEARS, s -> s)
            // every phase at once: says which rows to take (all of them), never what they are about
            .add("(o |trong |cho |qua )?(ca|tat ca|moi|tung|cac|ca hai|ca 2|hai|2)( cac)? (giai doan|gd|thoi ky|moc)( (cua )?ke hoach)?", Kind.ALL_PERIODS, s -> s);
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b(" + YEAR + ")\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private enum Kind { MONTH, QUARTER, UNTIL, YEAR_WORDS, RELATIVE, DAY, YEARS, ALL_PERIODS }

    private final Clock clock;

    public DateAnnotator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void annotate(ParsedQuestion question) {
        LocalDate today = LocalDate.now(clock);
        List<PhraseSet.Match<Kind>> claimed = PHRASES.claim(question, ParsedQuestion.Label.DATE);
        claimed.sort(Comparator.comparingInt(PhraseSet.Match::from));
        Kind best = null;
        for (PhraseSet.Match<Kind> match : claimed) {
            String words = question.words(match.from(), match.to());
            Matcher years = FOUR_DIGITS.matcher(words);
            while (years.find()) {
                question.years().add(Integer.parseInt(years.group(1)));
            }
            DateWindow window = window(match.tag(), words, today);
            if (match.tag() == Kind.YEAR_WORDS && window != null) {
                question.years().add(window.from().getYear());
            }
            // the most precise window stated wins: "tháng 11" over "năm 2026"
            if (window != null && (best == null || match.tag().ordinal() < best.ordinal())) {
                best = match.tag();
                question.window(window);
            }
        }
    }

    /** "tháng này", "quý tới", "đến cuối tháng này", "tuần sau": a window counted from today. */
    private static DateWindow relative(String words, LocalDate today) {
        int ahead = words.endsWith("nay") ? 0 : 1;
        boolean until = words.startsWith("den") || words.startsWith("truoc");
        if (words.contains("tuan")) {
            int days = 7 * (ahead + 1);
            return new DateWindow(today, today.plusDays(days), DateWindow.Kind.SOON, String.valueOf(days));
        }
        if (words.contains("quy")) {
            LocalDate start = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * ahead);
            int quarter = (start.getMonthValue() - 1) / 3 + 1;
            return new DateWindow(until ? today : start, start.plusMonths(3).minusDays(1), DateWindow.Kind.QUARTER,
                    quarter + "/" + start.getYear());
        }
        LocalDate start = today.withDayOfMonth(1).plusMonths(ahead);
        return new DateWindow(until ? today : start, start.plusMonths(1).minusDays(1), DateWindow.Kind.MONTH,
                start.getMonthValue() + "/" + start.getYear());
    }

    /** The window a date states, or null for one that only chooses a period (a bare year, a relative phrase). */
    static DateWindow window(Kind kind, String words, LocalDate today) {
        String[] w = words.replaceAll("^\\D+", "").split(" ");
        Matcher year = FOUR_DIGITS.matcher(words);
        int y = year.find() ? Integer.parseInt(year.group(1)) : today.getYear();
        switch (kind) {
            case MONTH -> {
                return MonthParser.find(words, today.getYear()).map(m -> new DateWindow(m.atDay(1), m.atEndOfMonth(),
                        DateWindow.Kind.MONTH, m.getMonthValue() + "/" + m.getYear())).orElse(null);
            }
            case QUARTER -> {
                String q = words.split(" ")[1];
                int quarter = switch (q) {
                    case "i" -> 1;
                    case "ii" -> 2;
                    case "iii" -> 3;
                    case "iv" -> 4;
                    default -> Integer.parseInt(q);
                };
                if (quarter < 1 || quarter > 4) {
                    return null;
                }
                LocalDate from = LocalDate.of(y, quarter * 3 - 2, 1);
                return new DateWindow(from, from.plusMonths(3).minusDays(1), DateWindow.Kind.QUARTER, quarter + "/" + y);
            }
            case UNTIL -> {
                int day = Integer.parseInt(w[0]);
                int month = Integer.parseInt(w[1]);
                if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(y, month).lengthOfMonth()) {
                    return null;
                }
                LocalDate to = LocalDate.of(y, month, day);
                return new DateWindow(today, to, DateWindow.Kind.UNTIL, to.format(DAY));
            }
            case YEAR_WORDS -> {
                int next = year.find(0) ? y : words.contains("sau") || words.contains("toi") || words.contains("sang nam") ? today.getYear() + 1 : today.getYear();
                return new DateWindow(LocalDate.of(next, 1, 1), LocalDate.of(next, 12, 31), DateWindow.Kind.YEAR, String.valueOf(next));
            }
            case YEARS -> {
                return new DateWindow(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DateWindow.Kind.YEAR, String.valueOf(y));
            }
            case RELATIVE -> {
                return relative(words, today);
            }
            default -> {
                return null;
            }
        }
    }
}
