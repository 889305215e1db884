package vn.troly.assistant.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** An OpenAI-compatible chat completions endpoint on 127.0.0.1 that plays a script of replies. */
final class FakeOpenAiServer implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Deque<Function<JsonNode, ObjectNode>> script = new ArrayDeque<>();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    volatile long delayMillis;

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody());
            requests.add(request);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Function<JsonNode, ObjectNode> step = script.poll();
            byte[] body = json.writeValueAsBytes(step == null ? text("(hết kịch bản)") : step.apply(request));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeOpenAiServer then(Function<JsonNode, ObjectNode> step) {
        script.add(step);
        return this;
    }

    /** A reply asking for one tool call. */
    ObjectNode toolCall(String name, String arguments) {
        ObjectNode message = json.createObjectNode().put("role", "assistant");
        message.putNull("content");
        ArrayNode calls = message.putArray("tool_calls");
        ObjectNode call = calls.addObject().put("id", "call_" + requests.size()).put("type", "function");
        call.putObject("function").put("name", name).put("arguments", arguments);
        return completion(message, "tool_calls");
    }

    /** A final text reply. */
    ObjectNode text(String content) {
        return completion(json.createObjectNode().put("role", "assistant").put("content", content), "stop");
    }

    /** The content of the last tool result the client sent back. */
    static String lastToolResult(JsonNode request) {
        String result = "";
        for (JsonNode message : request.get("messages")) {
            if ("tool".equals(message.path("role").asText())) {
                result = message.path("content").asText();
            }
        }
        return result;
    }

    private ObjectNode completion(ObjectNode message, String finish) {
        ObjectNode root = json.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                .put("created", 1_780_000_000L).put("model", "fake");
        root.putArray("choices").addObject().put("index", 0).put("finish_reason", finish).set("message", message);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
