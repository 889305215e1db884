package vn.troly.channels.identity;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.core.annotation.Introspected;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;
import vn.troly.channels.web.NamedCommune;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;
import java.util.Locale;

/**
 * The admin registers officials and leaders (with their agency, commune and Telegram account) and revokes them; no
 * further admins are registered.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/admin/users")
public class UsersController {

    /** The body of a registration. */
    @Introspected
    public record NewUser(String name, String role, String agencyId, String communeId, Long telegramUserId) {
    }

    private final Access access;
    private final UserStore users;
    private final AgencyDirectory agencies;
    private final PlanLibrary library;

    public UsersController(Access access, UserStore users, AgencyDirectory agencies, PlanLibrary library) {
        this.access = access;
        this.users = users;
        this.agencies = agencies;
        this.library = library;
    }

    @Get
    public List<User> list(HttpRequest<?> request) {
        access.requireAdmin(request);
        return users.active();
    }

    /** Answers with the token once: it is stored only as a hash. */
    @Post
    public HttpResponse<UserStore.Issued> create(HttpRequest<?> request, @Body NewUser body) {
        access.requireAdmin(request);
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw invalid("user_name_needed");
        }
        Field.USER_NAME.check(body.name());
        Field.ROLE.check(body.role());
        Field.AGENCY_ID.check(body.agencyId());
        Field.COMMUNE_ID.check(body.communeId());
        Role role = role(body.role());
        if (role == Role.CITIZEN) {
            throw invalid("citizen_not_registered");
        }
        // the one admin is whoever holds ASSISTANT_ADMIN_TOKEN: a second one would be an account nobody audits
        if (role == Role.ADMIN) {
            throw invalid("admin_not_registered");
        }
        // an alias ("vinh-tru") is stored as the commune's id ("ninh-binh/vinh-tru"), which its rows carry and access
        // compares with
        String communeId = body.communeId() == null ? null : NamedCommune.require(library, body.communeId()).id();
        if (body.agencyId() != null && agencies.byId(body.agencyId()).isEmpty()) {
            throw invalid("unknown_agency", "id", body.agencyId());
        }
        if (role == Role.OFFICIAL && (body.agencyId() == null || body.communeId() == null)) {
            throw invalid("official_needs_agency");
        }
        if (role == Role.LEADER && body.communeId() == null) {
            throw invalid("leader_needs_commune");
        }
        if (body.telegramUserId() != null && users.byTelegram(body.telegramUserId()).isPresent()) {
            throw ApiException.of(HttpStatus.CONFLICT, "telegram_taken", "telegram_taken");
        }
        return HttpResponse.created(users.create(body.name().strip(), role, body.agencyId(), communeId, body.telegramUserId()));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        access.requireAdmin(request);
        if (!users.deactivate(Field.USER_ID.check(id))) {
            throw ApiException.of(HttpStatus.NOT_FOUND, "unknown_user", "unknown_user", "id", id);
        }
        return HttpResponse.noContent();
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("bad_role");
        }
    }

    private static ApiException invalid(String key, Object... pairs) {
        return ApiException.of(HttpStatus.BAD_REQUEST, "invalid_user", key, pairs);
    }
}
