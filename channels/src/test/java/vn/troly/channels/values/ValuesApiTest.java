package vn.troly.channels.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reporting values over real HTTP, on the file-backed H2 default and on PostgreSQL: bad input refused, a restart survived. */
class ValuesApiTest {

    private static final String TOKEN = "bi-mat-cua-can-bo";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    private Map<String, Object> database;

    private EmbeddedServer start() {
        Map<String, Object> properties = new java.util.HashMap<>(database);
        properties.putAll(Map.of("assistant.data-dir", data.toString(), "assistant.admin-token", TOKEN, "micronaut.server.port", "-1"));
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql"})
    void reportsValidatesAndKeepsValuesAcrossRestarts(String kind) throws Exception {
        database = vn.troly.channels.support.Databases.properties(kind);
        String id;
        try (EmbeddedServer server = start(); HttpClient http = HttpClient.create(server.getURL())) {
            JsonNode indicators = json.readTree(http.toBlocking().retrieve("/api/communes/vinh-tru/indicators")).get("indicators");
            id = null;
            for (JsonNode i : indicators) {
                if (i.get("name").asText().contains("5G")) {
                    id = i.get("id").asText();
                }
            }
            String path = "/api/indicators/" + id + "/values";

            HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(post(path, "{\"value\": 50}", null)));
            assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());

            JsonNode created = json.readTree(http.toBlocking().retrieve(post(path,
                    "{\"value\": \"62,5\", \"asOf\": \"2026-10-31\", \"source\": \"Báo cáo tháng 10\"}", TOKEN)));
            assertEquals(62.5, created.get("value").get("value").asDouble());
            assertEquals("not_met", created.get("status").asText());

            for (String bad : new String[]{"{\"value\": 150}", "{\"value\": \"abc\"}", "{\"value\": 50, \"asOf\": \"2099-01-01\"}", "{oops"}) {
                HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                        () -> http.toBlocking().retrieve(post(path, bad, TOKEN)));
                assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), bad);
                String message = json.readTree(e.getResponse().getBody(String.class).orElseThrow()).get("message").asText();
                assertFalse(message.isBlank() || message.contains("Exception"), message);
            }
            HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(post("/api/indicators/khong-co/values", "{\"value\": 1}", TOKEN)));
            assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());

            JsonNode second = json.readTree(http.toBlocking().retrieve(post(path, "{\"value\": 71, \"asOf\": \"2026-11-15\"}", TOKEN)));
            assertTrue(second.get("warning").isNull(), "8.5 points is no deviation");
            JsonNode jump = json.readTree(http.toBlocking().retrieve(post(path, "{\"value\": 20, \"asOf\": \"2026-11-10\"}", TOKEN)));
            assertTrue(jump.get("value").get("suspect").asBoolean(), jump.toString());
            assertFalse(jump.get("warning").asText().isBlank());
        }
        String valuesPath = "/api/indicators/" + id + "/values";
        try (EmbeddedServer server = start(); HttpClient http = HttpClient.create(server.getURL())) {
            JsonNode history = json.readTree(http.toBlocking().retrieve(
                    HttpRequest.GET(valuesPath).bearerAuth(TOKEN), String.class));
            assertEquals(3, history.get("history").size(), "a restart keeps every value");
            assertEquals(71.0, history.get("history").get(0).get("value").asDouble());
            assertEquals("met", history.get("status").asText());
            assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(valuesPath),
                    "values are internal without a token");

            String question = "{\"text\": \"tiến độ phủ sóng 5G?\", \"commune\": \"vinh-tru\"}";
            JsonNode official = json.readTree(http.toBlocking().retrieve(post("/api/chat", question, TOKEN)));
            assertTrue(official.get("answer").asText().contains("71%"), official.toString());
            assertTrue(official.get("answer").asText().contains("đã đạt"), official.toString());
            assertEquals("met", official.get("indicators").get(0).get("status").asText());
            assertTrue(official.get("citations").toString().contains("value/"), "the value report is cited");
            JsonNode summary = json.readTree(http.toBlocking().retrieve(
                    HttpRequest.GET("/api/communes/vinh-tru/summary").bearerAuth(TOKEN), String.class));
            assertEquals(1, summary.get("counts").get("met").asInt());
            // the other 40 have no value: no data until they fall due, overdue after (this test runs on today's date)
            assertEquals(40, summary.get("counts").get("no_data").asInt() + summary.get("counts").get("overdue").asInt());
            assertTrue(summary.get("lastWeek").size() >= 1);
            byte[] png = http.toBlocking().retrieve(HttpRequest.GET("/api/communes/vinh-tru/summary.png").bearerAuth(TOKEN), byte[].class);
            javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth();
            assertEquals(720, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth());
            // this month's report: the values were recorded today, so an earlier month's report cannot know them
            YearMonth month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            byte[] docx = http.toBlocking().retrieve(HttpRequest.GET("/api/communes/vinh-tru/report.docx?month=" + month).bearerAuth(TOKEN), byte[].class);
            try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
                String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
                assertTrue(all.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                        && all.contains("tháng " + month.getMonthValue() + "/" + month.getYear()), all);
                assertTrue(all.contains("XÃ VĨNH TRỤ"), all);
                assertTrue(all.contains("Số liệu cần kiểm tra lại"), "the suspect jump is listed");
                assertEquals(4, doc.getTables().size(), "header, indicators, tasks, signature");
                assertEquals(42, doc.getTables().get(1).getRows().stream().filter(r -> r.getTableCells().size() == 6).count(),
                        "41 indicators and the header row (the plan's headings span the table)");
            }
            JsonNode citizen = json.readTree(http.toBlocking().retrieve(post("/api/chat", question, null)));
            assertFalse(citizen.get("answer").asText().contains("71%"), citizen.toString());
            assertTrue(citizen.get("answer").asText().contains("nội bộ"), citizen.toString());
        }
    }

    private static HttpRequest<String> post(String path, String body, String token) {
        HttpRequest<String> request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return token == null ? request : ((io.micronaut.http.MutableHttpRequest<String>) request).bearerAuth(token);
    }
}
