package vn.troly.assistant.understand;

import vn.troly.knowledge.agency.Agency;

import java.util.List;

/**
 * What the default engine read in a question.
 *
 * @param intent  what is asked
 * @param topic   the words left to search for in the plans, folded
 * @param agency  an agency the question names, or null
 * @param years   years the question names (2026, 2030), in order
 * @param window  a date window for "due" questions, or null
 * @param facets  for a question about one row, everything it asks (lead and target, say), the intent first
 */
public record Understanding(Intent intent, String topic, Agency agency, List<Integer> years, DateWindow window,
                            List<Intent> facets) {

    public Understanding {
        years = years == null ? List.of() : List.copyOf(years);
        facets = facets == null || facets.isEmpty() ? List.of(intent) : List.copyOf(facets);
    }

    public Understanding(Intent intent, String topic, Agency agency, List<Integer> years, DateWindow window) {
        this(intent, topic, agency, years, window, List.of(intent));
    }

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }
}
