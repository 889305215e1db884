package vn.troly.channels.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Excel template round trip and CSV uploads: all rows stored, or none with row-by-row Vietnamese errors. */
class SheetApiTest {

    private static final String TOKEN = "to-khai";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql"})
    void fillsTheTemplateAndUploadsItAllOrNothing(String kind) throws Exception {
        Map<String, Object> properties = new java.util.HashMap<>(vn.troly.channels.support.Databases.properties(kind));
        properties.putAll(Map.of("assistant.data-dir", data.resolve(kind).toString(), "assistant.admin-token", TOKEN,
                "micronaut.server.port", "-1"));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient http = HttpClient.create(server.getURL())) {
            byte[] template = http.toBlocking().retrieve(HttpRequest.GET("/api/communes/loi-bac/template.xlsx"), byte[].class);
            String firstId;
            String secondId;
            byte[] good;
            byte[] bad;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertEquals("Mã chỉ tiêu", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(30, sheet.getLastRowNum() + 1, "29 indicators and the header");
                assertTrue(sheet.getColumnWidth(0) >= 26 * 256 && sheet.getColumnWidth(4) >= 34 * 256, "the id and the target show whole");
                assertTrue(sheet.getPaneInformation().isFreezePane(), "the header is frozen");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
                assertTrue(sheet.getDataValidations().size() >= 2, "the value and date columns are checked as they are typed");
                assertEquals("Hướng dẫn", workbook.getSheetAt(1).getSheetName());
                assertTrue(workbook.getSheetAt(1).getRow(4).getCell(0).getStringCellValue().contains("30/11/2026"));
                Row first = sheet.getRow(1);
                Row second = sheet.getRow(2);
                firstId = first.getCell(0).getStringCellValue();
                secondId = second.getCell(0).getStringCellValue();
                first.createCell(6).setCellValue(42.5);
                // typed the Vietnamese way, as text
                first.createCell(7).setCellValue("10/11/2026");
                second.createCell(6).setCellValue("150");
                bad = bytes(workbook);
                second.getCell(6).setCellValue("35,5");
                good = bytes(workbook);
            }

            HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class, () -> upload(http, bad));
            assertEquals(HttpStatus.BAD_REQUEST, rejected.getStatus());
            JsonNode errors = json.readTree(rejected.getResponse().getBody(String.class).orElseThrow()).get("errors");
            assertEquals(1, errors.size());
            assertEquals(3, errors.get(0).get("row").asInt());
            assertTrue(errors.get(0).get("message").asText().contains("Dòng 3"));
            assertEquals(0, history(http, firstId).size(), "a rejected upload stores nothing");

            JsonNode accepted = json.readTree(upload(http, good));
            assertEquals(2, accepted.get("stored").size());
            assertEquals(42.5, history(http, firstId).get(0).get("value").asDouble());
            assertEquals("2026-11-10", history(http, firstId).get(0).get("asOf").asText());
            assertEquals(35.5, history(http, secondId).get(0).get("value").asDouble());

            HttpClientResponseException broken = assertThrows(HttpClientResponseException.class,
                    () -> upload(http, "không phải excel".getBytes(StandardCharsets.UTF_8)));
            assertTrue(broken.getResponse().getBody(String.class).orElseThrow().contains("Không đọc được tệp Excel"));

            String csv = "ma,gia tri,ngay\n" + firstId + ";50;2026-11-20\n";
            JsonNode fromCsv = json.readTree(http.toBlocking().retrieve(HttpRequest.POST("/api/communes/loi-bac/values.csv", csv)
                    .contentType("text/csv").bearerAuth(TOKEN), String.class));
            assertEquals(1, fromCsv.get("stored").size());
            assertEquals(50.0, history(http, firstId).get(0).get("value").asDouble());
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private String upload(HttpClient http, byte[] file) {
        MultipartBody body = MultipartBody.builder().addPart("file", "bao-cao.xlsx",
                MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), file).build();
        return http.toBlocking().retrieve(HttpRequest.POST("/api/communes/loi-bac/values.xlsx", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(TOKEN), String.class);
    }

    private JsonNode history(HttpClient http, String id) throws Exception {
        return json.readTree(http.toBlocking().retrieve(HttpRequest.GET("/api/indicators/" + id + "/values").bearerAuth(TOKEN),
                String.class)).get("history");
    }
}
