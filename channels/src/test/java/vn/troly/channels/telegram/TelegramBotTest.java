package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real TelegramBots client against a fake Bot API server on 127.0.0.1 speaking the wire protocol. */
class TelegramBotTest {

    private static final String TOKEN = "123:test";
    private final ObjectMapper json = new ObjectMapper();
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @TempDir
    Path data;

    @Test
    void answersChatMessagesWithSourcesAndRemembersTheCommune() throws Exception {
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        api.createContext("/bot" + TOKEN + "/", this::handle);
        api.start();
        updates.add(update(1, "/xa Vĩnh Trụ"));
        updates.add(update(2, "ai chủ trì chỉ tiêu phủ sóng 5G?"));
        updates.add(update(3, "còn hạn thì sao?"));
        updates.add(update(4, "/dangky Phòng Kinh tế"));
        try (ApplicationContext context = ApplicationContext.run(Map.of("assistant.data-dir", data.toString(),
                "assistant.telegram.token", TOKEN, "assistant.telegram.api-url", "http://127.0.0.1:" + api.getAddress().getPort()))) {
            for (int i = 0; i < 100 && sent.size() < 4; i++) {
                Thread.sleep(100);
            }
            assertEquals(4, sent.size(), sent.toString());
            assertTrue(sent.get(0).contains("Đã chọn xã Vĩnh Trụ"), sent.get(0));
            assertTrue(sent.get(1).contains("Phòng Văn hóa - Xã hội") && sent.get(1).contains("Nguồn"), sent.get(1));
            assertTrue(sent.get(2).contains("Tháng 12/2026"), "the follow-up refers back: " + sent.get(2));
            assertTrue(sent.get(3).contains("Phòng Kinh tế"), sent.get(3));

            // the monthly reminder, sent on a day we choose rather than waited for
            java.util.List<vn.troly.channels.values.Reminders.Outgoing> reminders =
                    context.getBean(vn.troly.channels.values.Reminders.class).send(java.time.LocalDate.of(2026, 12, 15));
            assertEquals(1, reminders.size());
            assertTrue(reminders.get(0).text().contains("Chưa báo cáo số liệu tháng này"), reminders.get(0).text());
            for (int i = 0; i < 50 && sent.size() < 5; i++) {
                Thread.sleep(100);
            }
            assertTrue(sent.get(4).startsWith("Nhắc việc tháng 12/2026 — Phòng Kinh tế, xã Vĩnh Trụ"), sent.get(4));

            vn.troly.channels.values.ReminderScheduler scheduler = context.getBean(vn.troly.channels.values.ReminderScheduler.class);
            java.time.ZoneId zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
            assertEquals(java.time.ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0, zone),
                    scheduler.nextRun(java.time.ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, zone)));
            assertEquals(java.time.ZonedDateTime.of(2026, 11, 15, 8, 0, 0, 0, zone),
                    scheduler.nextRun(java.time.ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, zone)));
        } finally {
            api.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring(("/bot" + TOKEN + "/").length()).toLowerCase(Locale.ROOT);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String response;
        switch (method) {
            case "getupdates" -> {
                String next;
                try {
                    next = updates.poll(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    next = null;
                }
                response = "{\"ok\":true,\"result\":[" + (next == null ? "" : next) + "]}";
            }
            case "sendmessage" -> {
                sent.add(text(body, exchange.getRequestHeaders().getFirst("Content-Type")));
                response = "{\"ok\":true,\"result\":{\"message_id\":" + sent.size()
                        + ",\"date\":1780000000,\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"ok\"}}";
            }
            default -> response = "{\"ok\":true,\"result\":true}";
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The text parameter, whether the client posted JSON or a form. */
    private String text(String body, String contentType) throws IOException {
        if (contentType != null && contentType.contains("json")) {
            JsonNode node = json.readTree(body);
            assertEquals(42, node.get("chat_id").asLong());
            return node.get("text").asText();
        }
        for (String pair : body.split("&")) {
            if (pair.startsWith("text=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        return body;
    }

    private String update(int id, String text) throws IOException {
        return json.writeValueAsString(Map.of("update_id", id, "message", Map.of("message_id", id, "date", 1780000000,
                "chat", Map.of("id", 42, "type", "private"), "from", Map.of("id", 42, "is_bot", false, "first_name", "An"),
                "text", text)));
    }
}
