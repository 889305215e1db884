package vn.troly.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.troly.channels.support.TempDataDir;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provinces of the sample plans, communes by province, and commune ids with their province. */
@MicronautTest
class ProvincesApiTest extends TempDataDir {

    @Inject
    @Client("/")
    HttpClient http;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.toBlocking().retrieve(path));
    }

    @Test
    void provincesListTheSamplePlansProvinces() throws Exception {
        List<String> ids = new ArrayList<>();
        get("/api/provinces").forEach(p -> ids.add(p.get("id").asText() + ":" + p.get("communes").asInt()));
        // Lợi Bác's plan names no province
        assertEquals(List.of("bac-ninh:1", "dong-nai:1", "hai-phong:1", "ninh-binh:1"), ids);
    }

    @Test
    void communesOfAProvinceByItsIdOrName() throws Exception {
        for (String province : List.of("ninh-binh", "Ninh%20B%C3%ACnh", "ninh%20binh")) {
            JsonNode communes = get("/api/communes?province=" + province);
            assertEquals(1, communes.size(), province);
            assertEquals("ninh-binh/vinh-tru", communes.get(0).get("id").asText());
            assertEquals("ninh-binh/vinh-tru", communes.get(0).get("qualifiedId").asText());
            assertEquals("ninh-binh", communes.get(0).get("provinceId").asText());
        }
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/communes?province=ha-giang"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
        String body = unknown.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("unknown_province") && body.contains("Chưa có kế hoạch của xã nào thuộc tỉnh"), body);
    }

    @Test
    void aCommuneIsFoundByItsIdWithTheProvince() throws Exception {
        assertEquals("ninh-binh/vinh-tru", get("/api/communes/ninh-binh%2Fvinh-tru").get("id").asText());
        assertEquals(41, get("/api/communes/ninh-binh%2Fvinh-tru/indicators").get("indicators").size());
        assertEquals("ninh-binh/vinh-tru", json.readTree(http.toBlocking().retrieve(HttpRequest.POST("/api/chat",
                "{\"text\": \"Ai chủ trì chỉ tiêu phủ sóng 5G?\", \"commune\": \"ninh-binh/vinh-tru\"}"))).get("commune").get("id").asText());
    }

    @Test
    void aLeaderRegisteredWithTheIdWithItsProvinceReadsTheCommuneByEitherId() throws Exception {
        JsonNode created = json.readTree(http.toBlocking().retrieve(HttpRequest.POST("/api/admin/users",
                "{\"name\": \"Trần Văn Hùng\", \"role\": \"leader\", \"communeId\": \"ninh-binh/vinh-tru\"}").bearerAuth(ADMIN_TOKEN)));
        assertEquals("ninh-binh/vinh-tru", created.get("user").get("communeId").asText(), created.toString());
        String token = created.get("token").asText();
        for (String id : List.of("vinh-tru", "ninh-binh%2Fvinh-tru")) {
            JsonNode summary = json.readTree(http.toBlocking().retrieve(HttpRequest.GET("/api/communes/" + id + "/summary").bearerAuth(token)));
            assertTrue(summary.get("counts").size() > 0, id + ": " + summary);
        }
    }
}
