package vn.troly.channels.chat;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.channels.identity.Access;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;

/**
 * The answer contract over HTTP: a question in, a cited answer out. Answers are worked out on the bounded
 * {@value #EXECUTOR} pool, first come, first served: on the unbounded blocking pool, every waiting request had a thread
 * and all of them shared the cores, so each answer took as long as the slowest.
 */
@ExecuteOn(ChatController.EXECUTOR)
@Controller("/api/chat")
public class ChatController {

    /** The executor configured under {@code micronaut.executors.answers}. */
    public static final String EXECUTOR = "answers";

    private final Answerer engine;
    private final Access auth;
    private final HandoverDesk handovers;
    private final Prompts texts = new Prompts("limits.yml");

    public ChatController(Answerer engine, Access auth, HandoverDesk handovers) {
        this.engine = engine;
        this.auth = auth;
        this.handovers = handovers;
    }

    @Post
    public Answer chat(HttpRequest<?> http, @Body ChatRequest request) {
        Action action = request == null || request.action() == null ? Action.TEXT : request.action().toAction();
        String text = request == null || request.text() == null ? "" : request.text();
        // a pressed button means what its action says; only typed text must say something
        if (action instanceof Action.Text && text.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty_message", texts.render("empty_message"));
        }
        // a paste of a whole document is refused rather than silently cut
        Field.QUESTION.check(text);
        Field.COMMUNE_HINT.check(request.commune());
        Field.CONVERSATION_ID.check(request.conversationId());
        Question question = new Question(text, request.commune(), request.conversationId(), auth.caller(http), "api", action);
        Answer answer = engine.answer(question);
        // kept for a hand-over to officials (POST /api/handover), whose transcript shows the last turns
        handovers.answered(question, answer);
        return answer;
    }
}
