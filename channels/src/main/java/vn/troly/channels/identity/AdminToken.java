package vn.troly.channels.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The server's own admin token ({@code assistant.admin-token}, ASSISTANT_ADMIN_TOKEN; none by default): it signs in as
 * the admin, and it is a secret wherever else it shows up, such as a question someone pasted it into.
 *
 * @param adminToken the token, or blank for no admin sign-in
 */
@ConfigurationProperties("assistant")
public record AdminToken(@Nullable String adminToken) {

    static final String MASK = "[token]";
    /**
     * A token this short would mask ordinary words all over the trail (a benchmark's "t"); it is guessable anyway, so
     * hiding it from the audit would protect nothing.
     */
    private static final int MIN_MASKED = 6;

    public AdminToken {
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
    }

    /** Whether a presented token is this one, compared in constant time so it cannot be guessed byte by byte. */
    public boolean matches(String token) {
        return adminToken != null && token != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8));
    }

    /** The text with every occurrence of the token replaced by "[token]". */
    public String mask(String text) {
        if (adminToken == null || adminToken.length() < MIN_MASKED || text == null) {
            return text;
        }
        return text.replace(adminToken, MASK);
    }
}
