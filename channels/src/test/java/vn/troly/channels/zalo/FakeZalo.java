package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Zalo's OA API and OAuth server on 127.0.0.1, speaking their wire protocol: messages need the current access token
 * in the access_token header; every error comes back as HTTP 200 with a negative "error"; a refresh token works once
 * and each refresh returns a new pair with expires_in as a string. It also signs webhook events as Zalo does.
 */
final class FakeZalo implements AutoCloseable {

    static final String APP_ID = "1234567890123456789";
    static final String APP_SECRET = "app-secret-XYZ";
    static final String OA_SECRET = "oa-secret-key-ABC";
    static final String FIRST_REFRESH = "ref-0";

    /** One message call as Zalo saw it: whom to, the token used, the body, and the error answered (0 = sent). */
    record Message(String userId, String accessToken, JsonNode body, int error) {
        String text() {
            return body.path("message").path("text").asText();
        }

        List<JsonNode> buttons() {
            JsonNode list = body.path("message").path("attachment").path("payload").path("buttons");
            return list.isArray() ? List.copyOf(iterable(list)) : List.of();
        }

        private static List<JsonNode> iterable(JsonNode list) {
            List<JsonNode> out = new ArrayList<>();
            list.forEach(out::add);
            return out;
        }
    }

    /**
     * One upload as Zalo saw it: to which endpoint ("image" or "file"), the token used, the form's file part, and the
     * id answered (an image's attachment_id, a file's token), or null when refused.
     */
    record Upload(String kind, String accessToken, String fileName, byte[] bytes, String id) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-zalo");
        t.setDaemon(true);
        return t;
    });
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger refusedRefreshes = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(9000);
    private String refreshToken = FIRST_REFRESH;
    private String accessToken;
    private String expiresIn = "90000";
    private long refreshDelayMillis = 150;

    FakeZalo() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/v4/oa/access_token", this::token);
        server.createContext("/v3.0/oa/message/cs", this::message);
        server.createContext("/v2.0/oa/upload/image", exchange -> upload(exchange, "image", "attachment_id"));
        server.createContext("/v2.0/oa/upload/file", exchange -> upload(exchange, "file", "token"));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Messages Zalo accepted for the user, in order. */
    List<Message> sent(String userId) {
        return messages.stream().filter(m -> m.userId().equals(userId) && m.error() == 0).toList();
    }

    int refreshes() {
        return refreshes.get();
    }

    int refusedRefreshes() {
        return refusedRefreshes.get();
    }

    synchronized String refreshToken() {
        return refreshToken;
    }

    /** The access token stops working now, as one does at its expiry or when the OA revokes it. */
    synchronized void expireAccessToken() {
        accessToken = "expired";
    }

    /** Lifetime given with the next tokens, in seconds, as Zalo writes it: a string. */
    synchronized void expiresIn(String seconds) {
        expiresIn = seconds;
    }

    /** The next message calls answer these errors (HTTP 200, "error": code), one each. */
    synchronized void failNext(int code, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(code);
        }
    }

    /** Waits until at least {@code count} accepted messages match, or fails after 20 s. */
    List<Message> await(int count, Predicate<Message> filter) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            List<Message> found = messages.stream().filter(m -> m.error() == 0).filter(filter).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " messages, got " + messages.stream().filter(filter).toList());
    }

    static Predicate<Message> to(String userId) {
        return m -> m.userId().equals(userId);
    }

    // ---- webhook events, signed as Zalo signs them ----------------------------------------------------------

    static String textEvent(String userId, String msgId, String text) {
        ObjectNode event = new ObjectMapper().createObjectNode().put("app_id", APP_ID).put("event_name", "user_send_text")
                .put("timestamp", String.valueOf(System.currentTimeMillis())).put("user_id_by_app", "55" + userId);
        event.putObject("sender").put("id", userId);
        event.putObject("recipient").put("id", "579745863508352884");
        event.putObject("message").put("msg_id", msgId).put("text", text);
        return event.toString();
    }

    static String followEvent(String userId) {
        ObjectNode event = new ObjectMapper().createObjectNode().put("app_id", APP_ID).put("event_name", "follow")
                .put("timestamp", String.valueOf(System.currentTimeMillis())).put("oa_id", "579745863508352884");
        event.putObject("follower").put("id", userId);
        return event.toString();
    }

    static String signature(String body) {
        try {
            String timestamp = new ObjectMapper().readTree(body).path("timestamp").asText();
            return ZaloSignature.sign(APP_ID, body.getBytes(StandardCharsets.UTF_8), timestamp, OA_SECRET);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- the server ---------------------------------------------------------------------------------------

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        ObjectNode answer = json.createObjectNode();
        try {
            // a slow OAuth server widens the window in which a second refresh would slip in
            Thread.sleep(refreshDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (!APP_SECRET.equals(exchange.getRequestHeaders().getFirst("secret_key")) || !APP_ID.equals(form.get("app_id"))
                    || !"refresh_token".equals(form.get("grant_type"))) {
                answer.put("error", -14002).put("error_name", "Invalid app").put("error_description", "app_id or secret_key wrong");
            } else if (!refreshToken.equals(form.get("refresh_token"))) {
                refusedRefreshes.incrementAndGet();
                answer.put("error", -14014).put("error_name", "Invalid refresh token").put("error_description", "used or unknown");
            } else {
                int n = refreshes.incrementAndGet();
                accessToken = "acc-" + n;
                refreshToken = "ref-" + n;
                answer.put("access_token", accessToken).put("refresh_token", refreshToken).put("expires_in", expiresIn);
            }
        }
        reply(exchange, answer);
    }

    private void message(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        String token = exchange.getRequestHeaders().getFirst("access_token");
        String user = body.path("recipient").path("user_id").asText();
        int error;
        synchronized (this) {
            if (token == null || !token.equals(accessToken)) {
                error = -216;
            } else {
                Integer failure = failures.poll();
                error = failure == null ? 0 : failure;
            }
        }
        messages.add(new Message(user, token, body, error));
        ObjectNode answer = json.createObjectNode().put("error", error);
        if (error == 0) {
            answer.put("message", "Success").putObject("data").put("message_id", "m" + messageIds.incrementAndGet()).put("user_id", user);
        } else {
            answer.put("message", error == -216 ? "Access token is invalid" : error == -32 ? "Exceed rate limit" : "Refused");
        }
        reply(exchange, answer);
    }

    List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** A multipart form with one part "file", as the OA API's upload endpoints take it; answers the id to send by. */
    private void upload(HttpExchange exchange, String kind, String idField) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("access_token");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = exchange.getRequestBody().readAllBytes();
        String boundary = type == null || !type.startsWith("multipart/form-data; boundary=") ? null : type.substring(type.indexOf('=') + 1);
        // ISO-8859-1 maps each byte to one char, so offsets in the text are offsets in the bytes
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        int head = raw.indexOf("\r\n\r\n");
        int end = boundary == null ? -1 : raw.lastIndexOf("\r\n--" + boundary + "--");
        Matcher name = Pattern.compile("name=\"file\"; filename=\"([^\"]*)\"").matcher(raw);
        ObjectNode answer = json.createObjectNode();
        boolean ok;
        synchronized (this) {
            ok = token != null && token.equals(accessToken) && head > 0 && end > head && name.find();
        }
        if (!ok) {
            uploads.add(new Upload(kind, token, null, body, null));
            reply(exchange, answer.put("error", token == null || !token.equals(accessToken) ? -216 : -201).put("message", "Refused"));
            return;
        }
        String id = kind + "-" + messageIds.incrementAndGet();
        uploads.add(new Upload(kind, token, name.group(1), Arrays.copyOfRange(body, head + 4, end), id));
        answer.put("error", 0).put("message", "Success").putObject("data").put(idField, id);
        reply(exchange, answer);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private void reply(HttpExchange exchange, JsonNode answer) throws IOException {
        byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
