package vn.troly.channels.audit;

import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.Answerer;
import vn.troly.channels.identity.AdminToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** Records every question, its answer and the tools the model called, whichever channel asked. */
public final class AuditedAnswerer implements Answerer {

    private final Answerer inner;
    private final AuditLog log;
    private final AdminToken adminToken;
    private final PlanLibrary library;

    public AuditedAnswerer(Answerer inner, AuditLog log, AdminToken adminToken, PlanLibrary library) {
        this.inner = inner;
        this.log = log;
        this.adminToken = adminToken;
        this.library = library;
    }

    @Override
    public Answer answer(Question question) {
        Answer answer = inner.answer(question);
        log.record(events(question, answer));
        return answer;
    }

    /** The answer once its question and answer are in the trail; no thread waits for the commit. */
    @Override
    public CompletableFuture<Answer> answerAsync(Question question) {
        return inner.answerAsync(question).thenCompose(answer -> log.recordAsync(events(question, answer)).thenApply(v -> answer));
    }

    private List<AuditEvent> events(Question question, Answer answer) {
        String user = question.caller().userId();
        String role = question.role().name().toLowerCase(Locale.ROOT);
        // recorded under the commune's id whichever alias was sent ("vinh-tru"), as the unanswered review filters by it
        String commune = answer.commune() != null ? answer.commune().id()
                : library.findCommune(question.communeHint()).map(Commune::id).orElse(question.communeHint());
        List<AuditEvent> events = new ArrayList<>();
        // an official who pastes the admin token into the chat box must not leave it in the trail admins read
        events.add(event(user, role, question.channel(), commune, AuditEvent.QUESTION, adminToken.mask(question.text())));
        for (Answer.StepTiming step : answer.trace()) {
            if (step.step().startsWith("tool:")) {
                events.add(event(user, role, question.channel(), commune, AuditEvent.TOOL, step.step().substring(5)));
            }
        }
        events.add(event(user, role, question.channel(), commune, AuditEvent.ANSWER,
                "[" + answer.intent() + ", " + answer.status() + ", " + answer.citations().size() + " nguồn] "
                        + adminToken.mask(answer.answer())));
        return events;
    }

    @Override
    public void close() {
        inner.close();
    }

    private static AuditEvent event(String user, String role, String channel, String commune, String kind, String detail) {
        return new AuditEvent(0, null, user, role, channel, commune, kind, detail);
    }
}
