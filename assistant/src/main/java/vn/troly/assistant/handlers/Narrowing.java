package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.agency.Agency;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An agency's list asked about some words of its own ("những chỉ tiêu nào về nông sản"): the rows about them, or, when
 * none of the agency's rows is, the whole list after saying so, rather than an answer about one row.
 *
 * @param ids   the rows search finds about the words; null when the question has none
 * @param topic the words as written
 */
record Narrowing(Set<String> ids, String topic, Prompts prompts) {

    static final Narrowing NONE = new Narrowing(null, "", null);

    /** Whether one of these rows is about the words. */
    boolean holdsAny(Stream<String> rowIds) {
        return ids != null && rowIds.anyMatch(ids::contains);
    }

    <T> List<T> of(List<T> rows, Function<T, String> id) {
        return rows.stream().filter(r -> ids.contains(id.apply(r))).toList();
    }

    /** Says that none of the agency's rows is about the words, when some were asked; the whole list follows. */
    Narrowing saidNone(TurnContext turn, Agency agency) {
        if (ids != null) {
            turn.say(prompts.render("portfolio_topic_none", "agency", agency.name(), "topic", topic));
        }
        return NONE;
    }

    /** " về “…”" after a list's count when narrowed, else nothing. */
    String label() {
        return ids == null ? "" : prompts.render("portfolio_about", "topic", topic);
    }
}
