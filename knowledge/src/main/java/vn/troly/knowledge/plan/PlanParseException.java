package vn.troly.knowledge.plan;

/** A document that cannot be read as a plan; the message is Vietnamese and fit to show a user. */
public class PlanParseException extends Exception {
    public PlanParseException(String message) {
        super(message);
    }

    public PlanParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
