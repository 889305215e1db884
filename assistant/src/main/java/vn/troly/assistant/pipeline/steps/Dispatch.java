package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.handlers.Handlers;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;

/** Hands the question to its intent's handler (see {@link Handlers}), then remembers what it was about. */
public final class Dispatch implements Step {

    private final Handlers handlers;

    public Dispatch(Handlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public String name() {
        return "compose";
    }

    @Override
    public void run(TurnContext turn) {
        Understanding u = turn.understanding();
        handlers.forIntent(u.intent()).handle(turn, u);
        if (turn.memory() == null) {
            // as understood, not as handed on: a summary question answered as one row's progress stays a summary
            turn.rememberAbout(u, turn.indicators().isEmpty() ? null : turn.indicators().get(0).id());
        }
    }
}
