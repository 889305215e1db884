package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;

/** A new conversation gets its id; a continued one brings back what it was about. */
public final class OpenConversation implements Step {

    private final Conversations conversations;

    public OpenConversation(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "conversation";
    }

    @Override
    public void run(TurnContext turn) {
        if (turn.conversationId() == null) {
            turn.conversationId(conversations.newId());
        } else {
            turn.previous(conversations.get(turn.conversationId()));
        }
    }
}
