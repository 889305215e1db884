package vn.troly.knowledge.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids a commune answers to besides its own. A commune whose province is known has the id {@code province/commune}
 * ("ninh-binh/vinh-tru"); before, its id was the bare name ("vinh-tru"), which users, sheets, stored values and
 * conversations still hold. A bare name stays an alias of its commune while no other province has a commune of that
 * name; a name several share names them all, for the caller to ask which province.
 */
final class CommuneIds {

    static final CommuneIds EMPTY = new CommuneIds(List.of(), Set.of());

    /** Bare name → the one commune called so. */
    private final Map<String, String> aliases = new HashMap<>();
    /** Bare name → the communes of several provinces called so, in load order. */
    private final Map<String, List<String>> shared = new HashMap<>();
    /**
     * Bare name → the commune that held it as its id before every id carried the province: the first loaded of that
     * name (the sample plans, the corpus folders, the uploads, each by file name), as the earlier rule gave it.
     */
    private final Map<String, String> legacy = new LinkedHashMap<>();
    private final Set<String> ids;

    /**
     * @param communes every commune, in the order its plans were loaded
     * @param ids      the communes' own ids: an id is never an alias of another commune
     */
    CommuneIds(Collection<Commune> communes, Set<String> ids) {
        this.ids = ids;
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Commune commune : communes) {
            byName.computeIfAbsent(bare(commune.id()), k -> new ArrayList<>()).add(commune.id());
        }
        byName.forEach((name, named) -> {
            if (ids.contains(name)) {
                return;
            }
            if (named.size() == 1) {
                aliases.put(name, named.get(0));
            } else {
                shared.put(name, List.copyOf(named));
            }
            legacy.put(name, named.get(0));
        });
    }

    /** The commune's id an id or a unique bare name is; the id itself when it names none or several. */
    String resolve(String id) {
        return ids.contains(id) ? id : aliases.getOrDefault(id, id);
    }

    /** The ids of the communes an id or bare name names: one, several of one name in several provinces, or none. */
    List<String> named(String id) {
        if (ids.contains(id)) {
            return List.of(id);
        }
        String alias = aliases.get(id);
        return alias != null ? List.of(alias) : shared.getOrDefault(id, List.of());
    }

    /**
     * A row's id as its commune's id now gives it, for one made from the bare name ("vinh-tru.pl1.2-1" →
     * "ninh-binh.vinh-tru.pl1.2-1") while that name is unique; the id itself otherwise.
     */
    String row(String id) {
        int end = LegacyIds.firstSegmentEnd(id);
        String commune = aliases.get(id.substring(0, end));
        return commune == null ? id : commune.replace('/', '.') + id.substring(end);
    }

    /** What each bare name stood for in data written before every id carried the province, shared names included. */
    Map<String, String> legacy() {
        return legacy;
    }

    /** "ninh-binh/vinh-tru" → "vinh-tru". */
    static String bare(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
