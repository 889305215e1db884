package vn.troly.channels.identity;

import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.web.ApiException;
import vn.troly.knowledge.plan.Indicator;

import java.util.Collection;
import java.util.Optional;

/** What a request's caller may do over the API: read values, report them, administer users. */
@Singleton
public class Access {

    private static final String CALLER = "troly.caller";

    private final Identities identities;
    private final boolean valuesPublic;
    private final PlanLibrary library;

    public Access(Identities identities, @Value("${assistant.values-public:false}") boolean valuesPublic, PlanLibrary library) {
        this.identities = identities;
        this.valuesPublic = valuesPublic;
        this.library = library;
    }

    /** Who sent the request, looked up once per request: a token is a database read, and several checks may ask. */
    public Caller caller(HttpRequest<?> request) {
        Optional<Caller> known = request.getAttribute(CALLER, Caller.class);
        if (known.isPresent()) {
            return known.get();
        }
        Caller caller = identities.fromRequest(request);
        request.setAttribute(CALLER, caller);
        return caller;
    }

    public Caller requireAdmin(HttpRequest<?> request) {
        Caller caller = signedIn(request);
        if (caller.role() != Role.ADMIN) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "forbidden", "admin_only");
        }
        return caller;
    }

    /**
     * Values, statuses, summaries, reports and reporter names of a commune are internal unless the deployment makes
     * them public: a citizen is asked to sign in, a signed-in caller of another commune is refused
     * ({@link Caller#mayRead}, the rule the chat follows too).
     */
    public Caller requireReader(HttpRequest<?> request, String communeId) {
        Caller caller = caller(request);
        if (valuesPublic) {
            return caller;
        }
        if (!caller.role().seesValues()) {
            throw signInNeeded();
        }
        // a path may name the commune by an alias ("ninh-binh%2Fvinh-tru"); callers carry its id
        if (!caller.mayRead(library.commune(communeId).map(Commune::id).orElse(communeId))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "other_commune", "other_commune", "commune", communeId);
        }
        return caller;
    }

    /** Only officials of the lead (or implementing) agency, the commune's leaders and admins report an indicator. */
    public Caller requireReporter(HttpRequest<?> request, Collection<Indicator> indicators) {
        Caller caller = signedIn(request);
        for (Indicator indicator : indicators) {
            if (!caller.mayReport(indicator)) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "forbidden", "not_lead_agency", "indicator", indicator.name());
            }
        }
        return caller;
    }

    /** A registered caller (or the admin); a citizen is asked to sign in (401). */
    public Caller signedIn(HttpRequest<?> request) {
        Caller caller = caller(request);
        if (caller.role() == Role.CITIZEN) {
            throw signInNeeded();
        }
        return caller;
    }

    private static ApiException signInNeeded() {
        return ApiException.of(HttpStatus.UNAUTHORIZED, "unauthorized", "sign_in_needed");
    }
}
