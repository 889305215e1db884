package vn.troly.channels.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line against a real application context and data folder. */
class CliTest {

    @TempDir
    Path data;

    @Test
    void printsEveryIndicatorAndTaskAsJson() throws Exception {
        Result result = run("indicators", "--json");
        assertEquals(0, result.code, result.err);
        JsonNode body = new ObjectMapper().readTree(result.out);
        assertEquals(161, body.get("indicators").size());
        assertEquals(41, body.get("tasks").size());
        JsonNode first = body.get("indicators").get(0);
        assertTrue(first.has("source") && first.has("targets") && first.has("lead"));
    }

    @Test
    void filtersByCommuneAndRefusesAnUnknownOne() throws Exception {
        Result one = run("indicators", "--commune", "loi-bac", "--json");
        assertEquals(29, new ObjectMapper().readTree(one.out).get("indicators").size());
        Result unknown = run("indicators", "--commune", "atlantis");
        assertEquals(2, unknown.code);
        assertTrue(unknown.err.contains("Không tìm thấy xã"), unknown.err);
    }

    @Test
    void ingestsAPlanThatStaysAfterRestartAndRejectsABrokenFile() throws Exception {
        Path plan = data.resolve("hoa-an.txt");
        try (InputStream in = getClass().getResourceAsStream("/plans/hoa-an-other-layout.txt")) {
            Files.write(plan, Objects.requireNonNull(in).readAllBytes());
        }
        Path broken = data.resolve("broken.txt");
        Files.writeString(broken, "không có bảng nào", StandardCharsets.UTF_8);

        Result ingest = run("ingest", plan.toString());
        assertEquals(0, ingest.code, ingest.err);
        assertTrue(ingest.out.contains("Hòa An"), ingest.out);
        Result rejected = run("ingest", broken.toString());
        assertEquals(1, rejected.code);
        assertTrue(!rejected.err.isBlank() && !rejected.err.contains("Exception"), rejected.err);

        Result after = run("indicators", "--commune", "hoa-an", "--json");
        assertEquals(0, after.code, after.err);
        assertTrue(new ObjectMapper().readTree(after.out).get("indicators").size() > 0);
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("cli")
                .properties(Map.of("assistant.data-dir", data.resolve("store").toString())).start()) {
            code = context.getBean(Cli.class).run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }
}
