package vn.troly.knowledge.library;

import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanParser;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A plan file the library loads: its name, its content read when asked, and the province given on upload.
 *
 * @param content  reads the file when asked: at national scale holding every file's bytes through the start would
 *                 crowd the heap the parsed plans need
 * @param province the province given on upload, or null
 */
record Source(String name, Supplier<byte[]> content, String province) {

    /**
     * One source read back as parsed, or parsed with its commune's id from its name alone.
     *
     * @param earlier the plans kept as parsed, by their source's key
     */
    static Loaded load(Source source, Map<String, Plan> earlier, PlanParser parser) {
        byte[] content;
        try {
            content = source.content().get();
        } catch (UncheckedIOException e) {
            return new Loaded(source, null, null, null, false, new PlanParseException("cannot read the file: " + e.getMessage()));
        }
        String hash = PlanSources.hash(content);
        String key = PlanSources.key(source.name(), hash, source.province());
        Plan kept = earlier.get(key);
        if (kept != null) {
            return new Loaded(source, hash, key, kept, true, null);
        }
        try {
            Plan plan = parser.parse(source.name(), content, new PlanParser.Placement(source.province()));
            return new Loaded(source, hash, key, plan, false, null);
        } catch (PlanParseException e) {
            return new Loaded(source, hash, key, null, false, e);
        }
    }

    /** @param plan null when the source does not parse ({@code error} says why) */
    record Loaded(Source source, String hash, String key, Plan plan, boolean reused, PlanParseException error) {
    }
}
