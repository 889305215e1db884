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
 */
public record Understanding(Intent intent, String topic, Agency agency, List<Integer> years, DateWindow window) {

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }
}
