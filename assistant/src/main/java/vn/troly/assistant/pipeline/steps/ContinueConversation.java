package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;

/**
 * A follow-up with no topic of its own ("còn hạn thì sao?", "thế còn xã Phú Trung?") continues the last one: its
 * topic, and its intent when the follow-up asks nothing new. A summary is about the whole plan: it never takes the
 * last row's topic.
 */
public final class ContinueConversation implements Step {

    @Override
    public String name() {
        return "follow_up";
    }

    @Override
    public void run(TurnContext turn) {
        Understanding u = turn.understanding();
        Conversations.State previous = turn.previous();
        if (!u.hasTopic() && previous.topic() != null && u.agency() == null && u.intent() != Intent.SUMMARY) {
            Intent intent = u.intent() == Intent.INFO && previous.intent() != null ? previous.intent() : u.intent();
            u = new Understanding(intent, previous.topic(), null, u.years(), u.window());
            turn.understanding(u);
        }
        turn.intent(u.intent().code());
    }
}
