package vn.troly.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.troly.channels.support.TempDataDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way a request can go wrong, over real HTTP: the status says what happened and the body is
 * {@code {"error": code, "message": Vietnamese}}, never a stack trace or a Java class name.
 */
@MicronautTest
class ErrorContractTest extends TempDataDir {

    private static final String TOKEN = "error-contract-token";
    /** Letters only Vietnamese has (and the đ): a message without any is English or lost its diacritics. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.|\\bjava\\.|io\\.micronaut|com\\.fasterxml|vn\\.troly");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("assistant.admin-token", TOKEN);
        properties.put("error-contract-test", "true");
        return properties;
    }

    @Test
    void malformedJsonIsBadRequest() throws Exception {
        for (String body : List.of("{oops", "[1, 2]", "42", "{\"text\": {\"nested\": true}}")) {
            expect(400, "bad_request", send("POST", "/api/chat", "application/json", body));
        }
        expect(400, "empty_message", send("POST", "/api/chat", "application/json", "{}"));
    }

    @Test
    void wrongContentTypeIsUnsupported() throws Exception {
        expect(415, "unsupported_media_type", send("POST", "/api/chat", "application/xml", "<text>xin chào</text>"));
        expect(415, "unsupported_media_type", send("POST", "/api/chat", "text/plain", "xin chào"));
    }

    @Test
    void unknownRouteAndWrongMethod() throws Exception {
        expect(404, "not_found", send("GET", "/api/khong-co", null, null));
        expect(404, "not_found", send("GET", "/api/communes/vinh-tru/khong-co", null, null));
        expect(405, "method_not_allowed", send("GET", "/api/chat", null, null));
        expect(405, "method_not_allowed", send("DELETE", "/api/communes", null, null));
        // over Netty's 4 kB request line: not a body too large, whatever status Netty picked
        expect(414, "uri_too_long", send("GET", "/api/communes/" + "a".repeat(9000) + "/plans", null, null));
    }

    @Test
    void unknownCommuneAndIndicator() throws Exception {
        expect(404, "unknown_commune", send("GET", "/api/communes/nope", null, null));
        expect(404, "unknown_commune", send("GET", "/api/communes/nope/indicators", null, null));
        expect(404, "unknown_commune", send("GET", "/api/communes/nope/plans", null, null));
        expect(404, "unknown_commune", send("GET", "/api/communes/nope/template.xlsx", null, null));
        expect(404, "unknown_indicator", authorized("GET", "/api/indicators/nope/values", null, null));
        expect(404, "unknown_indicator", authorized("POST", "/api/indicators/nope/values", "application/json", "{\"value\": 50}"));
    }

    @Test
    void writesNeedAToken() throws Exception {
        expect(401, "unauthorized", send("POST", "/api/indicators/vinh-tru.pl1.i.2-1/values", "application/json", "{\"value\": 50}"));
        expect(401, "unauthorized", send("POST", "/api/communes/vinh-tru/values.csv", "text/csv", "vinh-tru.pl1.i.2-1;50;;;"));
        expect(401, "unauthorized", send("GET", "/api/communes/vinh-tru/summary", null, null));
        HttpResponse<String> wrongToken = http.send(request("POST", "/api/indicators/vinh-tru.pl1.i.2-1/values", "application/json",
                "{\"value\": 50}".getBytes(StandardCharsets.UTF_8)).header("Authorization", "Bearer sai-ma").build(), ofString());
        expect(401, "invalid_token", wrongToken);
    }

    @Test
    void tooLargeBodiesAre413ButUploadsOfAFewMegabytesPass() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = send("POST", "/api/chat", "application/json", big);
        expect(413, "too_large", response);
        assertTrue(message(response).contains("1 MB"), message(response));
        expect(413, "too_large", authorized("POST", "/api/communes/vinh-tru/values.csv", "text/csv", "x;".repeat(700_000)));

        // a 3 MB upload is streamed, not buffered: it reaches the controller, which refuses it for what it is
        HttpResponse<String> upload = multipart("/api/plans", "ke-hoach.docx", new byte[3 * 1024 * 1024]);
        assertNotEquals(413, upload.statusCode(), upload.body());
        expect(400, "invalid_plan", upload);
        expect(413, "too_large", multipart("/api/plans", "ke-hoach.docx", new byte[11 * 1024 * 1024]));
    }

    @Test
    void rateLimitedRendersAs429() throws Exception {
        expect(429, "rate_limited", send("GET", "/test-only/rate-limited", null, null));
    }

    /** Stands in for the rate limiter being added elsewhere: it will throw exactly this. */
    @Requires(property = "error-contract-test", value = "true")
    @Controller("/test-only/rate-limited")
    static class RateLimitedController {
        @Get
        String limited() {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Bạn gửi quá nhiều câu hỏi, vui lòng thử lại sau một phút.");
        }
    }

    private void expect(int status, String code, HttpResponse<String> response) throws Exception {
        String body = response.body();
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), body);
        JsonNode error = json.readTree(body);
        assertEquals(2, error.size(), "only error and message: " + body);
        assertEquals(code, error.get("error").asText(), body);
        assertTrue(VIETNAMESE.matcher(error.get("message").asText()).find(), "Vietnamese with diacritics: " + body);
        assertFalse(LEAK.matcher(body).find(), "no stack trace or class name: " + body);
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body()).get("message").asText();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return http.send(request(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8)).build(), ofString());
    }

    private HttpResponse<String> authorized(String method, String path, String contentType, String body) throws Exception {
        return http.send(request(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + TOKEN).build(), ofString());
    }

    private HttpResponse<String> multipart(String path, String fileName, byte[] content) throws Exception {
        String boundary = "----troly" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray())
                .header("Authorization", "Bearer " + TOKEN).build(), ofString());
    }

    private HttpRequest.Builder request(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                // Expect: 100-continue lets the server refuse a big body before it is sent; otherwise its close after
                // the 413 races the upload, and the client may read a reset instead of the answer
                .expectContinue(body != null && body.length > 256 * 1024);
        return contentType == null ? builder : builder.header("Content-Type", contentType);
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
