package vn.troly.channels.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.troly.channels.support.TempDataDir;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan uploaded as PDF over the real HTTP endpoint: one with a text layer is added like a .docx; a scan is refused
 * with a Vietnamese reason that says what to send instead, and a PDF with more pages than any plan is refused before
 * it is parsed. Nothing refused is kept.
 */
class PdfPlanUploadTest extends TempDataDir {

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedServer server;
    private HttpClient client;
    private BlockingHttpClient http;

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("assistant.uploads.max-plan-pages", "30");
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
    void aPdfPlanWithATextLayerIsAdded() throws Exception {
        byte[] pdf = PdfPlans.anBinh(List.of(
                new String[]{"STT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Năm 2026"},
                new String[]{"1", "Tỷ lệ hồ sơ trực tuyến", "Phòng Văn hóa - Xã hội", "Công an xã", "Đạt 80%"},
                new String[]{"2", "Tỷ lệ phủ sóng 5G", "Công an xã", "", "Đạt 70%"}));
        JsonNode created = json.readTree(http.retrieve(upload("ke-hoach-an-binh.pdf", pdf), String.class));
        assertEquals(2, created.get("indicators").asInt(), created.toString());

        JsonNode indicators = json.readTree(http.retrieve("/api/communes/an-binh/indicators")).get("indicators");
        assertEquals("Tỷ lệ hồ sơ trực tuyến", indicators.get(0).get("name").asText());
        assertEquals("Phòng Văn hóa - Xã hội", indicators.get(0).get("lead").get(0).get("name").asText());
    }

    @Test
    void aScannedPdfIsRefusedWithAVietnameseReason() throws Exception {
        int communes = communes();
        HttpClientResponseException e = refusal(upload("ke-hoach-scan.pdf", PdfPlans.scan(3)));
        assertEquals(400, e.getStatus().getCode());
        JsonNode body = json.readTree(e.getResponse().getBody(String.class).orElseThrow());
        assertEquals("invalid_plan", body.get("error").asText());
        assertEquals("Tệp PDF \"ke-hoach-scan.pdf\" là bản quét hoặc dùng phông chữ cũ (TCVN3/VNI), chưa đọc được chữ;"
                + " hãy tải bản PDF xuất từ Word hoặc tệp .docx.", body.get("message").asText());
        assertEquals(communes, communes(), "nothing of it is kept");
    }

    @Test
    void aPdfWithMorePagesThanAnyPlanIsRefusedUnparsed() throws Exception {
        HttpClientResponseException e = refusal(upload("ke-hoach-dai.pdf", PdfPlans.blankPages(31)));
        assertEquals(400, e.getStatus().getCode());
        JsonNode body = json.readTree(e.getResponse().getBody(String.class).orElseThrow());
        assertEquals("too_many_pages", body.get("error").asText());
        assertTrue(body.get("message").asText().contains("tối đa 30 trang"), body.toString());
    }

    private int communes() throws IOException {
        return json.readTree(http.retrieve("/api/communes")).size();
    }

    private MutableHttpRequest<MultipartBody> upload(String name, byte[] content) {
        return HttpRequest.POST("/api/plans", MultipartBody.builder().addPart("file", name, MediaType.of("application/pdf"),
                content).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(ADMIN_TOKEN);
    }

    private HttpClientResponseException refusal(MutableHttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http.exchange(request, String.class));
    }
}
