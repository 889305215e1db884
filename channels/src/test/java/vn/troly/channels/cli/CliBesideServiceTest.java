package vn.troly.channels.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.Application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line run as a separate process, as a reader of the README runs it, while the service runs on the same
 * data folder: reading commands answer, ingest says the service holds the folder, and no stack trace is printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliBesideServiceTest {

    private Path data;
    private EmbeddedServer service;

    @BeforeAll
    void startService() throws IOException {
        data = Files.createTempDirectory("assistant-cli-beside");
        service = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "micronaut.server.port", "-1"));
    }

    @AfterAll
    void stopService() throws IOException {
        service.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void askAnswersWhileTheServiceHoldsTheIndex() throws Exception {
        Run ask = cli("ask", "Ai chủ trì chỉ tiêu phủ sóng 5G?", "--commune", "vinh-tru");
        assertEquals(0, ask.code, ask.err);
        assertTrue(ask.out.contains("Phòng Văn hóa - Xã hội"), ask.out);
        assertNoStackTrace(ask);
        Run indicators = cli("indicators", "--commune", "loi-bac");
        assertEquals(0, indicators.code, indicators.err);
        assertTrue(indicators.out.contains("29 chỉ tiêu"), indicators.out);
    }

    @Test
    void ingestSaysTheServiceHoldsTheFolder() throws Exception {
        Path plan = data.resolve("hoa-an.txt");
        try (InputStream in = getClass().getResourceAsStream("/plans/hoa-an-other-layout.txt")) {
            Files.write(plan, Objects.requireNonNull(in).readAllBytes());
        }
        Run ingest = cli("ingest", plan.toString());
        assertEquals(CliLauncher.FOLDER_HELD, ingest.code, ingest.err);
        assertTrue(ingest.err.contains("đang chạy") && ingest.err.contains("POST /api/plans"), ingest.err);
        assertTrue(ingest.err.contains(data.toString()), "names the folder: " + ingest.err);
        assertNoStackTrace(ingest);
        assertEquals(1, ingest.err.strip().lines().count(), ingest.err);
    }

    private static void assertNoStackTrace(Run run) {
        for (String stream : List.of(run.out, run.err)) {
            assertFalse(stream.contains("\tat ") || stream.contains("Exception"), stream);
        }
    }

    /** java -cp (the test's class path) Application ARGS, on the service's data folder. */
    private Run cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ASSISTANT_DATA_DIR", data.toString());
        Path out = Files.createTempFile(data, "out", ".txt");
        Path err = Files.createTempFile(data, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
