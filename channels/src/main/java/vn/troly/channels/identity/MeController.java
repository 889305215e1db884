package vn.troly.channels.identity;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.web.ApiException;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

/**
 * Who a token belongs to, so the web page shows a sign-in only once the server accepted the code: a mistyped code is
 * answered 401 and the page stays a citizen's.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/me")
public class MeController {

    /**
     * The signed-in caller.
     *
     * @param roleName the role as the page shows it ("cán bộ")
     * @param commune  the commune's name, or null for admins
     */
    public record Me(String id, String name, Role role, String roleName, String communeId, String commune, String agencyId) {
    }

    private final Access access;
    private final PlanLibrary library;

    public MeController(Access access, PlanLibrary library) {
        this.access = access;
        this.library = library;
    }

    @Get
    public Me me(HttpRequest<?> request) {
        Caller caller = access.signedIn(request);
        String commune = caller.communeId() == null ? null
                : library.commune(caller.communeId()).map(Commune::name).orElse(caller.communeId());
        return new Me(caller.userId(), caller.name(), caller.role(), ApiException.message("role_" + caller.role().code()),
                caller.communeId(), commune, caller.agencyId());
    }
}
