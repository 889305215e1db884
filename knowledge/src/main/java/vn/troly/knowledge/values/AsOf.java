package vn.troly.knowledge.values;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The day every status is computed at: today for live answers, the month's last day for a month's report. What was
 * known on that day is a value describing that day or earlier ({@code asOf} ≤ day) and recorded by the end of it; the
 * same figure reported twice for the same day is one report.
 *
 * @param day  the day
 * @param zone where the day begins and ends (the commune's time zone)
 */
public record AsOf(LocalDate day, ZoneId zone) {

    public AsOf {
        Objects.requireNonNull(day);
        Objects.requireNonNull(zone);
    }

    public static AsOf today(Clock clock) {
        return new AsOf(LocalDate.now(clock), clock.getZone());
    }

    /** A month is seen from its last day, or from today while it is not over. */
    public static AsOf endOf(YearMonth month, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = month.atEndOfMonth();
        return new AsOf(end.isAfter(today) ? today : end, clock.getZone());
    }

    /** The first instant after the day. */
    public Instant end() {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean knows(IndicatorValue v) {
        return !v.asOf().isAfter(day) && v.recordedAt().isBefore(end());
    }

    /**
     * The history as known on the day, latest first (as given), each figure once per day it describes: of repeated
     * reports of one figure for one day the first listed (the latest recorded) is kept.
     */
    public List<IndicatorValue> known(List<IndicatorValue> history) {
        List<IndicatorValue> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (IndicatorValue v : history) {
            if (knows(v) && seen.add(sameReport(v))) {
                out.add(v);
            }
        }
        return out;
    }

    /** What makes two reports the same report: one indicator, one day described, one figure. */
    static List<Object> sameReport(IndicatorValue v) {
        return Arrays.asList(v.indicatorId(), v.asOf(), v.value(), v.text());
    }
}
