package vn.troly.knowledge.plan.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Body text lines out of tesseract's TSV: its words grouped by page, block, paragraph and line, in its order. */
final class OcrLines {

    private OcrLines() {
    }

    /** @param pages how many images the TSV covers; each gets a list, empty when nothing was read on it */
    static List<List<PageLine>> parse(String tsv, int pages, double pointsPerPixel) {
        List<Map<String, List<String[]>>> lines = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            lines.add(new LinkedHashMap<>());
        }
        for (String row : tsv.replace("\f", "").split("\\R")) {
            String[] f = row.split("\t", -1);
            // level page block paragraph line word left top width height confidence text; level 5 is a word
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            int page = Integer.parseInt(f[1]) - 1;
            if (page >= 0 && page < pages) {
                lines.get(page).computeIfAbsent(f[2] + "." + f[3] + "." + f[4], k -> new ArrayList<>()).add(f);
            }
        }
        List<List<PageLine>> result = new ArrayList<>();
        for (Map<String, List<String[]>> page : lines) {
            List<PageLine> pageLines = new ArrayList<>();
            for (List<String[]> words : page.values()) {
                int top = words.stream().mapToInt(w -> Integer.parseInt(w[7])).min().orElse(0);
                String text = PdfStrings.clean(String.join(" ", words.stream().map(w -> w[11]).toList()));
                // A line of only marks is OCR reading dust or a border's remnant, and would end a table cut by a page.
                if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    pageLines.add(new PageLine(top * pointsPerPixel, text));
                }
            }
            result.add(pageLines);
        }
        return result;
    }
}
