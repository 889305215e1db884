package vn.troly.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write endpoint, every text field, five kinds of bad input (one character too many, NUL, a lone surrogate, a
 * right-to-left override, full-width letters): always a 400 with a Vietnamese message naming the field, never a 500,
 * and nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteEndpointInputTest {

    private static final String ADMIN = "ma-quan-tri-kiem-tra-dau-vao";
    /** As the JSON body spells them: the server's parser turns the escapes into the characters. */
    private static final Map<String, String> BAD_JSON = Map.of("nul", "a\\u0000b", "surrogate", "a\\ud800b",
            "rtl", "\\u202Eexe.pdf", "fullwidth", "ＡＢＣ１２");
    /** As the same characters arrive in a file: raw, and a surrogate as the bytes that would encode it. */
    private static final Map<String, byte[]> BAD_RAW = Map.of("nul", bytes("a\u0000b"),
            "surrogate", new byte[]{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'},
            "rtl", bytes("\u202Eexe.pdf"), "fullwidth", bytes("ＡＢＣ１２"));

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedServer server;
    private Path data;
    private String indicator;

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory("write-input");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "assistant.admin-token", ADMIN, "micronaut.server.port", "-1", "assistant.rate-limit.per-user-per-minute", "0"));
        for (JsonNode i : read("GET", "/api/communes/vinh-tru/indicators", null).get("indicators")) {
            if (i.get("name").asText().contains("5G")) {
                indicator = i.get("id").asText();
            }
        }
        send("POST", "/api/admin/users", "{\"name\": \"Lê Thị Bình\", \"role\": \"leader\", \"communeId\": \"vinh-tru\"}");
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** A field of a JSON endpoint, the body with that field's placeholder, and its limit. */
    record JsonField(String method, String path, String body, String field, int max) {
        @Override
        public String toString() {
            return method + " " + path + " " + field;
        }
    }

    Stream<Arguments> jsonCases() {
        List<JsonField> fields = List.of(
                new JsonField("POST", "/api/chat", "{\"text\": \"@\", \"commune\": \"vinh-tru\"}", "text", 4000),
                new JsonField("POST", "/api/chat", "{\"text\": \"ai chủ trì 5G?\", \"commune\": \"@\"}", "commune", 100),
                new JsonField("POST", "/api/chat", "{\"text\": \"ai chủ trì 5G?\", \"conversationId\": \"@\"}", "conversationId", 400),
                new JsonField("POST", "/api/chat", "{\"text\": \"1\", \"action\": {\"type\": \"pick\", \"id\": \"@\"}}", "action.id", 100),
                new JsonField("POST", "/api/chat", "{\"action\": {\"type\": \"command\", \"name\": \"@\"}}", "action.name", 100),
                new JsonField("POST", "/api/chat", "{\"action\": {\"type\": \"command\", \"name\": \"summary\", \"args\": {\"x\": \"@\"}}}", "action.args", 500),
                new JsonField("POST", "/api/admin/users", "{\"name\": \"@\", \"role\": \"leader\", \"communeId\": \"vinh-tru\"}", "name", 100),
                new JsonField("POST", "/api/admin/users", "{\"name\": \"Trần An\", \"role\": \"@\", \"communeId\": \"vinh-tru\"}", "role", 30),
                new JsonField("POST", "/api/admin/users", "{\"name\": \"Trần An\", \"role\": \"official\", \"agencyId\": \"@\", \"communeId\": \"vinh-tru\"}", "agencyId", 100),
                new JsonField("POST", "/api/admin/users", "{\"name\": \"Trần An\", \"role\": \"leader\", \"communeId\": \"@\"}", "communeId", 100),
                new JsonField("POST", "/api/indicators/{indicator}/values", "{\"value\": \"@\"}", "value", 500),
                new JsonField("POST", "/api/indicators/{indicator}/values", "{\"value\": 50, \"asOf\": \"@\"}", "asOf", 30),
                new JsonField("POST", "/api/indicators/{indicator}/values", "{\"value\": 50, \"source\": \"@\"}", "source", 500),
                new JsonField("POST", "/api/indicators/{indicator}/values", "{\"value\": 50, \"note\": \"@\"}", "note", 1000));
        List<Arguments> cases = new ArrayList<>();
        for (JsonField f : fields) {
            cases.add(Arguments.of(f, "long", "a".repeat(f.max() + 1)));
            BAD_JSON.forEach((kind, text) -> cases.add(Arguments.of(f, kind, text)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jsonCases")
    void jsonFieldsAreRefused(JsonField f, String kind, String bad) throws Exception {
        Snapshot before = snapshot();
        HttpResponse<String> response = send(f.method(), f.path().replace("{indicator}", indicator), f.body().replace("@", bad));
        assertRefused(response, f.field(), "invalid_field");
        assertEquals(before, snapshot(), "nothing stored");
    }

    @ParameterizedTest(name = "DELETE /api/admin/users/{0}")
    @MethodSource("pathIds")
    void pathIdsAreRefused(String encoded) throws Exception {
        Snapshot before = snapshot();
        assertRefused(send("DELETE", "/api/admin/users/" + encoded, null), "id", "invalid_field");
        assertEquals(before, snapshot());
    }

    Stream<String> pathIds() {
        return Stream.of("a".repeat(101), "a%00b", "a%ED%A0%80b", "%E2%80%AEexe", "%EF%BC%A1%EF%BC%A2");
    }

    @ParameterizedTest(name = "values.csv {0} {1}")
    @MethodSource("fileCases")
    void csvCellsAreRefused(String column, String kind) throws Exception {
        Snapshot before = snapshot();
        byte[] csv = concat(bytes("ma;gia tri;ngay;nguon;ghi chu\n" + indicator + ";"), cells(column, kind), bytes("\n"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/communes/vinh-tru/values.csv"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + ADMIN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(response, column, "invalid_field");
        assertEquals(before, snapshot());
    }

    @ParameterizedTest(name = "values.xlsx {0} {1}")
    @MethodSource("workbookCases")
    void workbookCellsAreRefused(String column, String kind) throws Exception {
        Snapshot before = snapshot();
        String text = "long".equals(kind) ? "a".repeat(column.equals("note") ? 1001 : 501)
                : new String(BAD_RAW.get(kind), StandardCharsets.UTF_8);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(http.send(HttpRequest.newBuilder(
                uri("/api/communes/vinh-tru/template.xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray()).body()))) {
            Row row = book.getSheetAt(0).getRow(1);
            row.createCell(6).setCellValue(column.equals("value") ? text : "50");
            if (!column.equals("value")) {
                row.createCell(column.equals("source") ? 8 : 9).setCellValue(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            workbook = out.toByteArray();
        }
        String boundary = "----ranh-gioi";
        byte[] body = concat(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao-cao.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"), workbook,
                bytes("\r\n--" + boundary + "--\r\n"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/communes/vinh-tru/values.xlsx"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + ADMIN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(response, column, "invalid_field");
        assertEquals(before, snapshot());
    }

    Stream<Arguments> fileCases() {
        return fileCases(List.of("long", "nul", "surrogate", "rtl", "fullwidth"));
    }

    /** A workbook cannot carry a NUL or a lone surrogate: its XML has no way to write them, and POI writes "?". */
    Stream<Arguments> workbookCases() {
        return fileCases(List.of("long", "rtl", "fullwidth"));
    }

    private static Stream<Arguments> fileCases(List<String> kinds) {
        List<Arguments> cases = new ArrayList<>();
        for (String column : List.of("value", "source", "note")) {
            for (String kind : kinds) {
                cases.add(Arguments.of(column, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "plan file name {0}")
    @MethodSource("planNames")
    void planFileNamesAreRefused(String kind, byte[] name) throws Exception {
        Snapshot before = snapshot();
        String boundary = "----ranh-gioi";
        byte[] plan = getClass().getResourceAsStream("/corpus/loi-bac.txt").readAllBytes();
        byte[] body = concat(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""), name,
                bytes(".txt\"\r\nContent-Type: text/plain\r\n\r\n"), plan, bytes("\r\n--" + boundary + "--\r\n"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/plans"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + ADMIN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), kind + ": " + response.body());
        assertFalse(response.body().contains("internal_error"), response.body());
        assertEquals(before, snapshot());
    }

    Stream<Arguments> planNames() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("long", bytes("a".repeat(256))));
        BAD_RAW.forEach((kind, name) -> cases.add(Arguments.of(kind, name)));
        return cases.stream();
    }

    @Test
    void absurdFiguresAndMonthsAreRefused() throws Exception {
        Snapshot before = snapshot();
        for (String value : List.of("100000000000000", "\"100.000.000.000.000\"", "1e300", "\"99999999999999999999\"")) {
            HttpResponse<String> response = send("POST", "/api/indicators/" + indicator + "/values", "{\"value\": " + value + "}");
            assertEquals(400, response.statusCode(), value + ": " + response.body());
        }
        assertEquals(before, snapshot());
        for (String month : List.of("%2B999999999-12", "1999-12", "2101-01", "2026-13", "26-11", "2026-1")) {
            HttpResponse<String> response = send("GET", "/api/communes/vinh-tru/report.docx?month=" + month, null);
            assertRefused(response, "month", "invalid_field");
        }
        assertEquals(200, send("GET", "/api/communes/vinh-tru/report.docx?month=2026-11", null).statusCode());
    }

    /** What the endpoints above could have stored: users, the indicator's values, chat questions, plans. */
    record Snapshot(int users, int values, int questions, int plans) {
    }

    private Snapshot snapshot() throws Exception {
        return new Snapshot(read("GET", "/api/admin/users", null).size(),
                read("GET", "/api/indicators/" + indicator + "/values", null).get("history").size(),
                read("GET", "/api/admin/audit?kind=question&limit=10000", null).size(),
                read("GET", "/api/communes/loi-bac/plans", null).size());
    }

    private void assertRefused(HttpResponse<String> response, String field, String code) throws IOException {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = json.readTree(response.body());
        assertEquals(code, error.get("error").asText(), response.body());
        String message = error.get("message").asText();
        assertTrue(message.contains("\"" + field + "\""), message);
        assertTrue(Set.of('ư', 'ự', 'ờ', 'ị', 'ô', 'á', 'ạ').stream().anyMatch(c -> message.indexOf(c) >= 0), message);
    }

    private static byte[] cells(String column, String kind) {
        byte[] bad = "long".equals(kind) ? bytes("a".repeat(column.equals("note") ? 1001 : 501)) : BAD_RAW.get(kind);
        return switch (column) {
            case "value" -> concat(bad, bytes(";2026-10-31;;"));
            case "source" -> concat(bytes("50;2026-10-31;"), bad, bytes(";"));
            default -> concat(bytes("50;2026-10-31;;"), bad);
        };
    }

    private JsonNode read(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.getURI() + path);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
