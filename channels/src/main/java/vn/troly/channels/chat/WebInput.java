package vn.troly.channels.chat;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.output.InputAdapter;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;

import java.util.Optional;

/**
 * A POST /api/chat body as a question: typed words, or a pressed button's typed action ({@link ChatAction}). Bad
 * input is refused with a 400 in Vietnamese rather than answered.
 */
@Singleton
public class WebInput implements InputAdapter<WebInput.Incoming> {

    /**
     * One request, its caller already known from the bearer token.
     *
     * @param request the body
     * @param caller  who asks
     */
    public record Incoming(ChatRequest request, Caller caller) {
    }

    private final Prompts texts = new Prompts("limits.yml");

    @Override
    public Optional<Question> question(Incoming in) {
        ChatRequest request = in.request();
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
        return Optional.of(new Question(text, request.commune(), request.conversationId(), in.caller(), "api", action));
    }
}
