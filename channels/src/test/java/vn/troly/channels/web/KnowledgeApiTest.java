package vn.troly.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import vn.troly.channels.support.TempDataDir;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge endpoints over real HTTP, with an empty data folder. */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeApiTest extends TempDataDir {

    @Inject
    @Client("/")
    HttpClient http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @Order(1)
    void servesTheSampleCommunes() throws Exception {
        JsonNode communes = get("/api/communes");
        assertEquals(5, communes.size());
        JsonNode vinhTru = find(communes, "ninh-binh/vinh-tru");
        assertEquals("Vĩnh Trụ", vinhTru.get("name").asText());
        assertEquals(41, vinhTru.get("indicators").asInt());
        assertEquals(15, vinhTru.get("tasks").asInt());
        assertFalse(vinhTru.get("handover").asBoolean(), "no officials' group configured: no hand-over button");
        assertEquals("ninh-binh/vinh-tru", get("/api/communes/X%C3%A3%20V%C4%A9nh%20Tr%E1%BB%A5").get("id").asText(), "found by its Vietnamese name");
        assertEquals("UP", get("/health").get("status").asText());
    }

    @Test
    @Order(1)
    void servesTheChatPage() {
        String page = http.toBlocking().retrieve("/index.html");
        assertTrue(page.contains("Trợ lý số xã") && page.contains("app.js"), page.substring(0, 200));
        assertTrue(http.toBlocking().retrieve("/app.js").contains("/api/chat"));
    }

    @Test
    @Order(2)
    void servesIndicatorsWithProvenance() throws Exception {
        JsonNode body = get("/api/communes/phu-trung/indicators");
        assertEquals(23, body.get("indicators").size());
        JsonNode first = body.get("indicators").get(0);
        assertTrue(first.get("source").get("appendix").asText().toLowerCase().contains("phụ lục"));
        assertFalse(first.get("lead").isEmpty());
        assertTrue(first.get("source").get("startLine").asInt() > 0);
    }

    @Test
    @Order(3)
    void refusesAnUnknownCommuneInVietnamese() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/communes/khong-co/indicators"));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("Không tìm thấy xã"), body);
        assertFalse(body.contains("Exception"), body);
    }

    @Test
    @Order(4)
    void ingestsANewPlanAndRejectsABrokenOneWithoutLosingIt() throws Exception {
        byte[] plan;
        try (InputStream in = getClass().getResourceAsStream("/plans/hoa-an-other-layout.txt")) {
            plan = Objects.requireNonNull(in).readAllBytes();
        }
        MultipartBody upload = MultipartBody.builder().addPart("file", "ke-hoach-hoa-an.txt", MediaType.TEXT_PLAIN_TYPE, plan).build();
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.POST("/api/plans", upload).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus(), "only admins add plans");
        assertEquals(5, get("/api/communes").size());
        JsonNode created = json.readTree(http.toBlocking().retrieve(
                HttpRequest.POST("/api/plans", upload).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(ADMIN_TOKEN), String.class));
        assertTrue(created.get("indicators").asInt() > 0);
        assertEquals(6, get("/api/communes").size());

        MultipartBody broken = MultipartBody.builder().addPart("file", "hong.txt", MediaType.TEXT_PLAIN_TYPE,
                "chỉ là một dòng chữ, không phải kế hoạch".getBytes(StandardCharsets.UTF_8)).build();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.POST("/api/plans", broken).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(ADMIN_TOKEN), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        JsonNode error = json.readTree(e.getResponse().getBody(String.class).orElseThrow());
        assertFalse(error.get("message").asText().isBlank());
        assertEquals(6, get("/api/communes").size());
        assertEquals(created.get("indicators").asInt(), get("/api/communes/hoa-an/indicators").get("indicators").size());
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.toBlocking().retrieve(path));
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
