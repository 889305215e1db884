package vn.troly.assistant.answer;

import java.util.List;

/**
 * What the assistant says back, the same for every channel.
 *
 * @param answer         Vietnamese text
 * @param status         how the question ended
 * @param intent         the understood intent
 * @param commune        the commune the answer is about, or null
 * @param conversationId conversation for follow-ups
 * @param citations      sources of the facts in the text
 * @param indicators     the indicators the answer is about, best first
 * @param candidates     choices offered: the rows a question matched equally, or the communes to ask about
 * @param trace          the steps the pipeline ran and how long each took
 */
public record Answer(String answer, Status status, String intent, CommuneRef commune, String conversationId,
                     List<Citation> citations, List<IndicatorCard> indicators, List<Candidate> candidates,
                     List<StepTiming> trace) {

    /**
     * A choice the user may pick, by its id.
     *
     * @param kind {@value #ROW} (an indicator or task of the plan) or {@value #COMMUNE}
     */
    public record Candidate(String id, String label, String kind) {
        public static final String ROW = "row";
        public static final String COMMUNE = "commune";

        public static Candidate row(String id, String label) {
            return new Candidate(id, label, ROW);
        }

        public static Candidate commune(String id, String label) {
            return new Candidate(id, label, COMMUNE);
        }
    }

    /** One pipeline step and its duration. */
    public record StepTiming(String step, long micros) {
    }
}
