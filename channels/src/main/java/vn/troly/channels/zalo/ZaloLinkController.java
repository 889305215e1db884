package vn.troly.channels.zalo;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.channels.identity.Access;
import vn.troly.channels.identity.User;
import vn.troly.channels.identity.UserStore;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;

import java.util.regex.Pattern;

/**
 * The admin links a registered official's or leader's Zalo account (the user id the OA receives, the webhook's
 * sender.id) so the assistant answers them as that user; unlinked, anyone on Zalo is a citizen.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/admin/users/{id}/zalo")
public class ZaloLinkController {

    /** Zalo user ids are decimal numbers beyond 2^53, hence kept as text. */
    private static final Pattern ZALO_ID = Pattern.compile("\\d{1,40}");

    /** The body of a link. */
    @Introspected
    public record ZaloLink(@Nullable String userId, @Nullable String zaloUserId) {
    }

    private final Access access;
    private final UserStore users;
    private final ZaloLinks links;

    public ZaloLinkController(Access access, UserStore users, ZaloLinks links) {
        this.access = access;
        this.users = users;
        this.links = links;
    }

    @Put
    public ZaloLink link(HttpRequest<?> request, @PathVariable String id, @Body @Nullable ZaloLink body) {
        access.requireAdmin(request);
        User user = activeUser(id);
        String zaloId = body == null || body.zaloUserId() == null ? "" : body.zaloUserId().strip();
        if (!ZALO_ID.matcher(zaloId).matches()) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "invalid_zalo_user_id", "zalo_user_id_invalid");
        }
        if (!links.link(user.id(), zaloId)) {
            throw ApiException.of(HttpStatus.CONFLICT, "zalo_taken", "zalo_taken");
        }
        return new ZaloLink(user.id(), zaloId);
    }

    @Delete
    public HttpResponse<Void> unlink(HttpRequest<?> request, @PathVariable String id) {
        access.requireAdmin(request);
        User user = activeUser(id);
        if (!links.unlink(user.id())) {
            throw ApiException.of(HttpStatus.NOT_FOUND, "zalo_not_linked", "zalo_not_linked", "id", id);
        }
        return HttpResponse.noContent();
    }

    private User activeUser(String id) {
        return users.byId(Field.USER_ID.check(id)).filter(User::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.NOT_FOUND, "unknown_user", "unknown_user", "id", id));
    }
}
