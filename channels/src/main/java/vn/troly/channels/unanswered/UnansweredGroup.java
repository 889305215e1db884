package vn.troly.channels.unanswered;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Questions the assistant could not answer that read the same once folded (case, diacritics, punctuation).
 *
 * @param question  the latest wording asked
 * @param count     how many times it was asked
 * @param statuses  how those turns ended: not_in_plan, clarification_needed, out_of_scope, error, with counts
 * @param communes  the communes it was asked about (empty id when none was known)
 * @param channels  where it was asked (api, telegram, zalo, cli)
 * @param firstAsked the first time in the period
 * @param lastAsked  the last time in the period
 */
public record UnansweredGroup(String question, int count, Map<String, Integer> statuses, List<String> communes,
                              List<String> channels, Instant firstAsked, Instant lastAsked) {
}
