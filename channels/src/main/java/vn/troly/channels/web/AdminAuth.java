package vn.troly.channels.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Who may write values until user management exists: the holder of ASSISTANT_ADMIN_TOKEN (Bearer). */
@Singleton
public class AdminAuth {

    private final String token;
    private final boolean valuesPublic;

    public AdminAuth(@Value("${assistant.admin-token:}") String token, @Value("${assistant.values-public:false}") boolean valuesPublic) {
        this.token = token;
        this.valuesPublic = valuesPublic;
    }

    public boolean isAdmin(HttpRequest<?> request) {
        if (token == null || token.isBlank()) {
            return false;
        }
        String header = request.getHeaders().get("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses the request unless it carries the admin token. */
    public void requireAdmin(HttpRequest<?> request) {
        if (!isAdmin(request)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "Cần mã truy cập của cán bộ (Authorization: Bearer …) để thực hiện thao tác này.");
        }
    }

    /** Values, statuses and summaries are internal unless the deployment makes them public. */
    public void requireValueReader(HttpRequest<?> request) {
        if (!valuesPublic) {
            requireAdmin(request);
        }
    }

    public boolean valuesPublic() {
        return valuesPublic;
    }
}
