package vn.troly.assistant.citizen;

/**
 * What the guide has for a question: the card that answers it, or the procedure it names that no card covers, or
 * nothing.
 *
 * @param card      the card, or null
 * @param score     the share of the question's weighted words the card covers (0 to 1)
 * @param uncovered the procedure the question names that no card covers, or null
 */
public record CardMatch(ProcedureCard card, double score, String uncovered) {

    static CardMatch none() {
        return new CardMatch(null, 0, null);
    }

    public boolean found() {
        return card != null;
    }

    /** The question names a procedure the guide has no card for. */
    public boolean declined() {
        return uncovered != null;
    }
}
