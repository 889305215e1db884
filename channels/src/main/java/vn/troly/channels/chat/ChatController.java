package vn.troly.channels.chat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.Answerer;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.channels.identity.Access;
import vn.troly.channels.output.AnswerRenderer;
import vn.troly.channels.output.Reply;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The answer contract over HTTP: a question in, a cited answer out, with {@code reply}: the answer rendered for the
 * web page by the renderer every channel shares (its text and its choices as buttons with typed actions). Answers are
 * worked out on the bounded {@value #EXECUTOR} pool, first come, first served: on the unbounded blocking pool, every
 * waiting request had a thread and all of them shared the cores, so each answer took as long as the slowest. While a
 * turn's audit rows commit, no thread waits: the reply is made and sent once they are committed (they are what an
 * answer acknowledges), on the same pool, so every request under way shares one commit.
 */
@ExecuteOn(ChatController.EXECUTOR)
@Controller("/api/chat")
public class ChatController {

    /** The executor configured under {@code micronaut.executors.answers}. */
    public static final String EXECUTOR = "answers";

    private final Answerer engine;
    private final Access auth;
    private final HandoverDesk handovers;
    private final WebInput input;
    private final WebOutput output;
    private final AnswerRenderer renderer;
    private final ExecutorService answers;

    /** The answer's own fields with the rendered reply beside them, written out in one pass. */
    public record ChatResponse(@JsonUnwrapped Answer answer, WebOutput.Body reply) {
    }

    public ChatController(Answerer engine, Access auth, HandoverDesk handovers, WebInput input, WebOutput output,
                          AnswerRenderer renderer, @Named(EXECUTOR) ExecutorService answers) {
        this.engine = engine;
        this.auth = auth;
        this.handovers = handovers;
        this.input = input;
        this.output = output;
        this.renderer = renderer;
        this.answers = answers;
    }

    @Post
    public CompletableFuture<ChatResponse> chat(HttpRequest<?> http, @Body ChatRequest request) {
        Question question = input.question(new WebInput.Incoming(request, auth.caller(http))).orElseThrow();
        // the reply is made off the committing thread, which must go on committing
        return engine.answerAsync(question).thenApplyAsync(answer -> reply(question, answer), answers);
    }

    private ChatResponse reply(Question question, Answer answer) {
        // kept for a hand-over to officials (POST /api/handover), whose transcript shows the last turns
        handovers.answered(question, answer);
        Reply reply = renderer.render(answer, output.format(), handovers.offer(question, answer));
        return new ChatResponse(answer, output.body(reply));
    }
}
