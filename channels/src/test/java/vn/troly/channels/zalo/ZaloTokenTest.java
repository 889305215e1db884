package vn.troly.channels.zalo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.zalo.FakeZalo.to;

/**
 * The OA token: an expired one refreshed once however many messages find it refused at the same time, each new pair
 * in the database before it is used, a short-lived one refreshed before it expires, and the stored pair used after a
 * restart instead of the spent configured token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloTokenTest {

    private static final String QUESTION = "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Vĩnh Trụ?";
    private ZaloService service;

    @BeforeAll
    void start() throws Exception {
        service = new ZaloService(Map.of("assistant.zalo.workers", 6));
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    @Test
    void anExpiredTokenIsRefreshedOnceUnderConcurrencyAndStoredFirst() throws Exception {
        send("8802000000000000000", "t-warm");
        service.zalo.await(1, to("8802000000000000000"));
        int before = service.zalo.refreshes();
        service.zalo.expireAccessToken();

        List<String> users = new ArrayList<>();
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String user = "880200000000000000" + i;
            users.add(user);
            posts.add(() -> service.post(FakeZalo.textEvent(user, "t-c" + user, QUESTION)).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (Future<Integer> status : pool.invokeAll(posts)) {
            assertEquals(200, status.get());
        }
        pool.shutdown();
        for (String user : users) {
            FakeZalo.Message answer = service.zalo.await(1, to(user)).get(0);
            assertTrue(answer.text().contains("Phòng Văn hóa - Xã hội"), answer.text());
        }
        assertEquals(before + 1, service.zalo.refreshes(), "six refused sends, one refresh");
        assertEquals(0, service.zalo.refusedRefreshes(), "no spent refresh token was ever sent");
        assertEquals(service.zalo.refreshToken(), storedRefreshToken(), "the new pair is in the database");
    }

    @Test
    void aShortLivedTokenIsRefreshedBeforeItExpires() throws Exception {
        // ten minutes ahead is the default margin: a token of five minutes is renewed before the next send
        service.zalo.expiresIn("300");
        service.zalo.expireAccessToken();
        String user = "8802000000000000100";
        send(user, "t-a1");
        service.zalo.await(1, to(user));
        int refreshed = service.zalo.refreshes();
        send(user, "t-a2");
        service.zalo.await(2, to(user));
        assertEquals(refreshed + 1, service.zalo.refreshes());
        long refused = service.zalo.messages().stream().filter(to(user)).filter(m -> m.error() == -216).count();
        assertEquals(1, refused, "only the first send met the expired token; the second was refreshed ahead");
        service.zalo.expiresIn("90000");
    }

    private void send(String user, String msgId) throws Exception {
        assertEquals(200, service.post(FakeZalo.textEvent(user, msgId, QUESTION)).statusCode());
    }

    private String storedRefreshToken() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + service.data.resolve("values")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT refresh_token FROM zalo_token")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
