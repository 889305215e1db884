package vn.troly.assistant.pipeline;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One question on its way through the {@link AnswerPipeline}: what was asked, what the steps found out about it (the
 * cleaned text, the commune, the understanding, the conversation so far) and the answer they build. A step that has
 * the whole answer ends the turn with {@link #finish(Status)}.
 */
public final class TurnContext {

    /** Intents answered with a list of rows, which a follow-up may pick from. */
    private static final Set<Intent> LISTS = Set.of(Intent.PORTFOLIO, Intent.DUE);

    private final Question question;
    private final boolean valuesPublic;
    private String conversationId;
    private Conversations.State previous = Conversations.State.EMPTY;
    private String text;
    private String folded;
    private String withoutCommune;
    private String communeId;
    private CommuneRef commune;
    private Understanding understanding;

    private final List<String> lines = new ArrayList<>();
    private String cardId;
    private final List<Citation> citations = new ArrayList<>();
    private final List<IndicatorCard> indicators = new ArrayList<>();
    private final List<Answer.Candidate> candidates = new ArrayList<>();
    private final List<Answer.StepTiming> trace = new ArrayList<>();
    private String intent = "unknown";
    private Status status = Status.ANSWERED;
    private boolean finished;
    private Conversations.State memory;
    private long stepStart = System.nanoTime();

    /** @param valuesPublic whether everyone may see reported values, not only staff */
    public TurnContext(Question question, boolean valuesPublic) {
        this.question = question;
        this.valuesPublic = valuesPublic;
        this.conversationId = question.conversationId() == null || question.conversationId().isBlank()
                ? null : question.conversationId();
    }

    // ---- the question and what the steps found out ---------------------------------------------------------

    public Question question() {
        return question;
    }

    public Caller caller() {
        return question.caller();
    }

    /** Whether this asker may see the reported values and statuses of the commune the question is about. */
    public boolean seesValues() {
        return seesValuesOf(communeId);
    }

    /**
     * Whether this asker may see a commune's reported values, statuses and reporters: an official of another commune
     * gets the citizen's answer, as the API refuses them that commune's values.
     */
    public boolean seesValuesOf(String commune) {
        return valuesPublic || question.caller().mayRead(commune);
    }

    /** Null until the conversation is opened (a new one gets its id then). */
    public String conversationId() {
        return conversationId;
    }

    public void conversationId(String id) {
        conversationId = id;
    }

    /** Whether the question starts a conversation (it came without an id). */
    public boolean newConversation() {
        return question.conversationId() == null || question.conversationId().isBlank();
    }

    /** What the conversation was about before this question; empty for a new one. */
    public Conversations.State previous() {
        return previous;
    }

    public void previous(Conversations.State state) {
        previous = state;
    }

    /** What the message does: typed text, a pick, a confirmation, a command. */
    public Action action() {
        return question.action();
    }

    /** The sanitised text, as the user wrote it otherwise (or the question a picked commune was waiting for). */
    public String text() {
        return text;
    }

    public void text(String sanitized) {
        text = sanitized;
    }

    /** The text folded (no diacritics, lower case); once the commune is resolved, without its name or punctuation. */
    public String folded() {
        return folded;
    }

    public void folded(String folded) {
        this.folded = folded;
    }

    /** The folded text without the commune's name but with its punctuation, so "62,5" stays a number. */
    public String withoutCommune() {
        return withoutCommune;
    }

    public void withoutCommune(String folded) {
        withoutCommune = folded;
    }

    /** The commune the question is about, or null while none is known. */
    public String communeId() {
        return communeId;
    }

    public void commune(String id, CommuneRef ref) {
        communeId = id;
        commune = ref;
    }

    /** The commune's name for answers; its id when no loaded commune has it. */
    public String communeName() {
        return commune == null ? communeId : commune.name();
    }

    public Understanding understanding() {
        return understanding;
    }

    public void understanding(Understanding u) {
        understanding = u;
    }

    // ---- the answer being built ----------------------------------------------------------------------------

    public List<String> lines() {
        return lines;
    }

    public void say(String line) {
        lines.add(line);
    }

    public List<Citation> citations() {
        return citations;
    }

    public List<IndicatorCard> indicators() {
        return indicators;
    }

    public List<Answer.Candidate> candidates() {
        return candidates;
    }

    public void intent(String code) {
        intent = code;
    }

    public Status status() {
        return status;
    }

    /** How the turn ends, if no later step changes it; the steps after this one still run. */
    public void status(Status status) {
        this.status = status;
    }

    /** Ends the turn with this status: the pipeline runs no more steps but those that close every turn. */
    public void finish(Status status) {
        this.status = status;
        finished = true;
    }

    /**
     * A button pressed on an answer whose choice is gone (answered since, replaced, or never offered here): said so,
     * and nothing else is done.
     */
    public void finishStale(String reply) {
        intent = "stale_action";
        say(reply);
        finish(Status.CLARIFICATION_NEEDED);
    }

    public boolean finished() {
        return finished;
    }

    /** The context the next question of this conversation starts from; nothing changes when no step sets it. */
    public void remember(Conversations.State state) {
        memory = state;
    }

    public Conversations.State memory() {
        return memory;
    }

    /** Remembers the commune, what was asked about it (and for which years), the row answered and the rows offered. */
    public void rememberAbout(Understanding u, String indicatorId) {
        // a list answered is a list to pick from too: "cái đầu tiên ai chủ trì?"
        List<String> offered = !candidates.isEmpty() || !LISTS.contains(u.intent())
                ? candidates.stream().map(Answer.Candidate::id).toList() : indicators.stream().map(IndicatorCard::id).toList();
        remember(new Conversations.State(communeId, u.intent(), u.topic(), indicatorId, null, offered, null, null, null, u.years(),
                cardId));
    }

    /** The citizen card this turn answered with, for the follow-ups about it; null when none. */
    public void cardId(String cardId) {
        this.cardId = cardId;
    }

    // ---- timing and the result -----------------------------------------------------------------------------

    /** Times the part of the current step done since it began (or since the last mark) under its own name. */
    public void mark(String name) {
        long now = System.nanoTime();
        trace.add(new Answer.StepTiming(name, (now - stepStart) / 1000));
        stepStart = now;
    }

    void startStep() {
        stepStart = System.nanoTime();
    }

    /** The turn failed: whatever was said is replaced by the apology; citations and cards found so far stay. */
    void fail(String apology) {
        lines.clear();
        lines.add(apology);
        finish(Status.ERROR);
    }

    public Answer answer() {
        return new Answer(String.join("\n", lines), status, intent, commune, conversationId, List.copyOf(citations),
                List.copyOf(indicators), List.copyOf(candidates), List.copyOf(trace));
    }
}
