package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.answer.Status;

import java.util.ArrayList;
import java.util.List;

/** The context one question shares across the pipeline steps, and the answer they build. */
final class Turn {
    final String conversationId;
    final Caller caller;
    final Role role;
    final List<Answer.StepTiming> trace = new ArrayList<>();
    final List<Citation> citations = new ArrayList<>();
    final List<IndicatorCard> indicators = new ArrayList<>();
    final List<Answer.Candidate> candidates = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    String intent = "unknown";
    CommuneRef commune;
    Status status = Status.ANSWERED;
    private long stepStart = System.nanoTime();

    Turn(String conversationId, Caller caller) {
        this.conversationId = conversationId;
        this.caller = caller;
        this.role = caller.role();
    }

    void step(String name) {
        long now = System.nanoTime();
        trace.add(new Answer.StepTiming(name, (now - stepStart) / 1000));
        stepStart = now;
    }

    Answer answer() {
        return new Answer(String.join("\n", lines), status, intent, commune, conversationId, List.copyOf(citations),
                List.copyOf(indicators), List.copyOf(candidates), List.copyOf(trace));
    }
}
