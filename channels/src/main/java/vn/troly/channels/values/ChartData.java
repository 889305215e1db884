package vn.troly.channels.values;

import vn.troly.knowledge.values.CommuneSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the summary chart shows: each row with a value and a numeric target as a share of that target (so an index of
 * 0,70 and a 5% target never share an axis), furthest behind first; rows that cannot be drawn are counted, not drawn.
 *
 * @param bars     the rows drawn, lowest share first
 * @param counts   indicators per status code, all of them (the summary's counts)
 * @param notDrawn rows without a value or a numeric target
 */
public record ChartData(List<Bar> bars, Map<String, Long> counts, int notDrawn) {

    /** The longest short name on a label; the STT says which row it is. */
    static final int NAME_CHARS = 34;
    /** Shares above this are drawn at it: 300% of a target says all there is to say. */
    static final double MAX_SHARE = 150;

    /**
     * One bar.
     *
     * @param label  "2.1 Phủ sóng 5G trên dân số (2026)": the plan's STT, a short name, the phase when the plan has
     *               several for the same row
     * @param status the row's status code
     * @param share  the value as a percentage of the target, at most {@link #MAX_SHARE}
     */
    public record Bar(String label, String status, double share) {
    }

    public static ChartData of(CommuneSummary summary) {
        // two phases of one row share its STT and name: only the period tells their bars apart
        Map<String, Long> names = new LinkedHashMap<>();
        summary.rows().forEach(r -> names.merge(r.stt() + " " + shortName(r.name()), 1L, Long::sum));
        List<Bar> bars = new ArrayList<>();
        int notDrawn = 0;
        for (CommuneSummary.Row row : summary.rows()) {
            if (row.value() == null || row.target() == null || row.target() <= 0) {
                notDrawn++;
                continue;
            }
            String name = shortName(row.name());
            String label = (row.stt() == null ? "" : row.stt() + " ") + name
                    + (names.get(row.stt() + " " + name) > 1 && row.period() != null ? " (" + row.period() + ")" : "");
            bars.add(new Bar(label, row.status(), Math.min(MAX_SHARE, row.value() / row.target() * 100)));
        }
        bars.sort(Comparator.comparingDouble(Bar::share));
        return new ChartData(List.copyOf(bars), summary.counts(), notDrawn);
    }

    /** "Tỷ lệ phủ sóng 5G trên dân số: Đạt tối thiểu 70%" → "Phủ sóng 5G trên dân số". */
    static String shortName(String name) {
        String n = name.replaceFirst("^(Tỷ lệ|Tỉ lệ|Số lượng|Phấn đấu)\\s+", "");
        int colon = n.indexOf(':');
        n = colon > 0 ? n.substring(0, colon) : n;
        n = n.replaceAll("\\s+(đạt|Đạt)\\s+(tối thiểu\\s+)?[\\d.,]+\\s*%?.*$", "").strip();
        n = n.isEmpty() ? name : Character.toUpperCase(n.charAt(0)) + n.substring(1);
        if (n.length() <= NAME_CHARS) {
            return n;
        }
        int cut = n.lastIndexOf(' ', NAME_CHARS - 1);
        return n.substring(0, cut > NAME_CHARS / 2 ? cut : NAME_CHARS - 1) + "…";
    }
}
