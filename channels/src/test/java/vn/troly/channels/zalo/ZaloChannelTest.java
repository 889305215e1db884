package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.zalo.FakeZalo.to;

/** A citizen on Zalo end to end: signed webhook in, customer-service messages out, against a fake Zalo. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloChannelTest {

    private ZaloService service;

    @BeforeAll
    void start() throws Exception {
        service = new ZaloService(Map.of("assistant.rate-limit.per-user-per-minute", 6));
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    @Test
    void answersACitizensQuestionWithItsSources() throws Exception {
        String user = "8801000000000000001";
        HttpResponse<String> response = service.post(FakeZalo.textEvent(user, "m-q1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?"));
        assertEquals(200, response.statusCode(), response.body());
        FakeZalo.Message answer = service.zalo.await(1, to(user)).get(0);
        assertTrue(answer.text().contains("Phòng Văn hóa - Xã hội"), answer.text());
        assertTrue(answer.text().contains("Nguồn:"), answer.text());
        assertTrue(answer.accessToken().startsWith("acc-"), "sent with the refreshed access token in the access_token header");
    }

    @Test
    void aTappedChoiceComesBackAsTheTypedPick() throws Exception {
        String user = "8801000000000000002";
        service.post(FakeZalo.textEvent(user, "m-c1", "Ai chủ trì chỉ tiêu phủ sóng 5G?"));
        FakeZalo.Message question = service.zalo.await(1, to(user)).get(0);
        List<JsonNode> buttons = question.buttons();
        assertTrue(buttons.size() >= 2, "one button per commune: " + question.body());
        JsonNode vinhTru = buttons.stream().filter(b -> b.path("title").asText().contains("Vĩnh Trụ")).findFirst().orElseThrow();
        assertEquals("oa.query.show", vinhTru.path("type").asText());
        assertEquals("#chon ninh-binh/vinh-tru", vinhTru.path("payload").asText());

        // Zalo posts the tapped button's payload as the person's next message
        service.post(FakeZalo.textEvent(user, "m-c2", vinhTru.path("payload").asText()));
        FakeZalo.Message answer = service.zalo.await(2, to(user)).get(1);
        assertTrue(answer.text().contains("Phòng Văn hóa - Xã hội"), answer.text());
    }

    @Test
    void refusesAMissingOrWrongSignatureAndSendsNothing() throws Exception {
        String user = "8801000000000000003";
        String event = FakeZalo.textEvent(user, "m-s1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?");
        HttpResponse<String> missing = service.post(event, null);
        assertEquals(401, missing.statusCode());
        assertEquals("zalo_signature_missing", service.json(missing).path("error").asText());
        HttpResponse<String> forged = service.post(event, FakeZalo.signature(event.replace("5G", "4G")));
        assertEquals(403, forged.statusCode());
        assertTrue(service.json(forged).path("message").asText().contains("không đúng"), forged.body());
        HttpResponse<String> garbage = service.post("không phải JSON", "mac=00");
        assertEquals(400, garbage.statusCode());
        Thread.sleep(300);
        assertTrue(service.zalo.messages().stream().noneMatch(m -> m.userId().equals(user)));
    }

    @Test
    void aRetriedDeliveryIsAnsweredOnce() throws Exception {
        String user = "8801000000000000004";
        String event = FakeZalo.textEvent(user, "m-r1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?");
        assertEquals(200, service.post(event).statusCode());
        assertEquals(200, service.post(event).statusCode());
        service.zalo.await(1, to(user));
        Thread.sleep(500);
        assertEquals(1, service.zalo.sent(user).size());
    }

    @Test
    void greetsANewFollowerAndIgnoresOtherEvents() throws Exception {
        String user = "8801000000000000005";
        assertEquals(200, service.post(FakeZalo.followEvent(user)).statusCode());
        assertTrue(service.zalo.await(1, to(user)).get(0).text().startsWith("Xin chào!"));
        String seen = FakeZalo.textEvent(user, "m-i1", "x").replace("user_send_text", "user_seen_message");
        HttpResponse<String> ignored = service.post(seen);
        assertEquals(200, ignored.statusCode());
        assertEquals(false, service.json(ignored).path("queued").asBoolean());
        Thread.sleep(300);
        assertEquals(1, service.zalo.sent(user).size());
    }

    @Test
    void retriesARateLimitedMessage() throws Exception {
        String user = "8801000000000000006";
        service.zalo.failNext(-32, 2);
        service.post(FakeZalo.textEvent(user, "m-l1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?"));
        service.zalo.await(1, to(user));
        List<Integer> errors = service.zalo.messages().stream().filter(to(user)).map(FakeZalo.Message::error).toList();
        assertEquals(List.of(-32, -32, 0), errors);
    }

    @Test
    void limitsAFloodingPersonWithOneNotice() throws Exception {
        String user = "8801000000000000007";
        for (int i = 0; i < 9; i++) {
            assertEquals(200, service.post(FakeZalo.textEvent(user, "m-f" + i, "chào")).statusCode());
        }
        service.zalo.await(7, to(user));
        Thread.sleep(500);
        List<FakeZalo.Message> sent = service.zalo.sent(user);
        assertEquals(7, sent.size(), "six answers and one notice");
        assertTrue(sent.get(6).text().startsWith("Bạn đang gửi quá nhiều tin nhắn"), sent.get(6).text());
    }

    @Test
    void splitsALongAnswerUnderZalosLimit() throws Exception {
        String user = "8801000000000000008";
        service.post(FakeZalo.textEvent(user, "m-long", "Phòng Văn hóa - Xã hội chủ trì những chỉ tiêu nào ở xã Bình Giang?"));
        service.zalo.await(2, to(user));
        Thread.sleep(300);
        List<FakeZalo.Message> pieces = service.zalo.sent(user);
        assertTrue(pieces.size() >= 2, "a long answer comes in several messages");
        for (FakeZalo.Message piece : pieces) {
            assertTrue(piece.text().length() <= 2000, "piece of " + piece.text().length());
            assertTrue(!piece.text().isBlank());
        }
        assertTrue(pieces.get(0).text().startsWith("Phòng Văn hóa - Xã hội chủ trì"), pieces.get(0).text());
        assertTrue(pieces.get(pieces.size() - 1).text().contains("Nguồn:"), "sources come last");
    }

    @Test
    void aLinkedZaloAccountSpeaksForItsOfficialAndEveryTurnIsAudited() throws Exception {
        String zaloId = "8801000000000000009";
        HttpResponse<String> registered = service.admin("POST", "/api/admin/users", Map.of("name", "Lê Thị Zalo",
                "role", "official", "agencyId", "van-hoa-xa-hoi", "communeId", "vinh-tru"));
        assertEquals(201, registered.statusCode(), registered.body());
        String userId = service.json(registered).path("user").path("id").asText();

        HttpResponse<String> bad = service.admin("PUT", "/api/admin/users/" + userId + "/zalo", Map.of("zaloUserId", "abc"));
        assertEquals(400, bad.statusCode());
        assertTrue(service.json(bad).path("message").asText().contains("chữ số"), bad.body());
        assertEquals(404, service.admin("PUT", "/api/admin/users/u-none/zalo", Map.of("zaloUserId", zaloId)).statusCode());
        HttpResponse<String> linked = service.admin("PUT", "/api/admin/users/" + userId + "/zalo", Map.of("zaloUserId", zaloId));
        assertEquals(200, linked.statusCode(), linked.body());

        service.post(FakeZalo.textEvent(zaloId, "m-id1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?"));
        service.zalo.await(1, to(zaloId));
        JsonNode trail = service.json(service.admin("GET", "/api/admin/audit?userId=" + userId + "&kind=question", null));
        assertEquals(1, trail.size(), trail.toString());
        assertEquals("zalo", trail.get(0).path("channel").asText());
        assertEquals("official", trail.get(0).path("role").asText());

        assertEquals(204, service.admin("DELETE", "/api/admin/users/" + userId + "/zalo", null).statusCode());
        service.post(FakeZalo.textEvent(zaloId, "m-id2", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?"));
        service.zalo.await(2, to(zaloId));
        JsonNode after = service.json(service.admin("GET", "/api/admin/audit?userId=" + userId + "&kind=question", null));
        assertEquals(1, after.size(), "unlinked, the account asks as a citizen");
    }

    @Test
    void anOfficialsSummaryComesWithItsChartUploadedThenSentByAttachmentId() throws Exception {
        String zaloId = "8801000000000000011";
        HttpResponse<String> registered = service.admin("POST", "/api/admin/users", Map.of("name", "Trần Văn Biểu",
                "role", "official", "agencyId", "van-hoa-xa-hoi", "communeId", "vinh-tru"));
        String userId = service.json(registered).path("user").path("id").asText();
        assertEquals(200, service.admin("PUT", "/api/admin/users/" + userId + "/zalo", Map.of("zaloUserId", zaloId)).statusCode());

        service.post(FakeZalo.textEvent(zaloId, "m-sum1", "Tóm tắt tình hình thực hiện xã Vĩnh Trụ"));
        // the summary's text (in as many messages as it needs), then the chart
        FakeZalo.Message chart = service.zalo.await(1, m -> m.userId().equals(zaloId)
                && m.body().path("message").has("attachment")).get(0);
        List<FakeZalo.Message> sent = service.zalo.sent(zaloId);
        assertTrue(sent.get(0).text().contains("Vĩnh Trụ"), sent.get(0).text());
        assertEquals(chart.body(), sent.get(sent.size() - 1).body(), "the chart comes last");
        FakeZalo.Upload upload = service.zalo.uploads().stream().filter(u -> u.id() != null).findFirst().orElseThrow();
        assertEquals("image", upload.kind());
        assertEquals("tom-tat-ninh-binh-vinh-tru.png", upload.fileName());
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
                List.of(upload.bytes()[0], upload.bytes()[1], upload.bytes()[2], upload.bytes()[3]), "a PNG, byte for byte");
        JsonNode payload = chart.body().path("message").path("attachment").path("payload");
        assertEquals("media", payload.path("template_type").asText(), chart.body().toString());
        assertEquals("image", payload.path("elements").get(0).path("media_type").asText());
        assertEquals(upload.id(), payload.path("elements").get(0).path("attachment_id").asText());
        assertTrue(chart.text().startsWith("Tiến độ chỉ tiêu — xã Vĩnh Trụ"), chart.text());

        // a citizen's summary has no figures to draw, so no chart
        String citizen = "8801000000000000012";
        service.post(FakeZalo.textEvent(citizen, "m-sum2", "Tóm tắt tình hình thực hiện xã Vĩnh Trụ"));
        service.zalo.await(1, to(citizen));
        Thread.sleep(500);
        assertTrue(service.zalo.sent(citizen).stream().noneMatch(m -> m.body().path("message").has("attachment")),
                service.zalo.sent(citizen).toString());
        assertEquals(1, service.zalo.uploads().size(), "one upload, the official's");
    }
}
