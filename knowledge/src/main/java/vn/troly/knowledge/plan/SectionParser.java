package vn.troly.knowledge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the body of a plan (before the appendices) into its heading tree: I., 1., 2.1, a). */
public final class SectionParser {

    private static final Pattern MARKDOWN = Pattern.compile("^[#>\\s]+|\\*\\*|__");
    private static final Pattern[] LEVELS = {
            Pattern.compile("^([IVXL]+)\\.\\s+(.+)$"),
            Pattern.compile("^(\\d{1,2})\\.\\s+(.+)$"),
            Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+)$"),
            Pattern.compile("^([a-zđ])\\)\\s+(.+)$"),
    };
    private static final int MAX_HEADING = 160;

    /** Reads lines [1, endLine) of the plan; the text before the first heading becomes the preamble. */
    public List<Section> parse(PlanText text, String planId, int endLine) {
        List<Section> sections = new ArrayList<>();
        String[] path = new String[LEVELS.length];
        Open open = new Open("", "Phần mở đầu", List.of("Phần mở đầu"), 1);
        for (int lineNo = 1; lineNo < endLine && lineNo <= text.lines().size(); lineNo++) {
            String line = MARKDOWN.matcher(text.line(lineNo)).replaceAll("").strip();
            if (line.isEmpty() || line.contains("\t")) {
                continue;
            }
            Heading heading = heading(line);
            if (heading == null) {
                open.lines.add(line);
                continue;
            }
            close(open, lineNo - 1, planId, sections);
            path[heading.level] = heading.number + ". " + heading.title;
            for (int deeper = heading.level + 1; deeper < path.length; deeper++) {
                path[deeper] = null;
            }
            List<String> titles = new ArrayList<>();
            for (int level = 0; level <= heading.level; level++) {
                if (path[level] != null) {
                    titles.add(path[level]);
                }
            }
            open = new Open(heading.number, heading.title, titles, lineNo);
            if (!heading.rest.isEmpty()) {
                open.lines.add(heading.rest);
            }
        }
        close(open, Math.min(endLine, text.lines().size() + 1) - 1, planId, sections);
        return sections;
    }

    private Heading heading(String line) {
        for (int level = 0; level < LEVELS.length; level++) {
            Matcher matcher = LEVELS[level].matcher(line);
            if (matcher.matches()) {
                String body = matcher.group(2).strip();
                if (body.length() <= MAX_HEADING) {
                    return new Heading(level, matcher.group(1), body, "");
                }
                // A numbered paragraph: its lead phrase is the heading, the rest is its text.
                int colon = body.indexOf(':');
                int cut = colon > 0 && colon <= MAX_HEADING ? colon : body.lastIndexOf(' ', 100);
                return new Heading(level, matcher.group(1), body.substring(0, Math.max(cut, 1)).strip(),
                        body.substring(Math.max(cut, 1)).replaceFirst("^[:\\s]+", ""));
            }
        }
        return null;
    }

    private static void close(Open open, int endLine, String planId, List<Section> sections) {
        if (open.lines.isEmpty() && open.number.isEmpty()) {
            return;
        }
        sections.add(new Section(planId + "#s" + (sections.size() + 1), open.number, open.title, open.path,
                String.join("\n", open.lines), open.startLine, Math.max(open.startLine, endLine)));
    }

    private record Heading(int level, String number, String title, String rest) {
    }

    private static final class Open {
        final String number;
        final String title;
        final List<String> path;
        final int startLine;
        final List<String> lines = new ArrayList<>();

        Open(String number, String title, List<String> path, int startLine) {
            this.number = number;
            this.title = title;
            this.path = path;
            this.startLine = startLine;
        }
    }
}
