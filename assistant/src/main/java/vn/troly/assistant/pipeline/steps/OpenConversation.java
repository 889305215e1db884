package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.knowledge.library.PlanLibrary;

/**
 * A new conversation gets its id; a continued one brings back what it was about, with the ids of communes and rows as
 * they are now (a conversation begun before every commune's id carried its province goes on).
 */
public final class OpenConversation implements Step {

    private final Conversations conversations;
    private final PlanLibrary library;

    public OpenConversation(Conversations conversations, PlanLibrary library) {
        this.conversations = conversations;
        this.library = library;
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
            turn.previous(conversations.get(turn.conversationId()).upgraded(library.legacyIds()));
        }
    }
}
