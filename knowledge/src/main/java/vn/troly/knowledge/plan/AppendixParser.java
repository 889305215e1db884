package vn.troly.knowledge.plan;

import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the appendix tables of a plan into indicators and tasks, with group headings and provenance. */
public final class AppendixParser {

    private static final Pattern LINE_BREAK_TAGS = Pattern.compile("(?i)<li[^>]*>|</p>|<br\\s*/?>");
    private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
    private static final Pattern LETTER = Pattern.compile("[A-Z]");
    private static final Pattern ROMAN_DOTTED = Pattern.compile("[IVXL]+\\.\\d+.*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DOTTED = Pattern.compile("\\d+(\\.\\d+)+");

    private static final Pattern GROUP_CODE = Pattern.compile("^([A-Z]|[IVXL]+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*)[.:)]?\\s+(.+)$");
    private static final Pattern PHASE = Pattern.compile("(20\\d{2})\\s*[-–]\\s*(20\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(20\\d{2})\\b");
    /** A group of documents to issue: "Phân công chủ trì tham mưu xây dựng các văn bản". */
    private static final Pattern DOCUMENTS = Pattern.compile("(xay dung|ban hanh|soan thao|tham muu)\\b.{0,30}\\bvan ban");

    private final VietnameseNormalizer normalizer;
    private final TableReader tableReader;
    private final TargetParser targetParser;
    private final DeadlineParser deadlineParser;
    private final AgencyDirectory agencies;

    public AppendixParser(VietnameseNormalizer normalizer, TableReader tableReader, TargetParser targetParser,
                          DeadlineParser deadlineParser, AgencyDirectory agencies) {
        this.normalizer = normalizer;
        this.tableReader = tableReader;
        this.targetParser = targetParser;
        this.deadlineParser = deadlineParser;
        this.agencies = agencies;
    }

    /** What the appendices of one plan hold. */
    public record Result(List<Indicator> indicators, List<Task> tasks) {
    }

    /** @param ocr whether the tables were read by OCR from a scan; every row's provenance says so */
    public Result parse(List<RawTable> tables, String documentId, String documentTitle, String communeId, String planPeriod,
                        boolean ocr) {
        List<Indicator> indicators = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RawTable table : tables) {
            ColumnLayout layout = ColumnLayout.of(table.header(), normalizer, tableReader);
            int stt = layout.first(ColumnRole.STT);
            int name = layout.first(ColumnRole.NAME);
            if (name < 0) {
                continue;
            }
            List<Group> groups = new ArrayList<>();
            String tablePeriod = period(table.caption()).orElse(planPeriod);
            for (TableRow row : table.rows()) {
                String number = tableReader.cleanCell(row.cell(stt));
                String text = tableReader.cleanCell(row.cell(name));
                if (text.isEmpty()) {
                    // "II Phát triển hạ tầng số" written in the number cell.
                    Matcher split = GROUP_CODE.matcher(number);
                    if (split.matches()) {
                        number = split.group(1);
                        text = split.group(2);
                    }
                }
                number = number.replaceAll("[.:]+$", "");
                if (isGroup(row, layout)) {
                    if (!text.isEmpty() || !number.isEmpty()) {
                        push(groups, new Group(number, text.replaceAll("[:;.]+$", "")));
                    }
                    continue;
                }
                String period = groups.stream().map(g -> period(g.title()).orElse(null)).filter(p -> p != null)
                        .reduce((a, b) -> b).orElse(tablePeriod);
                List<String> groupTitles = groups.stream().map(g -> g.title()).toList();
                Provenance source = new Provenance(documentId, documentTitle, table.appendix(), groupTitles, number,
                        row.startLine(), row.endLine(), ocr);
                String id = uniqueId(ids, communeId, table.appendixIndex(), groups, number);
                Deadline deadline = cellText(row, layout, ColumnRole.DEADLINE).map(deadlineParser::parse).orElse(null);
                boolean documentGroup = groups.stream().anyMatch(g -> DOCUMENTS.matcher(normalizer.fold(g.title())).find());
                if (layout.taskTable() || documentGroup) {
                    tasks.add(new Task(id, communeId, documentGroup ? Task.Kind.DOCUMENT : Task.Kind.TASK, source, text,
                            agencyCell(row, layout, ColumnRole.LEAD), agencyCell(row, layout, ColumnRole.IMPLEMENTERS),
                            agencyCell(row, layout, ColumnRole.COORDINATING), multiline(row, layout, ColumnRole.OBJECTIVE), multiline(row, layout, ColumnRole.OUTPUT),
                            deadline, cellText(row, layout, ColumnRole.FUNDING).orElse(null),
                            cellText(row, layout, ColumnRole.NOTE).orElse(null)));
                    continue;
                }
                List<Target> targets = targets(row, layout, text, period);
                indicators.add(new Indicator(id, communeId, id, source, text,
                        cellText(row, layout, ColumnRole.UNIT).orElse(null), targets,
                        agencyCell(row, layout, ColumnRole.LEAD), agencyCell(row, layout, ColumnRole.IMPLEMENTERS),
                        agencyCell(row, layout, ColumnRole.COORDINATING), deadline,
                        cellText(row, layout, ColumnRole.LEGAL_BASIS).orElse(null),
                        multiline(row, layout, ColumnRole.TASKS), cellText(row, layout, ColumnRole.NOTE).orElse(null)));
            }
        }
        return new Result(new IndicatorSeries(normalizer).link(indicators), tasks);
    }

    private List<Target> targets(TableRow row, ColumnLayout layout, String name, String rowPeriod) {
        List<Target> targets = new ArrayList<>();
        for (int column : layout.all(ColumnRole.TARGET)) {
            String period = layout.periods().get(column) != null ? layout.periods().get(column) : rowPeriod;
            Target target = targetParser.parse(tableReader.cleanCell(row.cell(column)), period, layout.scopes().get(column));
            if (target != null) {
                targets.add(targetParser.qualifiedByName(target, name));
            }
        }
        if (targets.isEmpty()) {
            targetParser.fromName(name, rowPeriod).ifPresent(targets::add);
        }
        return targets;
    }

    /** A heading row carries a label and nothing else. */
    private boolean isGroup(TableRow row, ColumnLayout layout) {
        for (int i = 0; i < row.cells().size(); i++) {
            ColumnRole role = i < layout.roles().size() ? layout.roles().get(i) : ColumnRole.OTHER;
            if (role != ColumnRole.STT && role != ColumnRole.NAME && !tableReader.cleanCell(row.cell(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the heading stack: a heading replaces those of its own numbering style and everything below them. */
    private static void push(List<Group> groups, Group group) {
        int style = group.style();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).style() == style) {
                groups.subList(i, groups.size()).clear();
                break;
            }
        }
        groups.add(group);
    }

    private String uniqueId(Set<String> ids, String communeId, int appendix, List<Group> groups, String number) {
        List<String> parts = new ArrayList<>();
        // "dong-nai/vinh-tru" → "dong-nai.vinh-tru": an indicator's id is one segment of a REST path
        parts.add(communeId.replace('/', '.'));
        parts.add("pl" + appendix);
        List<String> codes = new ArrayList<>(groups.stream().map(Group::code).filter(c -> !c.isEmpty()).toList());
        codes.add(number.isEmpty() ? "x" : number);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            boolean prefixOfNext = i + 1 < codes.size() && codes.get(i + 1).startsWith(code + ".");
            if (!prefixOfNext) {
                parts.add(normalizer.fold(code).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
            }
        }
        String base = String.join(".", parts);
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private Optional<String> period(String text) {
        String folded = normalizer.fold(text == null ? "" : text);
        Matcher phase = PHASE.matcher(folded);
        if (phase.find()) {
            return Optional.of(phase.group(1) + "-" + phase.group(2));
        }
        Matcher year = YEAR.matcher(folded);
        return year.find() ? Optional.of(year.group(1)) : Optional.empty();
    }

    private Optional<String> cellText(TableRow row, ColumnLayout layout, ColumnRole role) {
        int column = layout.first(role);
        if (column < 0) {
            return Optional.empty();
        }
        String text = tableReader.cleanCell(row.cell(column));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Keeps list items of HTML cells as lines, so objectives stay readable. */
    private String multiline(TableRow row, ColumnLayout layout, ColumnRole role) {
        int column = layout.first(role);
        if (column < 0) {
            return null;
        }
        String cell = LINE_BREAK_TAGS.matcher(row.cell(column)).replaceAll("\n");
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String text = tableReader.cleanCell(line);
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private List<AgencyRef> agencyCell(TableRow row, ColumnLayout layout, ColumnRole role) {
        List<AgencyRef> refs = new ArrayList<>();
        for (int column : layout.all(role)) {
            refs.addAll(agencies.parseCell(row.cell(column)));
        }
        return refs;
    }

    /** A group heading row: its code ("I.1", "A", "2") and title. */
    private record Group(String code, String title) {
        /** Numbering style: letters, roman numerals, roman with sub-numbers, arabic, arabic with sub-numbers. */
        int style() {
            if (ROMAN.matcher(code).matches()) {
                return 1;
            }
            if (LETTER.matcher(code).matches()) {
                return 0;
            }
            if (ROMAN_DOTTED.matcher(code).matches()) {
                return 2;
            }
            if (NUMBER.matcher(code).matches()) {
                return 3;
            }
            if (DOTTED.matcher(code).matches()) {
                return 4;
            }
            return 5 + code.toLowerCase(Locale.ROOT).length();
        }
    }
}
