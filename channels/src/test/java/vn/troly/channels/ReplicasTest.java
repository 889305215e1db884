package vn.troly.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.channels.support.Databases;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two app instances on 127.0.0.1, each with its own data folder and index, sharing one PostgreSQL. */
class ReplicasTest {

    private static final String ADMIN = "ma-quan-tri-chung";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @Test
    void whatOneReplicaStoresTheOtherAnswersWithAtOnce() throws Exception {
        Map<String, Object> database = Databases.properties("postgresql");
        try (EmbeddedServer a = start(database, dataA); EmbeddedServer b = start(database, dataB);
             HttpClient clientA = HttpClient.create(a.getURL()); HttpClient clientB = HttpClient.create(b.getURL())) {
            BlockingHttpClient httpA = clientA.toBlocking();
            BlockingHttpClient httpB = clientB.toBlocking();

            // an official registered on A signs in on B
            JsonNode issued = json.readTree(httpA.retrieve(post("/api/admin/users", "{\"name\": \"Trần Văn Bình\", \"role\": \"official\","
                    + " \"agencyId\": \"van-hoa-xa-hoi\", \"communeId\": \"vinh-tru\"}", ADMIN)));
            String token = issued.get("token").asText();

            // a value reported on A is in B's answer at once
            String indicator = null;
            for (JsonNode i : json.readTree(httpB.retrieve("/api/communes/vinh-tru/indicators")).get("indicators")) {
                if (i.get("name").asText().contains("5G")) {
                    indicator = i.get("id").asText();
                }
            }
            httpA.retrieve(post("/api/indicators/" + indicator + "/values", "{\"value\": 64, \"asOf\": \"2026-11-20\"}", token));
            String progress = "{\"text\": \"tiến độ phủ sóng 5G?\", \"commune\": \"vinh-tru\"}";
            JsonNode onB = json.readTree(httpB.retrieve(post("/api/chat", progress, token)));
            assertTrue(onB.get("answer").asText().contains("64%"), onB.toString());

            // a confirmation asked by A is answered on B
            JsonNode proposal = json.readTree(httpA.retrieve(post("/api/chat",
                    "{\"text\": \"cập nhật phủ sóng 5G 66%\", \"commune\": \"vinh-tru\"}", token)));
            JsonNode saved = json.readTree(httpB.retrieve(post("/api/chat",
                    "{\"text\": \"có\", \"conversationId\": \"" + proposal.get("conversationId").asText() + "\"}", token)));
            assertTrue(saved.get("answer").asText().startsWith("Đã lưu"), saved.toString());
            assertTrue(json.readTree(httpA.retrieve(post("/api/chat", progress, token))).get("answer").asText().contains("66%"));

            // a plan uploaded on A is ingested by B's own index
            byte[] plan;
            try (InputStream in = getClass().getResourceAsStream("/plans/hoa-an-other-layout.txt")) {
                plan = Objects.requireNonNull(in).readAllBytes();
            }
            MultipartBody upload = MultipartBody.builder().addPart("file", "ke-hoach-hoa-an.txt", MediaType.TEXT_PLAIN_TYPE, plan).build();
            httpA.retrieve(HttpRequest.POST("/api/plans", upload).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(ADMIN));
            int communes = 0;
            for (int i = 0; i < 100 && communes < 6; i++) {
                Thread.sleep(100);
                communes = json.readTree(httpB.retrieve("/api/communes")).size();
            }
            assertEquals(6, communes, "B ingested the plan A accepted");
            JsonNode search = json.readTree(httpB.retrieve(post("/api/chat",
                    "{\"text\": \"xã Hòa An có bao nhiêu chỉ tiêu?\"}", null)));
            assertEquals("cao-bang/hoa-an", search.get("commune").get("id").asText(), search.toString());

            // one audit trail for both
            String trail = httpB.retrieve(HttpRequest.GET("/api/admin/audit?kind=value").bearerAuth(ADMIN));
            assertEquals(2, json.readTree(trail).size(), trail);
        }
    }

    private static EmbeddedServer start(Map<String, Object> database, Path data) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.putAll(Map.of("assistant.data-dir", data.toString(), "assistant.admin-token", ADMIN,
                "micronaut.server.port", "-1", "assistant.plan-sync-interval", "200ms"));
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static MutableHttpRequest<String> post(String path, String body, String token) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return token == null ? request : request.bearerAuth(token);
    }
}
