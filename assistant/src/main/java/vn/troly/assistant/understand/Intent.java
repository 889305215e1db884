package vn.troly.assistant.understand;

import java.util.Locale;

/** What a question asks for. */
public enum Intent {
    UPDATE, REPORT,
    /** By when the plan's body says reports are due ("báo cáo trước ngày nào hằng tháng?"). */
    REPORTING,
    PLAN_INFO, RESPONSIBILITY, SUMMARY, PORTFOLIO, DUE, COORDINATING, LEAD, DEADLINE, PROGRESS, TARGET, CITIZEN,
    /** Who holds an office, a phone number, an address: facts no plan holds ("Chủ tịch xã là ai?"). */
    CONTACT,
    /** A topic with no cue: everything the plan says about the indicator. */
    INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * A question about one row's lead, partners, target, deadline or progress: several of these combine into one
     * answer ("… bao nhiêu, ai chủ trì?"), and a question asking one is about the plan even when the row is missing.
     */
    public boolean rowFacet() {
        return this == LEAD || this == COORDINATING || this == DEADLINE || this == TARGET || this == PROGRESS;
    }

    /** Intents answered from one indicator row: a facet of it, or its whole card. */
    public boolean aboutOneIndicator() {
        return rowFacet() || this == INFO;
    }
}
