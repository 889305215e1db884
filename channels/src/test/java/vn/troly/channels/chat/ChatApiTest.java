package vn.troly.channels.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import vn.troly.channels.support.TempDataDir;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/chat over real HTTP: the answer contract and clean refusals of bad input. */
@MicronautTest
class ChatApiTest extends TempDataDir {

    @Inject
    @Client("/")
    HttpClient http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersWithTheContract() throws Exception {
        JsonNode answer = chat(Map.of("text", "ai chu tri chi tieu phu song 5G", "commune", "vinh-tru"));
        assertEquals("answered", answer.get("status").asText());
        assertEquals("lead", answer.get("intent").asText());
        assertEquals("ninh-binh/vinh-tru", answer.get("commune").get("id").asText());
        assertTrue(answer.get("answer").asText().contains("Phòng Văn hóa - Xã hội"));
        JsonNode card = answer.get("indicators").get(0);
        assertTrue(card.get("name").asText().contains("5G"));
        assertEquals("Phòng Văn hóa - Xã hội", card.get("lead").get(0).asText());
        JsonNode citation = answer.get("citations").get(0);
        assertEquals("2.1", citation.get("stt").asText());
        assertFalse(citation.get("documentTitle").asText().isBlank());
        assertFalse(answer.get("conversationId").asText().isBlank());
    }

    @Test
    void followsUpInAConversation() throws Exception {
        JsonNode first = chat(Map.of("text", "Ai chủ trì chỉ tiêu chữ ký số?", "commune", "phu-trung"));
        JsonNode second = chat(Map.of("text", "thế còn xã Vĩnh Trụ?", "conversationId", first.get("conversationId").asText()));
        assertEquals("ninh-binh/vinh-tru", second.get("commune").get("id").asText());
        assertTrue(second.get("indicators").get(0).get("name").asText().toLowerCase().contains("ký số"), second.toString());
    }

    @Test
    void refusesBadInputInVietnamese() {
        for (String body : new String[]{"{not json", "{\"text\": \"\"}", "{\"text\": \"" + "a".repeat(50_000) + "\"}"}) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                    HttpRequest.POST("/api/chat", body).contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            String response = e.getResponse().getBody(String.class).orElse("");
            assertTrue(response.contains("\"message\""), response);
            assertFalse(response.contains("Exception") || response.contains("at vn."), response);
        }
    }

    @Test
    void keepsEveryContractKeyEvenWhenEmpty() throws Exception {
        JsonNode answer = chat(Map.of("text", "Giá vàng hôm nay?"));
        assertEquals("out_of_scope", answer.get("status").asText());
        for (String key : new String[]{"answer", "status", "intent", "commune", "conversationId", "citations", "indicators"}) {
            assertTrue(answer.has(key), key + " missing in " + answer);
        }
        assertTrue(answer.get("commune").isNull());
        assertTrue(answer.get("citations").isArray() && answer.get("citations").isEmpty());
    }

    @Test
    void asksAgainForAnUnknownCommune() throws Exception {
        JsonNode answer = chat(Map.of("text", "Ai chủ trì chỉ tiêu 5G?", "commune", "atlantis"));
        assertEquals("clarification_needed", answer.get("status").asText());
        assertTrue(answer.get("answer").asText().contains("Vĩnh Trụ"));
    }

    @Test
    void takesAPickedCommuneAsATypedAction() throws Exception {
        JsonNode question = chat(Map.of("text", "Ai chủ trì chỉ tiêu 5G?"));
        assertEquals("clarification_needed", question.get("status").asText(), question.toString());
        JsonNode offered = question.get("candidates");
        assertTrue(offered.size() >= 2, question.toString());
        offered.forEach(c -> assertEquals("commune", c.get("kind").asText()));

        JsonNode picked = chat(Map.of("text", "Xã Vĩnh Trụ", "conversationId", question.get("conversationId").asText(),
                "action", Map.of("type", "pick", "id", "vinh-tru")));
        assertEquals("answered", picked.get("status").asText(), picked.toString());
        assertEquals("ninh-binh/vinh-tru", picked.get("commune").get("id").asText());
        assertTrue(picked.get("answer").asText().contains("Phòng Văn hóa - Xã hội"), picked.toString());

        // a confirmation with nothing waiting is said to be stale; a malformed action is a 400
        JsonNode stale = chat(Map.of("conversationId", picked.get("conversationId").asText(),
                "action", Map.of("type", "confirm", "yes", true)));
        assertEquals("stale_action", stale.get("intent").asText(), stale.toString());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> chat(Map.of(
                "action", Map.of("type", "pick"))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("invalid_action"));
    }

    private JsonNode chat(Map<String, ?> body) throws Exception {
        return json.readTree(http.toBlocking().retrieve(HttpRequest.POST("/api/chat", json.writeValueAsString(body))
                .contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
    }
}
