package vn.troly.channels.zalo;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZaloSignatureTest {

    private static final byte[] BODY = "{\"event_name\":\"user_send_text\",\"timestamp\":\"1700000000000\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void isThePlainSha256OfAppIdBodyTimestampAndKey() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                ("app1" + new String(BODY, StandardCharsets.UTF_8) + "1700000000000" + "key1").getBytes(StandardCharsets.UTF_8)));
        assertEquals("mac=" + expected, ZaloSignature.sign("app1", BODY, "1700000000000", "key1"));
        assertTrue(ZaloSignature.matches("mac=" + expected.toUpperCase(), "app1", BODY, "1700000000000", "key1"));
    }

    @Test
    void refusesAnyOtherKeyTimestampOrBody() {
        String mac = ZaloSignature.sign("app1", BODY, "1700000000000", "key1");
        assertFalse(ZaloSignature.matches(mac, "app1", BODY, "1700000000000", "key2"));
        assertFalse(ZaloSignature.matches(mac, "app1", BODY, "1700000000001", "key1"));
        assertFalse(ZaloSignature.matches(mac, "app1", "{}".getBytes(StandardCharsets.UTF_8), "1700000000000", "key1"));
        assertFalse(ZaloSignature.matches(mac.substring(4), "app1", BODY, "1700000000000", "key1"));
        assertFalse(ZaloSignature.matches(null, "app1", BODY, "1700000000000", "key1"));
    }
}
