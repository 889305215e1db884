package vn.troly.channels.identity;

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
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;
import java.util.Locale;

/** Admins register officials and leaders (with their agency, commune and Telegram account) and revoke them. */
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
            throw invalid("Cần họ tên người dùng (trường \"name\").");
        }
        Role role = role(body.role());
        if (role == Role.CITIZEN) {
            throw invalid("Người dân không cần đăng ký; hãy chọn vai trò official, leader hoặc admin.");
        }
        if (body.communeId() != null && library.commune(body.communeId()).isEmpty()) {
            throw ApiException.unknownCommune(body.communeId());
        }
        if (body.agencyId() != null && agencies.byId(body.agencyId()).isEmpty()) {
            throw invalid("Không có cơ quan mã \"" + body.agencyId() + "\".");
        }
        if (role == Role.OFFICIAL && (body.agencyId() == null || body.communeId() == null)) {
            throw invalid("Cán bộ (official) cần mã cơ quan (agencyId) và mã xã (communeId).");
        }
        if (role == Role.LEADER && body.communeId() == null) {
            throw invalid("Lãnh đạo (leader) cần mã xã (communeId).");
        }
        if (body.telegramUserId() != null && users.byTelegram(body.telegramUserId()).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "telegram_taken", "Tài khoản Telegram này đã được gán cho người dùng khác.");
        }
        return HttpResponse.created(users.create(body.name().strip(), role, body.agencyId(), body.communeId(), body.telegramUserId()));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        access.requireAdmin(request);
        if (!users.deactivate(id)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unknown_user", "Không có người dùng đang hoạt động mã \"" + id + "\".");
        }
        return HttpResponse.noContent();
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("Vai trò phải là một trong: official, leader, admin.");
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_user", message);
    }
}
