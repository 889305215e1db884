package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.Spaces;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tab-separated tables of a plan and undoes what page breaks did to them: repeated headers are dropped and
 * row fragments continued on the next page are merged back into their row, cell by cell.
 */
public final class TableReader {

    private static final Pattern APPENDIX = Pattern.compile(
            "^(phu luc)(\\s+(?:so\\s+)?([0-9]+|[ivxl]+)\\b)?\\s*[:.]?(.*)$");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    /** Emphasis inside a sentence: "(<i>trừ …</i>)" reads "(trừ …)", no space where the tag was. */
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(i|b|em|strong|u|span|sup|sub|font)(\\s[^>]*)?>");
    private static final Pattern MARKDOWN = Pattern.compile("^[#>\\s]+|\\*\\*|__|(?<!\\*)\\*(?!\\*)");
    /** A markdown table rule ("---\t---"), not a row. */
    private static final Pattern RULE = Pattern.compile("^[\\s|:=\\-]*$");
    private static final Pattern STT_HEADER = Pattern.compile("^(s\\.?\\s?tt|tt|so tt|thu tu)$");

    private final VietnameseNormalizer normalizer;

    public TableReader(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Line number (1-based) of the first appendix heading, or -1 when the plan has none. */
    public int firstAppendixLine(PlanText text) {
        for (int i = 0; i < text.lines().size(); i++) {
            if (appendixTitle(text.lines().get(i)) != null) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Cheap test before the regex: an appendix heading starts, after markup, with "Ph" (Phụ lục). */
    private static boolean mayOpenAppendix(String line) {
        int i = 0;
        while (i < line.length() && (Character.isWhitespace(line.charAt(i)) || "#>*_".indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        return line.regionMatches(true, i, "ph", 0, 2);
    }

    /** The appendix title ("Phụ lục 02") if the line opens an appendix, else null. */
    public String appendixTitle(String line) {
        if (line.contains("\t") || !mayOpenAppendix(line)) {
            return null;
        }
        String plain = plain(line);
        Matcher matcher = APPENDIX.matcher(normalizer.fold(plain));
        if (!matcher.matches()) {
            return null;
        }
        String rest = matcher.group(4).strip();
        // "Phụ lục kèm theo" in a sentence is a reference, not a heading.
        if (matcher.group(2) == null && !rest.isEmpty() && !plain.substring(plain.length() - rest.length()).equals(
                plain.substring(plain.length() - rest.length()).toUpperCase())) {
            return null;
        }
        int end = matcher.group(2) == null ? "phu luc".length() : matcher.end(2);
        String title = plain.substring(0, end).strip();
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    public List<RawTable> read(PlanText text) {
        List<RawTable> tables = new ArrayList<>();
        String appendix = null;
        int appendixIndex = 0;
        StringBuilder caption = new StringBuilder();
        TableBuilder current = null;
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            String title = appendixTitle(line);
            if (title != null) {
                current = close(current, tables);
                appendix = title;
                appendixIndex++;
                caption.setLength(0);
                caption.append(plain(line).substring(Math.min(plain(line).length(), title.length())).strip());
                continue;
            }
            if (!line.contains("\t")) {
                if (!line.isBlank()) {
                    current = close(current, tables);
                    if (!caption.isEmpty()) {
                        caption.append(' ');
                    }
                    caption.append(plain(line));
                }
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (cells.stream().allMatch(c -> RULE.matcher(c).matches())) {
                continue;
            }
            int sttColumn = sttColumn(cells);
            if (sttColumn >= 0) {
                if (current != null && sameHeader(current.header, cells)) {
                    continue;
                }
                current = close(current, tables);
                current = new TableBuilder(appendix, appendixIndex, caption.toString().strip(), cells, sttColumn, lineNo);
                caption.setLength(0);
                continue;
            }
            if (current != null) {
                current.add(cells, lineNo);
            }
        }
        close(current, tables);
        return tables;
    }

    private TableBuilder close(TableBuilder builder, List<RawTable> tables) {
        if (builder != null && !builder.rows.isEmpty()) {
            tables.add(builder.build());
        }
        return null;
    }

    private int sttColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (STT_HEADER.matcher(normalizer.fold(cleanCell(cells.get(i)))).matches()) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameHeader(List<String> a, List<String> b) {
        return key(a).equals(key(b));
    }

    private String key(List<String> cells) {
        return normalizer.fold(String.join("|", cells.stream().map(this::cleanCell).filter(s -> !s.isEmpty()).toList()));
    }

    /**
     * Cell text without HTML or markdown emphasis, on one line. Entities are decoded once ("&amp;amp;lt;" stays
     * "&amp;lt;"), and before tags are removed, so an encoded tag never comes back as markup in a name.
     */
    public String cleanCell(String cell) {
        String decoded = cell.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        String text = HTML_TAG.matcher(INLINE_TAG.matcher(decoded).replaceAll("")).replaceAll(" ").replace("**", "");
        return normalizer.normalize(text).transform(Spaces::collapse);
    }

    private String plain(String line) {
        return hasMarkup(line) ? MARKDOWN.matcher(line).replaceAll(" ").transform(Spaces::collapse) : Spaces.collapse(line);
    }

    /** Whether a line may hold markdown (headings, quotes, emphasis): most lines do not, and a regex costs. */
    static boolean hasMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' || c == '>' || c == '*' || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** Collects fragments of one table and merges continuations. */
    private final class TableBuilder {
        final String appendix;
        final int appendixIndex;
        final String caption;
        final List<String> header;
        final int sttColumn;
        final int headerLine;
        final List<RowBuilder> rows = new ArrayList<>();

        TableBuilder(String appendix, int appendixIndex, String caption, List<String> header, int sttColumn, int headerLine) {
            this.appendix = appendix;
            this.appendixIndex = appendixIndex;
            this.caption = caption;
            this.header = header;
            this.sttColumn = sttColumn;
            this.headerLine = headerLine;
        }

        void add(List<String> cells, int lineNo) {
            Fragment fragment = new Fragment(cells, lineNo);
            String stt = cleanCell(fragment.cell(sttColumn));
            if (stt.isEmpty() && !rows.isEmpty()) {
                rows.get(rows.size() - 1).fragments.add(fragment);
                return;
            }
            if (!stt.isEmpty() && !rows.isEmpty() && startsLowercase(fragment) ) {
                // The row number sits on the second page's fragment: the text before the break, filed under the
                // previous row as a continuation, really opens this row.
                RowBuilder previous = rows.get(rows.size() - 1);
                Fragment orphan = previous.fragments.size() > 1 ? previous.fragments.get(previous.fragments.size() - 1) : null;
                if (orphan != null && !startsLowercase(orphan)) {
                    previous.fragments.remove(previous.fragments.size() - 1);
                    RowBuilder row = new RowBuilder();
                    row.fragments.add(orphan);
                    row.fragments.add(fragment);
                    row.stt = stt;
                    rows.add(row);
                    return;
                }
            }
            RowBuilder row = new RowBuilder();
            row.fragments.add(fragment);
            row.stt = stt;
            rows.add(row);
        }

        /** Text continuing a sentence begins in lower case; a new row's text never does. */
        private boolean startsLowercase(Fragment fragment) {
            for (int i = 0; i < fragment.cells.size(); i++) {
                if (i == sttColumn) {
                    continue;
                }
                String text = cleanCell(fragment.cell(i));
                if (!text.isEmpty()) {
                    return Character.isLowerCase(text.codePointAt(0));
                }
            }
            return false;
        }

        RawTable build() {
            List<TableRow> merged = new ArrayList<>();
            for (RowBuilder row : rows) {
                merged.add(row.build(header.size(), sttColumn));
            }
            return new RawTable(appendix, appendixIndex, caption, header, headerLine, merged);
        }
    }

    private record Fragment(List<String> cells, int line) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private static final class RowBuilder {
        final List<Fragment> fragments = new ArrayList<>();
        String stt = "";

        TableRow build(int width, int sttColumn) {
            int columns = width;
            for (Fragment fragment : fragments) {
                columns = Math.max(columns, fragment.cells.size());
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                StringBuilder cell = new StringBuilder();
                for (Fragment fragment : fragments) {
                    String part = fragment.cell(c).strip();
                    if (c == sttColumn && !cell.isEmpty()) {
                        continue;
                    }
                    if (!part.isEmpty()) {
                        if (!cell.isEmpty()) {
                            cell.append(' ');
                        }
                        cell.append(part);
                    }
                }
                cells.add(c == sttColumn && cell.isEmpty() ? stt : cell.toString());
            }
            int first = fragments.stream().mapToInt(Fragment::line).min().orElse(0);
            int last = fragments.stream().mapToInt(Fragment::line).max().orElse(0);
            return new TableRow(cells, first, last);
        }
    }
}
