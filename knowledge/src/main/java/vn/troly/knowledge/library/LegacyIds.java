package vn.troly.knowledge.library;

import java.util.Map;
import java.util.function.Predicate;

/**
 * What ids written before every commune's id carried its province stand for now: "vinh-tru" → "ninh-binh/vinh-tru",
 * and the rows, plans and sections named from it, "vinh-tru.pl1.2-1" → "ninh-binh.vinh-tru.pl1.2-1". A name that
 * several provinces share stands for the commune loaded first, which held it then. For ids that were stored or carried
 * (values, users, conversations); what a user types now resolves a name only while it is unique
 * ({@link PlanLibrary#communesNamed}).
 *
 * @param communes bare name → the commune's id now
 * @param current  whether an id names a row, plan or section loaded now: such an id is never rewritten, whatever its
 *                 first segment (a province's id may also be a commune's name)
 */
public record LegacyIds(Map<String, String> communes, Predicate<String> current) {

    public static final LegacyIds NONE = new LegacyIds(Map.of(), id -> true);

    public LegacyIds {
        communes = Map.copyOf(communes);
    }

    /** The commune's id now, for a commune id written before; any other id unchanged (null stays null). */
    public String commune(String id) {
        return id == null ? null : communes.getOrDefault(id, id);
    }

    /** A row's, plan's or section's id now, for one written before; any other id unchanged (null stays null). */
    public String row(String id) {
        if (id == null || current.test(id)) {
            return id;
        }
        int end = firstSegmentEnd(id);
        String commune = communes.get(id.substring(0, end));
        if (commune == null) {
            return id;
        }
        String now = commune.replace('/', '.') + id.substring(end);
        return current.test(now) ? now : id;
    }

    public boolean isEmpty() {
        return communes.isEmpty();
    }

    /** "vinh-tru.pl1.2-1" and "vinh-tru#s3" begin with "vinh-tru"; a plan id may be the bare name alone. */
    static int firstSegmentEnd(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) == '.' || id.charAt(i) == '#') {
                return i;
            }
        }
        return id.length();
    }
}
