package vn.troly.knowledge.plan;

/** How a reported value is compared with a target. */
public enum Comparator {
    AT_LEAST(">="),
    MORE_THAN(">"),
    EQUAL("="),
    RANGE("range"),
    QUALITATIVE("qualitative");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
