package vn.troly.channels.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.troly.channels.support.TempDataDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads that would cost the service more than a commune's plan or sheet ever needs are refused before they are
 * parsed, with a Vietnamese reason; uploads beyond the configured number at once are told to come back later.
 */
class BoundedUploadsTest extends TempDataDir {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedServer server;
    private HttpClient client;
    private BlockingHttpClient http;

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("assistant.uploads.max-concurrent", "1");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = HttpClient.create(server.getURL());
        http = client.toBlocking();
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aSheetOf450000RowsIsRefusedUnread() throws IOException {
        JsonNode refusal = refused(upload("/api/communes/vinh-tru/values.xlsx", "bao-cao.xlsx", XLSX, sheet(450_000)),
                Set.of(400, 413));
        assertTrue(Set.of("too_many_rows", "part_too_large").contains(refusal.get("error").asText()), refusal.toString());
    }

    @Test
    void aSheetWithMoreRowsThanTheCommuneHasIndicatorsIsRefused() throws IOException {
        JsonNode refusal = refused(upload("/api/communes/vinh-tru/values.xlsx", "bao-cao.xlsx", XLSX, sheet(3_000)), Set.of(400));
        assertEquals("too_many_rows", refusal.get("error").asText());
        assertTrue(refusal.get("message").asText().contains("quá nhiều dòng"), refusal.toString());
    }

    @Test
    void aCsvWithMoreRowsThanTheCommuneHasIndicatorsIsRefused() {
        String csv = "id,value\n" + "vinh-tru.1.1,50\n".repeat(500);
        JsonNode refusal = refused(HttpRequest.POST("/api/communes/vinh-tru/values.csv", csv)
                .contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth(ADMIN_TOKEN), Set.of(400));
        assertEquals("too_many_rows", refusal.get("error").asText());
    }

    @Test
    void aDocxPlanWithAHugeExtraPartIsRefusedUnparsed() throws IOException {
        JsonNode refusal = refused(upload("/api/plans", "ke-hoach.docx", DOCX, docxWithExtraPart(30 * 1024 * 1024)), Set.of(413));
        assertEquals("part_too_large", refusal.get("error").asText());
        assertTrue(refusal.get("message").asText().contains("20 MB"), refusal.toString());
    }

    @Test
    void aTextPlanLongerThanAnyPlanIsRefusedUnparsed() {
        byte[] plan = ("KẾ HOẠCH Chuyển đổi số xã Thử Nghiệm\n" + "1.1\tChỉ tiêu\tPhòng Kinh tế\t\t50%\t100%\n".repeat(46_546))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode refusal = refused(upload("/api/plans", "thu-nghiem.txt", MediaType.TEXT_PLAIN, plan), Set.of(400));
        assertEquals("too_many_rows", refusal.get("error").asText());
        assertEquals(404, status(HttpRequest.GET("/api/communes/thu-nghiem")), "nothing of it is kept");
    }

    @Test
    void uploadsBeyondTheConfiguredNumberAtOnceAreAskedToComeBack() {
        String csv = "id,value\n";
        UploadGate gate = server.getApplicationContext().getBean(UploadGate.class);
        try (UploadGate.Permit busy = gate.enter()) {
            HttpClientResponseException e = refusal(HttpRequest.POST("/api/communes/vinh-tru/values.csv", csv)
                    .contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth(ADMIN_TOKEN));
            assertEquals(503, e.getStatus().getCode());
            assertEquals("10", e.getResponse().getHeaders().get("Retry-After"));
            assertTrue(e.getResponse().getBody(String.class).orElse("").contains("gửi lại sau 10 giây"));
        }
        assertNotEquals(503, status(HttpRequest.POST("/api/communes/vinh-tru/values.csv", csv)
                .contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth(ADMIN_TOKEN)), "the permit is back once released");
    }

    private MutableHttpRequest<MultipartBody> upload(String path, String name, String type, byte[] content) {
        return HttpRequest.POST(path, MultipartBody.builder().addPart("file", name, MediaType.of(type), content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(ADMIN_TOKEN);
    }

    private JsonNode refused(MutableHttpRequest<?> request, Set<Integer> statuses) {
        HttpClientResponseException e = refusal(request);
        assertTrue(statuses.contains(e.getStatus().getCode()), e.getStatus() + " " + e.getResponse().getBody(String.class));
        try {
            JsonNode body = json.readTree(e.getResponse().getBody(String.class).orElseThrow());
            assertFalse(body.get("message").asText().isBlank() || body.get("message").asText().contains("Exception"), body.toString());
            return body;
        } catch (IOException notJson) {
            throw new AssertionError(notJson);
        }
    }

    private HttpClientResponseException refusal(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.exchange(request, String.class);
            throw new AssertionError("accepted: " + response.code() + " " + response.body());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** A value sheet of the template's shape with this many filled rows. */
    private static byte[] sheet(int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo số liệu");
            sheet.createRow(0).createCell(0).setCellValue("Mã chỉ tiêu");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(6).setCellValue(1);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** A small Word document with one more part of this many (highly compressible) bytes. */
    private static byte[] docxWithExtraPart(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/extra.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
