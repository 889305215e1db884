package vn.troly.channels.web;

import io.micronaut.http.HttpStatus;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The commune a request names in its path, query or body: by its id ("ninh-binh/vinh-tru"), by the bare id it had
 * before ids carried the province ("vinh-tru") while that name is unique, or by its name. A bare id or name several
 * provinces share is refused with the ids to choose from, as the chat asks which province: never a guess.
 */
public final class NamedCommune {

    private NamedCommune() {
    }

    /** The commune; 404 {@code unknown_commune} when none, 409 {@code ambiguous_commune} when several. */
    public static Commune require(PlanLibrary library, String idOrName) {
        List<Commune> named = library.communesNamed(idOrName);
        if (named.isEmpty()) {
            throw ApiException.unknownCommune(idOrName);
        }
        return single(named);
    }

    /**
     * Refuses (409 {@code ambiguous_commune}) a bare id or name several provinces share; any other, known or not, is
     * left to the caller, which may have its own answer for a commune without a plan.
     */
    public static void refuseShared(PlanLibrary library, String idOrName) {
        List<Commune> named = library.communesNamed(idOrName);
        if (named.size() > 1) {
            single(named);
        }
    }

    private static Commune single(List<Commune> named) {
        if (named.size() == 1) {
            return named.get(0);
        }
        throw ApiException.of(HttpStatus.CONFLICT, "ambiguous_commune", "ambiguous_commune", "name", named.get(0).name(),
                // only communes placed in a province share a bare id: one whose plan names none keeps its name as id
                "provinces", named.stream().map(Commune::province).collect(Collectors.joining(", ")),
                "ids", named.stream().map(Commune::id).collect(Collectors.joining(", ")));
    }
}
