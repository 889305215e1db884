package vn.troly.channels.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The check of a webhook's X-ZEvent-Signature: "mac=" and the hex SHA-256 of the app id, the raw body, the body's
 * timestamp and the OA secret key, in that order. Zalo signs with a plain digest, not an HMAC; the bytes hashed are
 * the body exactly as received, since re-serialising parsed JSON would change them.
 */
final class ZaloSignature {

    private static final String PREFIX = "mac=";

    private ZaloSignature() {
    }

    static String sign(String appId, byte[] body, String timestamp, String oaSecretKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(appId.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compared in constant time, so the expected digest cannot be learnt byte by byte from response times. */
    static boolean matches(String header, String appId, byte[] body, String timestamp, String oaSecretKey) {
        if (header == null || timestamp == null) {
            return false;
        }
        String given = header.strip().toLowerCase(Locale.ROOT);
        String expected = sign(appId, body, timestamp, oaSecretKey);
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
