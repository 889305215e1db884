package vn.troly.channels.handover;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.answer.Status;
import vn.troly.channels.audit.AuditEvent;
import vn.troly.channels.audit.AuditLog;
import vn.troly.channels.output.Choice;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.LegacyIds;
import vn.troly.knowledge.library.PlanLibrary;


import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The citizen's side of a hand-over: offers "Chuyển cho cán bộ" under an answer the assistant could not give, and
 * hands the question with the last turns to the commune's officials' group. The row is committed before the group is
 * told and before the citizen reads "Đã chuyển", so an acknowledged hand-over is never lost.
 */
@Singleton
public class HandoverDesk {

    public static final String AUDIT_KIND = "handover";
    /** The audit detail of a hand-over, "#id → nhóm chat: question", read back by the unanswered review. */
    public static final Pattern AUDIT_DETAIL = Pattern.compile("^#[0-9a-f-]{36} → nhóm -?\\d+: (.*)$", Pattern.DOTALL);
    /** The recipient of a web hand-over: the page polls by the hand-over's own id. */
    public static final String SELF = "";
    private static final Set<Status> UNHELPED = Set.of(Status.NOT_IN_PLAN, Status.OUT_OF_SCOPE, Status.CLARIFICATION_NEEDED);

    /**
     * What became of a request.
     *
     * @param id      the hand-over's id, or null when nothing was handed over
     * @param message what to tell the citizen
     */
    public record Outcome(String id, String message) {
    }

    private final HandoverSettings settings;
    private final HandoverStore store;
    private final HandoverRequests requests;
    private final RecentTurns turns;
    private final HandoverTexts texts;
    private final OfficialsGroup group;
    private final AuditLog audit;
    private final Clock clock;
    private final PlanLibrary library;

    HandoverDesk(HandoverSettings settings, HandoverStore store, HandoverRequests requests, RecentTurns turns,
                 HandoverTexts texts, @Nullable OfficialsGroup group, AuditLog audit, Clock clock, PlanLibrary library) {
        this.settings = settings;
        this.store = store;
        this.requests = requests;
        this.turns = turns;
        this.texts = texts;
        this.group = group;
        this.audit = audit;
        this.clock = clock;
        this.library = library;
    }

    /** The message asks for a person (the button, or "gặp cán bộ"). */
    public boolean asks(Question question) {
        return requests.asks(question);
    }

    /** Remembers an answered turn, for the transcript of a later hand-over. */
    public void answered(Question question, Answer answer) {
        turns.add(question.conversationId(), answer.conversationId(), question.text(), answer.answer());
    }

    /** The conversation has turns a button press can stand for. */
    public boolean hasTurns(String conversation) {
        return !turns.of(conversation).isEmpty();
    }

    /** The button's label. */
    public String button() {
        return texts.get("button");
    }

    /** The button under a citizen's answer the assistant could not give, when the commune has an officials' group. */
    public List<Choice> offer(Question question, Answer answer) {
        String commune = answer.commune() != null ? answer.commune().id() : question.communeHint();
        if (question.role() != Role.CITIZEN || !UNHELPED.contains(answer.status()) || !reachable(commune)) {
            return List.of();
        }
        return List.of(new Choice(button(), new Action.Command(HandoverRequests.COMMAND, Map.of())));
    }

    /**
     * Hands the conversation over with its last turns: the question is what the citizen typed, or, for the button, the
     * question whose answer offered it.
     *
     * @param recipient whom the official's reply goes to on the question's channel
     */
    public Outcome start(Question request, String channel, String recipient) {
        if (request.communeHint() == null || request.communeHint().isBlank()) {
            return new Outcome(null, texts.get("need_commune"));
        }
        // kept under the commune's id, whichever alias the channel sent ("vinh-tru" for "ninh-binh/vinh-tru")
        String commune = library.findCommune(request.communeHint()).map(Commune::id).orElse(request.communeHint().strip());
        if (!reachable(commune)) {
            return new Outcome(null, texts.noGroup(commune));
        }
        List<RecentTurns.Turn> recent = turns.of(request.conversationId());
        // typed words are the question; the button stands for the question it was offered under
        String typed = !(request.action() instanceof Action.Command) ? request.text()
                : recent.isEmpty() ? null : recent.get(recent.size() - 1).question();
        String question = typed == null || typed.isBlank() ? texts.get("no_question") : typed.strip();
        long chat = groupOf(commune).getAsLong();
        String id = UUID.randomUUID().toString();
        Handover h = new Handover(id, commune, channel, recipient.isEmpty() ? id : recipient, question,
                texts.transcript(recent), chat, null, Handover.OPEN, clock.instant(), null, null);
        store.insert(h);
        OptionalLong posted = group.post(chat, texts.groupMessage(h));
        if (posted.isEmpty()) {
            store.failed(h.id());
            return new Outcome(null, texts.get("failed"));
        }
        store.posted(h.id(), posted.getAsLong());
        audit.record(List.of(new AuditEvent(0, null, request.caller().userId(), request.role().name().toLowerCase(Locale.ROOT),
                channel, commune, AUDIT_KIND, "#" + h.id() + " → nhóm " + chat + ": " + question)));
        return new Outcome(h.id(), texts.get("handed_over"));
    }

    /** The commune has an officials' group and the bot to post there: its citizens are offered the button. */
    public boolean reachable(String commune) {
        return group != null && groupOf(commune).isPresent();
    }

    /**
     * The commune's officials' group, configured under its id or under the bare id it had before ids carried the
     * province (assistant.handover.groups.vinh-tru), which stands for the commune that held it then.
     */
    private OptionalLong groupOf(String commune) {
        OptionalLong exact = settings.group(commune);
        if (exact.isPresent() || commune == null) {
            return exact;
        }
        LegacyIds legacy = library.legacyIds();
        return settings.groups().entrySet().stream().filter(e -> commune.equals(legacy.commune(e.getKey())))
                .mapToLong(Map.Entry::getValue).findFirst();
    }
}
