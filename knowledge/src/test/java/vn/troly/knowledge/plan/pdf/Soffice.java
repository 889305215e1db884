package vn.troly.knowledge.plan.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Converts a Word document to PDF with LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run;
 * -Dsoffice.binary=… points elsewhere). Without it the calling test fails, never skips.
 */
final class Soffice {

    private static final String BINARY = System.getProperty("soffice.binary", "/usr/bin/soffice");

    private Soffice() {
    }

    /** A plan's text file typed into Word (diacritics in this form) and printed to PDF by LibreOffice. */
    static byte[] printed(Path dir, String name, byte[] text, Normalizer.Form form) throws IOException, InterruptedException {
        return pdf(dir, name, new PlanDocx(form).write(List.of(new String(text, StandardCharsets.UTF_8).split("\\r?\\n", -1))));
    }

    /** Writes {@code name}.docx into dir and returns the bytes of the PDF LibreOffice makes of it. */
    static byte[] pdf(Path dir, String name, byte[] docx) throws IOException, InterruptedException {
        Path source = Files.write(dir.resolve(name + ".docx"), docx);
        Process soffice = new ProcessBuilder(BINARY, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice took too long: " + output);
        assertEquals(0, soffice.exitValue(), output);
        Path pdf = dir.resolve(name + ".pdf");
        assertTrue(Files.exists(pdf), "no PDF: " + output);
        return Files.readAllBytes(pdf);
    }
}
