package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;

/** Keeps what the turn was about for the conversation's next question; a turn that set nothing leaves it as it was. */
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
        if (turn.memory() != null) {
            conversations.put(turn.conversationId(), turn.memory());
        }
    }
}
