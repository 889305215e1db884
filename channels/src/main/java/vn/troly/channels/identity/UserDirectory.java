package vn.troly.channels.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.web.ApiException;

/** Identities from the admin token (ASSISTANT_ADMIN_TOKEN, no default) and the registered users' tokens and accounts. */
@Singleton
public class UserDirectory implements Identities {

    private static final Caller ADMIN = new Caller("admin", "Quản trị viên", Role.ADMIN, null, null);

    private final UserStore users;
    private final AdminToken adminToken;

    public UserDirectory(UserStore users, AdminToken adminToken) {
        this.users = users;
        this.adminToken = adminToken;
    }

    /** A request without a token is a citizen's; a token that matches nobody is refused rather than silently downgraded. */
    @Override
    public Caller fromRequest(HttpRequest<?> request) {
        String header = request.getHeaders().get("Authorization");
        if (header == null || header.isBlank()) {
            return Caller.citizen();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw invalidToken();
        }
        String token = header.substring(7).strip();
        if (adminToken.matches(token)) {
            return ADMIN;
        }
        // an admin account stored before admins stopped being registered is no admin: only the configured token is
        return users.byToken(token).filter(u -> u.role() != Role.ADMIN).map(User::caller).orElseThrow(UserDirectory::invalidToken);
    }

    @Override
    public Caller forTelegramUser(long telegramUserId) {
        return users.byTelegram(telegramUserId).filter(u -> u.role() != Role.ADMIN).map(User::caller).orElse(Caller.citizen());
    }

    private static ApiException invalidToken() {
        return ApiException.of(HttpStatus.UNAUTHORIZED, "invalid_token", "invalid_token");
    }
}
