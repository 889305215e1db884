package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Posts to Zalo with the JDK's HTTP client and reads the JSON it answers; no SDK exists on Maven Central. */
final class ZaloHttp {

    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final Duration timeout;

    ZaloHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode postJson(URI uri, Map<String, String> headers, JsonNode body) {
        return post(uri, headers, "application/json", json.valueToTree(body).toString());
    }

    JsonNode postForm(URI uri, Map<String, String> headers, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return post(uri, headers, "application/x-www-form-urlencoded", body);
    }

    /** A file as the one part "file" of a multipart form, as Zalo's upload endpoints take it. */
    JsonNode postFile(URI uri, Map<String, String> headers, String fileName, String mediaType, byte[] bytes) {
        String boundary = "troly-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(uri, headers, "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private JsonNode post(URI uri, Map<String, String> headers, String contentType, String body) {
        return post(uri, headers, contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** The answer's JSON; an HTTP status other than 200, a network failure or a body that is no JSON throw. */
    private JsonNode post(URI uri, Map<String, String> headers, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .POST(body);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new ZaloException(0, "HTTP " + response.statusCode() + " from " + uri.getPath());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ZaloException("no answer from " + uri.getPath() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZaloException("interrupted calling " + uri.getPath(), e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
