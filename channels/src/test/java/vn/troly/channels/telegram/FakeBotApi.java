package vn.troly.channels.telegram;

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
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 speaking Telegram's wire protocol (JSON bodies, multipart uploads, {"ok":…} replies)
 * for the calls the bot makes. It records every call and can fail the next calls of a method like Telegram does.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123:test";
    public static final String USERNAME = "troly_xa_bot";

    /** One request: the method (lower case), its fields as text, its uploaded files, and whether it succeeded. */
    public record Call(String method, Map<String, String> fields, Map<String, byte[]> files, boolean ok) {
        public String field(String name) {
            return fields.get(name);
        }

        public long chatId() {
            return Long.parseLong(fields.getOrDefault("chat_id", "0"));
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<String>> failures = new HashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger(100);
    private final AtomicInteger messageIds = new AtomicInteger(1000);

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/bot" + TOKEN + "/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The next call of that method fails with this error (HTTP status = error_code, as Telegram does). */
    synchronized void failNext(String method, int code, String description, Integer retryAfter) {
        ObjectNode error = json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            error.putObject("parameters").put("retry_after", retryAfter);
        }
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>()).add(error.toString());
    }

    /** Queues a text message from a user in a chat; returns the update id. */
    int message(long chatId, String chatType, long userId, String text) {
        return message(chatId, chatType, userId, text, null);
    }

    public int message(long chatId, String chatType, long userId, String text, Map<String, Object> extra) {
        int id = updateIds.incrementAndGet();
        Map<String, Object> message = new HashMap<>(Map.of("message_id", id, "date", 1780000000,
                "chat", chat(chatId, chatType), "from", user(userId), "text", text));
        if (extra != null) {
            message.putAll(extra);
        }
        updates.add(write(Map.of("update_id", id, "message", message)));
        return id;
    }

    /** Queues a press on an inline button under the bot's message. */
    void press(long chatId, String chatType, long userId, int messageId, String data) {
        updates.add(callbackUpdate(chatId, chatType, userId, messageId, data));
    }

    String callbackUpdate(long chatId, String chatType, long userId, int messageId, String data) {
        int id = updateIds.incrementAndGet();
        return write(Map.of("update_id", id, "callback_query", Map.of("id", "cb" + id, "from", user(userId),
                "chat_instance", "ci" + chatId, "data", data,
                "message", Map.of("message_id", messageId, "date", 1780000000, "chat", chat(chatId, chatType),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", USERNAME),
                        "text", "…"))));
    }

    String messageUpdate(long chatId, String chatType, long userId, String text) {
        int id = updateIds.incrementAndGet();
        return write(Map.of("update_id", id, "message", Map.of("message_id", id, "date", 1780000000,
                "chat", chat(chatId, chatType), "from", user(userId), "text", text)));
    }

    /** The successful calls matching, waiting up to five seconds for at least {@code count} of them. */
    public List<Call> await(int count, Predicate<Call> filter) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            List<Call> found = calls.stream().filter(Call::ok).filter(filter).toList();
            if (found.size() >= count || System.nanoTime() > end) {
                return found;
            }
            Thread.sleep(20);
        }
    }

    public static Predicate<Call> sent(String method, long chatId) {
        return c -> c.method().equals(method) && c.chatId() == chatId;
    }

    private static Map<String, Object> chat(long id, String type) {
        return "private".equals(type) ? Map.of("id", id, "type", type, "first_name", "An")
                : Map.of("id", id, "type", type, "title", "Cán bộ xã");
    }

    private static Map<String, Object> user(long id) {
        return Map.of("id", id, "is_bot", false, "first_name", "Người dùng " + id, "language_code", "vi");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the server ----------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring(("/bot" + TOKEN + "/").length()).toLowerCase(Locale.ROOT);
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> fields = new HashMap<>();
        Map<String, byte[]> files = new HashMap<>();
        parse(exchange.getRequestHeaders().getFirst("Content-Type"), body, fields, files);
        // uploads are parts named by the file and referenced as "attach://name" from their field
        fields.forEach((name, value) -> {
            if (value.startsWith("attach://") && files.containsKey(value.substring(9))) {
                files.put(name, files.get(value.substring(9)));
            }
        });
        String failure;
        synchronized (this) {
            Deque<String> queued = failures.get(method);
            failure = queued == null ? null : queued.poll();
        }
        if (failure != null) {
            calls.add(new Call(method, fields, files, false));
            respond(exchange, json.readTree(failure).get("error_code").asInt(), failure);
            return;
        }
        String result = switch (method) {
            case "getupdates" -> {
                String next;
                try {
                    // a short long poll: the client asks again at once, so an empty answer must not come back instantly
                    next = updates.poll(300, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    next = null;
                }
                yield "[" + (next == null ? "" : next) + "]";
            }
            case "getme" -> write(Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", USERNAME,
                    "can_join_groups", true, "can_read_all_group_messages", false, "supports_inline_queries", false));
            case "sendmessage", "sendphoto", "senddocument", "editmessagetext" -> sentMessage(method, fields);
            default -> "true"; // answerCallbackQuery, setWebhook, deleteWebhook
        };
        if (!method.equals("getupdates") || !result.equals("[]")) {
            calls.add(new Call(method, fields, files, true));
        }
        respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private String sentMessage(String method, Map<String, String> fields) {
        long chatId = Long.parseLong(fields.getOrDefault("chat_id", "0"));
        int messageId = method.equals("editmessagetext") ? Integer.parseInt(fields.getOrDefault("message_id", "0"))
                : messageIds.incrementAndGet();
        fields.put("result_message_id", String.valueOf(messageId));
        Map<String, Object> message = new HashMap<>(Map.of("message_id", messageId, "date", 1780000000,
                "chat", Map.of("id", chatId, "type", chatId < 0 ? "supergroup" : "private"),
                "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", USERNAME)));
        if (method.equals("sendphoto")) {
            message.put("photo", List.of(Map.of("file_id", "p1", "file_unique_id", "u1", "width", 720, "height", 400)));
        } else if (method.equals("senddocument")) {
            message.put("document", Map.of("file_id", "d1", "file_unique_id", "u2", "file_name", "bao-cao.docx"));
        } else {
            message.put("text", fields.getOrDefault("text", ""));
        }
        return write(message);
    }

    private void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** JSON, form or multipart bodies into text fields (objects as their JSON) and files. */
    private void parse(String contentType, byte[] body, Map<String, String> fields, Map<String, byte[]> files) throws IOException {
        if (contentType == null || body.length == 0) {
            return;
        }
        if (contentType.contains("json")) {
            JsonNode node = json.readTree(body);
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        } else if (contentType.startsWith("multipart/form-data")) {
            String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
            // ISO-8859-1 keeps every byte as one char, so file bytes survive the splitting
            String raw = new String(body, StandardCharsets.ISO_8859_1);
            for (String part : raw.split(java.util.regex.Pattern.quote(boundary))) {
                int headerEnd = part.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    continue;
                }
                String headers = part.substring(0, headerEnd);
                String content = part.substring(headerEnd + 4);
                if (content.endsWith("\r\n")) {
                    content = content.substring(0, content.length() - 2);
                }
                String name = headers.replaceFirst("(?s).*name=\"([^\"]+)\".*", "$1");
                byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
                if (headers.contains("filename=")) {
                    files.put(name, bytes);
                } else {
                    fields.put(name, new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } else {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Removes a test's data folder (index, H2 file). */
    static void delete(java.nio.file.Path folder) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
