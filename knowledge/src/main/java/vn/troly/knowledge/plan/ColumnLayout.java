package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles of a table's columns, read from the header words rather than positions, so that plans with other
 * column orders or extra columns parse the same way.
 *
 * @param roles     role per column index
 * @param periods   period per column (for target columns), else null
 * @param scopes    scope per column (for target columns), else null
 * @param taskTable whether rows are tasks ("Nhiệm vụ") rather than indicators ("Chỉ tiêu")
 */
public record ColumnLayout(List<ColumnRole> roles, List<String> periods, List<Target.Scope> scopes, boolean taskTable) {

    private static final Pattern YEAR_RANGE = Pattern.compile("(20\\d{2})\\s*-\\s*(20\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

    /** Reads a header row. */
    public static ColumnLayout of(List<String> header, VietnameseNormalizer normalizer, TableReader reader) {
        List<String> folded = header.stream().map(h -> normalizer.fold(reader.cleanCell(h))).toList();
        boolean taskTable = folded.stream().anyMatch(h -> h.startsWith("nhiem vu") || h.startsWith("noi dung") || h.startsWith("ten nhiem vu"))
                && folded.stream().noneMatch(h -> (h.contains("chi tieu") || h.contains("chi so")) && !isCode(h));
        List<ColumnRole> roles = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<Target.Scope> scopes = new ArrayList<>();
        int leadColumns = (int) folded.stream().filter(h -> h.contains("chu tri")).count();
        boolean nameSeen = false;
        for (String h : folded) {
            ColumnRole role = role(h, nameSeen, taskTable, leadColumns);
            if (role == ColumnRole.NAME) {
                nameSeen = true;
            }
            roles.add(role);
            periods.add(role == ColumnRole.TARGET ? period(h) : null);
            scopes.add(role == ColumnRole.TARGET ? (h.contains("tinh") ? Target.Scope.PROVINCE : Target.Scope.COMMUNE) : null);
        }
        return new ColumnLayout(roles, periods, scopes, taskTable);
    }

    private static ColumnRole role(String h, boolean nameSeen, boolean taskTable, int leadColumns) {
        if (h.matches("s\\.?\\s?tt|tt|so tt|thu tu")) {
            return ColumnRole.STT;
        }
        if (h.contains("ghi chu")) {
            return ColumnRole.NOTE;
        }
        if (isCode(h)) {
            return ColumnRole.OTHER;
        }
        if (h.contains("thoi gian") || h.contains("thoi han") || h.startsWith("han ") || h.contains("tien do")) {
            return ColumnRole.DEADLINE;
        }
        if (h.contains("can cu") || h.contains("co so phap ly")) {
            return ColumnRole.LEGAL_BASIS;
        }
        if (h.contains("kinh phi") || h.contains("nguon von")) {
            return ColumnRole.FUNDING;
        }
        if (h.contains("phoi hop")) {
            return ColumnRole.COORDINATING;
        }
        if (h.contains("chu tri")) {
            // Two "chủ trì" columns: the one that monitors and compiles leads; the other implements and reports.
            boolean monitors = h.contains("theo doi") || h.contains("tong hop") || h.contains("kiem tra") || h.contains("danh gia");
            return leadColumns > 1 && !monitors ? ColumnRole.IMPLEMENTERS : ColumnRole.LEAD;
        }
        if (h.contains("don vi thuc hien") || h.contains("co quan thuc hien") || h.contains("don vi trien khai")) {
            return leadColumns > 0 ? ColumnRole.IMPLEMENTERS : ColumnRole.LEAD;
        }
        if (h.equals("don vi") || h.equals("don vi tinh") || h.equals("dvt")) {
            return ColumnRole.UNIT;
        }
        if (!nameSeen && (h.contains("chi tieu") || h.contains("chi so") || h.startsWith("nhiem vu")
                || h.startsWith("noi dung") || h.startsWith("ten "))) {
            return ColumnRole.NAME;
        }
        if (h.contains("nhiem vu")) {
            return ColumnRole.TASKS;
        }
        if (h.contains("quy mo") || h.contains("pham vi") || h.startsWith("muc tieu")) {
            return taskTable ? ColumnRole.OBJECTIVE : ColumnRole.TARGET;
        }
        if (h.contains("san pham") || (taskTable && h.contains("ket qua"))) {
            return ColumnRole.OUTPUT;
        }
        if (h.contains("ket qua") || h.contains("chi tieu") || h.matches(".*\\b(nam|den nam|giai doan)\\s*20\\d{2}.*")
                || h.matches("20\\d{2}(\\s*-\\s*20\\d{2})?") || h.contains("gia tri")) {
            return ColumnRole.TARGET;
        }
        return ColumnRole.OTHER;
    }

    /** "Mã chỉ tiêu", "Mã số": an identifier column, whatever words follow. */
    private static boolean isCode(String header) {
        return header.startsWith("ma ") || header.equals("ma");
    }

    private static String period(String header) {
        Matcher range = YEAR_RANGE.matcher(header);
        if (range.find()) {
            return range.group(1) + "-" + range.group(2);
        }
        Matcher year = YEAR.matcher(header);
        return year.find() ? year.group(1) : null;
    }

    public int first(ColumnRole role) {
        return roles.indexOf(role);
    }

    public List<Integer> all(ColumnRole role) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == role) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
