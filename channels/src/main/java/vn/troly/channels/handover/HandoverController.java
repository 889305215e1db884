package vn.troly.channels.handover;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Question;
import vn.troly.channels.identity.Access;
import vn.troly.channels.web.Field;
import vn.troly.channels.web.NamedCommune;
import vn.troly.knowledge.library.PlanLibrary;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.channels.web.ApiException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page's hand-over: POST hands the question over, GET is what the page polls for the officials' replies. The
 * id is a random UUID given only to the page that made the hand-over, and only web hand-overs are shown (a Zalo or
 * Telegram citizen gets the reply in their chat).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/handover")
public class HandoverController {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The hand-over as the page shows it, also to a page opened again later: the question, every reply so far, and
     * the timeout message once the citizen was told nobody answered in time.
     *
     * @param status   open, answered, timed_out or failed
     * @param question the question handed over
     * @param reply    the latest reply, or null while none came
     * @param message  the latest reply as the citizen reads it ("Cán bộ xã trả lời: …"), or null
     * @param replies  every reply, first first
     * @param timeout  what the citizen is told when nobody answered in time, or null while it has not come to that
     * @param timedOutAt when that was, so a late reply shows after it
     */
    public record View(String id, String status, String question, String reply, Instant repliedAt, String message,
                       List<ReplyView> replies, String timeout, Instant timedOutAt) {
    }

    /**
     * One official's reply.
     *
     * @param text    what the official wrote
     * @param message as the citizen reads it
     */
    public record ReplyView(String text, Instant repliedAt, String message) {
    }

    /**
     * The body of POST /api/handover: what the page's "Chuyển cho cán bộ" sends.
     *
     * @param text           the question to hand over; optional when the conversation has turns (the last is taken)
     * @param commune        the commune id chosen on the page
     * @param conversationId the page's conversation, whose last turns go with the question
     */
    @Introspected
    public record Request(String text, String commune, String conversationId) {
    }

    /**
     * What the page shows: the id to poll with (null when nothing was handed over) and the message for the citizen.
     */
    public record Started(String id, String message) {
    }

    private final HandoverStore store;
    private final HandoverTexts texts;
    private final HandoverDesk desk;
    private final Access access;
    private final HandoverSettings settings;
    private final PlanLibrary library;

    HandoverController(HandoverStore store, HandoverTexts texts, HandoverDesk desk, Access access, HandoverSettings settings,
                       PlanLibrary library) {
        this.library = library;
        this.store = store;
        this.texts = texts;
        this.desk = desk;
        this.access = access;
        this.settings = settings;
    }

    @Post
    public HttpResponse<Started> start(HttpRequest<?> http, @Body Request request) {
        String text = request == null || request.text() == null ? "" : request.text().strip();
        String conversation = request == null ? null : request.conversationId();
        Field.QUESTION.check(text);
        Field.COMMUNE_HINT.check(request == null ? null : request.commune());
        Field.CONVERSATION_ID.check(conversation);
        if (request == null || request.commune() == null || request.commune().isBlank()) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "missing_commune", "handover_no_commune");
        }
        NamedCommune.refuseShared(library, request.commune());
        // typed words are the question; without them the button stands for the conversation's last question
        Action action = text.isEmpty() ? new Action.Command(HandoverRequests.COMMAND, Map.of()) : Action.TEXT;
        if (text.isEmpty() && (conversation == null || !desk.hasTurns(conversation))) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "empty_message", "handover_empty");
        }
        Question question = new Question(text, request.commune().strip(), conversation, access.caller(http),
                HandoverDelivery.WEB, action);
        HandoverDesk.Outcome outcome = desk.start(question, HandoverDelivery.WEB, HandoverDesk.SELF);
        Started body = new Started(outcome.id(), outcome.message());
        return outcome.id() == null ? HttpResponse.ok(body) : HttpResponse.created(body);
    }

    @Get("/{id}")
    public View get(@PathVariable String id) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "invalid_handover", "handover_bad_id", "id",
                    HandoverTexts.cut(id, 60));
        }
        Handover h = store.byId(id).filter(found -> HandoverDelivery.WEB.equals(found.channel()))
                .orElseThrow(() -> ApiException.of(HttpStatus.NOT_FOUND, "unknown_handover", "handover_unknown"));
        List<ReplyView> replies = store.replies(h.id()).stream()
                .map(r -> new ReplyView(r.text(), r.at(), texts.get("official_reply", "reply", r.text()))).toList();
        Instant timedOutAt = store.timedOutAt(h.id()).orElse(null);
        return new View(h.id(), h.status(), h.question(), h.reply(), h.repliedAt(),
                h.reply() == null ? null : texts.get("official_reply", "reply", h.reply()), replies,
                timedOutAt == null ? null : texts.timedOut(h, settings.timeout()), timedOutAt);
    }
}
