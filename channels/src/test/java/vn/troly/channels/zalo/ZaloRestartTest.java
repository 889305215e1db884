package vn.troly.channels.zalo;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.zalo.FakeZalo.to;

/**
 * Across a restart: a message acknowledged but not yet answered is answered by the next start, and the token pair
 * stored by the last refresh is used, never the configured refresh token that refresh already spent.
 */
class ZaloRestartTest {

    @Test
    void answersWhatWasAcknowledgedAndKeepsTheRefreshedPair() throws Exception {
        FakeZalo zalo = new FakeZalo();
        Path data = Files.createTempDirectory("zalo-restart");
        ZaloService first = new ZaloService(zalo, data, Map.of());
        String user = "8803000000000000001";
        first.post(FakeZalo.textEvent(user, "r-1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?"));
        zalo.await(1, to(user));
        first.stop();
        assertEquals(1, zalo.refreshes());

        // acknowledged to Zalo, then the service stopped before answering
        String waiting = "8803000000000000002";
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("values")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO zalo_inbound (event_key, event_name, user_id, text,"
                     + " event_time, received_at) VALUES (?, 'user_send_text', ?, ?, '1700000000000', ?)")) {
            ps.setString(1, "msg:r-2");
            ps.setString(2, waiting);
            ps.setString(3, "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?");
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }

        try (ZaloService second = new ZaloService(zalo, data, Map.of())) {
            FakeZalo.Message answer = zalo.await(1, to(waiting)).get(0);
            assertTrue(answer.text().contains("Phòng Văn hóa - Xã hội"), answer.text());
            assertEquals(1, zalo.refreshes(), "the stored access token was still good");

            // Zalo repeating that delivery after the restart is still the same message
            assertEquals(200, second.post(FakeZalo.textEvent(waiting, "r-2", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?")).statusCode());

            zalo.expireAccessToken();
            String later = "8803000000000000003";
            second.post(FakeZalo.textEvent(later, "r-3", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?"));
            zalo.await(1, to(later));
            assertEquals(2, zalo.refreshes());
            assertEquals(0, zalo.refusedRefreshes(), "the stored refresh token was used, not the spent configured one");
            Thread.sleep(300);
            assertEquals(1, zalo.sent(waiting).size());
        }
    }
}
