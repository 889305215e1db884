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
 * @param candidates     choices offered when the question matched several indicators
 * @param trace          the steps the pipeline ran and how long each took
 */
public record Answer(String answer, Status status, String intent, CommuneRef commune, String conversationId,
                     List<Citation> citations, List<IndicatorCard> indicators, List<Candidate> candidates,
                     List<StepTiming> trace) {

    /** An indicator the user may pick. */
    public record Candidate(String id, String label) {
    }

    /** One pipeline step and its duration. */
    public record StepTiming(String step, long micros) {
    }
}
