package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;

/**
 * Keeps what the turn was about for the conversation's next question; a turn that set nothing leaves it as it was. A
 * new conversation gets its final id here, as the id may carry the context.
 */
public final class Remember implements Step {

    private final Conversations conversations;

    public Remember(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "remember";
    }

    @Override
    public boolean closesTurn() {
        return true;
    }

    @Override
    public void run(TurnContext turn) {
        if (turn.memory() == null) {
            return;
        }
        if (turn.newConversation()) {
            // a first context travels in the new conversation's id when it can, as a cached answer's does: most
            // questions start a conversation, and each would otherwise wait for a commit of its own context
            turn.conversationId(conversations.start(turn.memory()));
        } else {
            conversations.put(turn.conversationId(), turn.memory());
        }
    }
}
