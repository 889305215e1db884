package vn.troly.channels.plans;

import jakarta.inject.Singleton;
import vn.troly.channels.uploads.UploadLimits;
import vn.troly.knowledge.files.OversizeFileException;
import vn.troly.knowledge.plan.pdf.PdfReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a plan longer than a plan can be before it is parsed and kept: every kept plan is parsed again at each
 * start, so one 46,000-row file slowed every restart, a .docx's parts are unpacked into memory, and every page of a
 * .pdf is read three times (borders, cells, body text).
 */
@Singleton
public class PlanSizeCheck {

    private static final String BODY = "word/document.xml";
    private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >]");
    private static final Pattern TABLE_ROW = Pattern.compile("<w:tr[ >]");

    private final UploadLimits limits;

    public PlanSizeCheck(UploadLimits limits) {
        this.limits = limits;
    }

    public void check(String fileName, byte[] content) throws OversizeFileException {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            atMost(PdfReader.pageCount(content), limits.maxPlanPages(), "too_many_pages");
        } else if (lower.endsWith(".docx")) {
            limits.zip().check(content);
            String body = body(content);
            atMost(count(PARAGRAPH, body), limits.maxPlanLines(), "too_many_rows");
            atMost(count(TABLE_ROW, body), limits.maxPlanRows(), "too_many_rows");
        } else {
            int lines = 1;
            for (byte b : content) {
                if (b == '\n') {
                    lines++;
                }
            }
            atMost(lines, limits.maxPlanLines(), "too_many_rows");
        }
    }

    private static void atMost(long count, int limit, String code) throws OversizeFileException {
        if (count > limit) {
            throw new OversizeFileException(code, limit);
        }
    }

    private static long count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The document's body as Latin-1 text (the tags are ASCII): its size is already bounded by the zip check. Empty
     * when the file is no zip; the parser refuses it then.
     */
    private static String body(byte[] docx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(BODY)) {
                    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
        } catch (IOException broken) {
            // the parser says the file is broken, in its own words
        }
        return "";
    }
}
