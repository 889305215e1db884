package vn.troly.knowledge.values;

import java.util.Locale;

/** Where an indicator stands against its current target. */
public enum ProgressStatus {
    MET, NOT_MET, AT_RISK, OVERDUE, NO_DATA;

    /** As every API and answer spells it: "not_met". */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
