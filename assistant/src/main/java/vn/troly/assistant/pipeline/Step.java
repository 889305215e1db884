package vn.troly.assistant.pipeline;

/**
 * One step of the {@link AnswerPipeline}. A step reads and adds to the turn's context; when it has the whole answer (or
 * must stop the turn, say for an empty message) it calls {@link TurnContext#finish}.
 */
public interface Step {

    /** How the answer's trace names the step. */
    String name();

    void run(TurnContext turn);

    /** Whether the step runs after another finished the turn: those that keep what the turn leaves behind. */
    default boolean closesTurn() {
        return false;
    }
}
