package vn.troly.channels.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.channels.support.Databases;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing acknowledged is lost: the packaged service takes value reports, questions, registrations and value proposals
 * from concurrent clients, is killed with SIGKILL right after the last answer, and on restart has every one of them. Runs
 * after the jar is packaged (the crash-recovery execution in channels/pom.xml); scripts/crash-test.sh runs it on any jar.
 */
class CrashRecoveryTest {

    private static final String ADMIN = "ma-quan-tri-crash";
    private static final int VALUES = 200;
    private static final int QUESTIONS = VALUES;
    private static final int USERS = 20;
    private static final int PENDING = USERS;
    private static final Pattern VALUE_ID = Pattern.compile("^#(\\d+) ");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everythingAcknowledgedSurvivesAKill(String database) throws Exception {
        assertTrue(ServiceProcess.jarExists(), "package the service first (./mvnw verify does)");
        Map<String, Object> properties = new HashMap<>(Databases.properties(database));
        properties.put("assistant.admin-token", ADMIN);
        properties.put("assistant.rate-limit.per-user-per-minute", 0);
        ServiceProcess service = new ServiceProcess(data, properties);
        try {
            service.start("first.log");
            String indicator = indicator(service.base());
            Acknowledged acked = load(service.base(), indicator);
            service.kill();

            service.start("second.log");
            Survived survived = check(service.base(), indicator, acked);
            System.out.println("crash test on " + database + ": " + survived);
            assertEquals(new Survived(VALUES, VALUES, QUESTIONS, QUESTIONS, USERS, PENDING), survived);
        } finally {
            service.stop();
        }
    }

    /** What the service answered with a success before it was killed. */
    private record Acknowledged(Set<Long> valueIds, Set<String> questions, List<String> tokens, List<String> pending) {
    }

    /** How many of the acknowledged writes the restarted service has. */
    record Survived(int values, int valueRows, int questionRows, int answerRows, int usersSignIn, int pendingConfirmable) {
    }

    private Acknowledged load(String base, String indicator) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Long>> values = new ArrayList<>();
            List<Future<String>> questions = new ArrayList<>();
            List<Future<String>> tokens = new ArrayList<>();
            List<Future<String>> pending = new ArrayList<>();
            // interleaved, so the last answers before the kill are of every kind
            for (int i = 0; i < VALUES; i++) {
                String value = "{\"value\": " + (40 + i % 20) + ", \"asOf\": \"2026-10-31\", \"source\": \"kiểm tra " + i + "\"}";
                values.add(clients.submit(() -> post(base, "/api/indicators/" + indicator + "/values", value, ADMIN, 201)
                        .get("value").get("id").asLong()));
                String mark = marker(i);
                String question = "{\"text\": \"tiến độ phủ sóng 5G, câu hỏi kiểm tra " + mark + "\", \"commune\": \"vinh-tru\"}";
                questions.add(clients.submit(() -> {
                    post(base, "/api/chat", question, null, 200);
                    return mark;
                }));
                if (i % (VALUES / USERS) == VALUES / USERS - 1) {
                    String user = "{\"name\": \"Lãnh đạo kiểm tra " + i + "\", \"role\": \"leader\", \"communeId\": \"vinh-tru\"}";
                    tokens.add(clients.submit(() -> post(base, "/api/admin/users", user, ADMIN, 201).get("token").asText()));
                    String report = "{\"text\": \"cập nhật phủ sóng 5G " + (60 + i % 30) + "%\", \"commune\": \"vinh-tru\"}";
                    pending.add(clients.submit(() -> {
                        JsonNode proposal = post(base, "/api/chat", report, ADMIN, 200);
                        assertEquals("confirmation_needed", proposal.get("status").asText(), proposal.toString());
                        return proposal.get("conversationId").asText();
                    }));
                }
            }
            return new Acknowledged(new HashSet<>(all(values)), new HashSet<>(all(questions)), all(tokens), all(pending));
        } finally {
            clients.shutdown();
        }
    }

    private Survived check(String base, String indicator, Acknowledged acked) throws Exception {
        Set<Long> stored = new HashSet<>();
        for (JsonNode v : get(base, "/api/indicators/" + indicator + "/values", ADMIN).get("history")) {
            stored.add(v.get("id").asLong());
        }
        int values = (int) acked.valueIds().stream().filter(stored::contains).count();
        // a value's audit row starts with its id: "#123 vinh-tru.… = 45.0 …"
        Set<Long> audited = new HashSet<>();
        for (JsonNode e : get(base, "/api/admin/audit?kind=value&limit=10000", ADMIN)) {
            Matcher id = VALUE_ID.matcher(e.get("detail").asText());
            if (id.find()) {
                audited.add(Long.parseLong(id.group(1)));
            }
        }
        int valueRows = (int) acked.valueIds().stream().filter(audited::contains).count();
        Set<String> asked = new HashSet<>();
        for (JsonNode e : get(base, "/api/admin/audit?kind=question&limit=10000", ADMIN)) {
            asked.add(e.get("detail").asText());
        }
        int questionRows = (int) acked.questions().stream().filter(m -> asked.stream().anyMatch(d -> d.contains(m))).count();
        // anonymous answers are the questions' (the proposals were the admin's)
        int answerRows = 0;
        for (JsonNode e : get(base, "/api/admin/audit?kind=answer&limit=10000", ADMIN)) {
            answerRows += e.get("userId").isNull() ? 1 : 0;
        }
        int signIn = 0;
        for (String token : acked.tokens()) {
            signIn += status(base, "/api/indicators/" + indicator + "/values", token) == 200 ? 1 : 0;
        }
        int confirmable = 0;
        for (String conversation : acked.pending()) {
            JsonNode saved = post(base, "/api/chat", "{\"text\": \"đồng ý\", \"conversationId\": \"" + conversation + "\"}", ADMIN, 200);
            confirmable += saved.get("answer").asText().startsWith("Đã lưu") ? 1 : 0;
        }
        return new Survived(values, valueRows, questionRows, answerRows, signIn, confirmable);
    }

    /** A word the masking of personal data leaves alone and no other question contains. */
    private static String marker(int i) {
        return "m" + Integer.toString(i, 36) + "z";
    }

    private String indicator(String base) throws IOException, InterruptedException {
        for (JsonNode i : get(base, "/api/communes/vinh-tru/indicators", null).get("indicators")) {
            if (i.get("name").asText().contains("5G")) {
                return i.get("id").asText();
            }
        }
        throw new IllegalStateException("no 5G indicator in Vĩnh Trụ's plan");
    }

    private JsonNode post(String base, String path, String body, String token, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token), expected);
    }

    private JsonNode get(String base, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token), 200);
    }

    private int status(String base, String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private static <T> List<T> all(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }
}
