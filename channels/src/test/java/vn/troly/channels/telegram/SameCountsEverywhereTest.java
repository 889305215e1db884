package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.support.MovableClock;
import vn.troly.channels.values.ChartData;
import vn.troly.channels.values.Reminders;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.SummaryBuilder;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.telegram.FakeBotApi.sent;

/**
 * Values reported on chosen days, then every surface asked where Vĩnh Trụ stands: chat, /summary, the chart, the
 * monthly report, Telegram's /tomtat and /baocao and the leaders' reminder give the same counts per status, today
 * (2 December 2026) and as of the end of October, when the values recorded in December were not known yet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameCountsEverywhereTest {

    private static final long LEADER = AdminApi.LEADER;
    /** A second leader of Vĩnh Trụ, for the past month: each test reads its own chat. */
    private static final long OTHER_LEADER = 7102;
    private static final String COMMUNE = "vinh-tru";
    private static final String[] CODES = {"met", "not_met", "at_risk", "overdue", "no_data"};
    /** What the report's assessment column writes for each status (prompts/report-monthly.yml). */
    private static final Map<String, String> REPORT_WORDS = Map.of("Đã đạt", "met", "Chưa đạt", "not_met",
            "Có nguy cơ", "at_risk", "Quá hạn", "overdue", "Chưa có số liệu", "no_data");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeBotApi api;
    private EmbeddedServer server;
    private Path data;

    @BeforeAll
    void reportValuesOnChosenDays() throws Exception {
        api = new FakeBotApi();
        data = Files.createTempDirectory("same-counts");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "assistant.data-dir", data.toString(), "assistant.admin-token", AdminApi.TOKEN,
                "assistant.telegram.token", FakeBotApi.TOKEN, "assistant.telegram.api-url", api.url(),
                "test.clock", "2026-10-20T03:00:00Z"));
        AdminApi admin = new AdminApi(server);
        admin.registerOfficials();
        admin.register("Lê Văn Lãnh Đạo", "leader", null, COMMUNE, OTHER_LEADER);
        // 20 October: 5G (due 12/2026, ≥ 70%) at 50; basic digital skills (due 11/2026, 100%) at 80, sent twice;
        // the commune's DTI index (due 12/2026, ≥ 0.70) at 0.72
        report("vinh-tru.pl1.i.2-1", "50", "2026-10-15");
        report("vinh-tru.pl1.i.3-1", "80", "2026-10-18");
        report("vinh-tru.pl1.i.3-1", "80", "2026-10-18");
        report("vinh-tru.pl1.i.5-1", "0.72", "2026-10-19");
        clock().set(Instant.parse("2026-12-02T03:00:00Z"));
        // 2 December: 5G reaches 72; VNeID (due 11/2026, ≥ 70%) at 60; broadband (due 12/2026) at 40 for 25 October,
        // recorded only now, so the October report cannot know it
        report("vinh-tru.pl1.i.2-1", "72", "2026-11-30");
        report("vinh-tru.pl1.i.7-1", "60", "2026-12-01");
        report("vinh-tru.pl1.i.2-2", "40", "2026-10-25");
    }

    @AfterAll
    void stop() {
        server.close();
        api.close();
        FakeBotApi.delete(data);
    }

    @Test
    void everySurfaceCountsTheSameToday() throws Exception {
        // met: 5G and the index; not met: broadband; overdue: the 11 rows due in November, reported or not
        Map<String, Long> expected = counts(2, 1, 0, 11, 27);
        assertEquals(expected, counts(get("/api/communes/" + COMMUNE + "/summary").get("counts")), "/summary");
        String chat = chat("Tóm tắt tình hình thực hiện");
        assertEquals(expected, statusLine(chat), "chat");
        // what changed since 25/11, by the same rule: the November rows fell due, 5G reached its target
        assertTrue(chat.contains("Từ ngày 25/11/2026: 11 chỉ tiêu mới quá hạn"), chat);
        assertTrue(chat.contains("1 chỉ tiêu mới đạt (STT 2.1)"), chat);
        ChartData chart = ChartData.of(bean(SummaryBuilder.class).summary(COMMUNE, new AsOf(LocalDate.of(2026, 12, 2), clock().getZone())));
        assertEquals(expected, chart.counts(), "the chart");
        assertEquals(5, chart.bars().size(), "the five rows with a value are drawn, the others counted");
        assertEquals(expected, reportTable(bytes("/api/communes/" + COMMUNE + "/report.docx?month=2026-12")), "this month's report");

        api.message(LEADER, "private", LEADER, "/xa Vĩnh Trụ");
        api.message(LEADER, "private", LEADER, "/tomtat");
        String telegram = api.await(2, sent("sendmessage", LEADER)).get(1).field("text");
        assertEquals(expected, statusLine(telegram), "Telegram /tomtat: " + telegram);
        assertTrue(api.await(1, sent("sendphoto", LEADER)).get(0).files().get("photo").length > 0, "with its chart");

        api.message(LEADER, "private", LEADER, "/dangky lãnh đạo");
        api.await(3, sent("sendmessage", LEADER));
        String reminder = bean(Reminders.class).compose(LocalDate.of(2026, 12, 2)).stream()
                .filter(m -> m.chatId().equals(String.valueOf(LEADER))).findFirst().orElseThrow().text();
        assertEquals(expected, statusLine(reminder), "the leaders' reminder");
    }

    @Test
    void everySurfaceCountsTheSameAsOfAPastMonthsEnd() throws Exception {
        // 31 October knew 5G at 50 and skills at 80 (not met), the index at 0.72 (met); nothing was due yet
        Map<String, Long> expected = counts(1, 2, 0, 0, 38);
        JsonNode october = get("/api/communes/" + COMMUNE + "/summary?asOf=2026-10-31");
        assertEquals(expected, counts(october.get("counts")), "/summary?asOf");
        assertEquals(expected, ChartData.of(bean(SummaryBuilder.class).summary(COMMUNE,
                new AsOf(LocalDate.of(2026, 10, 31), clock().getZone()))).counts(), "the chart");
        assertEquals(expected, reportTable(bytes("/api/communes/" + COMMUNE + "/report.docx?month=2026-10")), "October's report");

        api.message(OTHER_LEADER, "private", OTHER_LEADER, "/xa Vĩnh Trụ");
        api.message(OTHER_LEADER, "private", OTHER_LEADER, "/baocao 10/2026");
        byte[] docx = api.await(1, sent("senddocument", OTHER_LEADER)).get(0).files().get("document");
        assertEquals(expected, reportTable(docx), "Telegram /baocao");

        JsonNode firstDay = get("/api/communes/" + COMMUNE + "/summary?asOf=2026-10-20");
        assertEquals(3, firstDay.get("lastWeek").size(), "the same figure for the same day sent twice is one new value");
    }

    private static Map<String, Long> counts(long met, long notMet, long atRisk, long overdue, long noData) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] n = {met, notMet, atRisk, overdue, noData};
        for (int i = 0; i < CODES.length; i++) {
            counts.put(CODES[i], n[i]);
        }
        return counts;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String code : CODES) {
            counts.put(code, node.get(code).asLong());
        }
        return counts;
    }

    /** "Theo trạng thái: 2 đạt, 1 chưa đạt, 0 có nguy cơ, 11 quá hạn (…), 27 chưa có số liệu (…)." */
    private static Map<String, Long> statusLine(String text) {
        String[] patterns = {"(\\d+) đạt,", "(\\d+) chưa đạt,", "(\\d+) có nguy cơ", "(\\d+) quá hạn", "(\\d+) chưa có số liệu"};
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < CODES.length; i++) {
            Matcher m = Pattern.compile(patterns[i]).matcher(text);
            assertTrue(m.find(), () -> "no count in: " + text);
            counts.put(CODES[i], Long.parseLong(m.group(1)));
        }
        return counts;
    }

    /** The report's indicator table, counted by its assessment column (group heading rows have two cells). */
    private static Map<String, Long> reportTable(byte[] docx) throws Exception {
        Map<String, Long> counts = counts(0, 0, 0, 0, 0);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(1);
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                if (row.getTableCells().size() == 6) {
                    counts.merge(REPORT_WORDS.get(row.getCell(4).getText()), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private String chat(String text) throws Exception {
        String body = json.writeValueAsString(Map.of("text", text, "commune", COMMUNE));
        HttpResponse<String> response = http.send(request("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).get("answer").asText();
    }

    private void report(String indicator, String value, String asOf) throws Exception {
        String body = json.writeValueAsString(Map.of("value", value, "asOf", asOf));
        HttpResponse<String> response = http.send(request("/api/indicators/" + indicator + "/values")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", "Bearer " + AdminApi.TOKEN);
    }

    private MovableClock clock() {
        return (MovableClock) bean(Clock.class);
    }

    private <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }
}
