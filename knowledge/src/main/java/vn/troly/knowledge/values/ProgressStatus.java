package vn.troly.knowledge.values;

import java.util.Locale;

/** Where an indicator stands against its current target. */
public enum ProgressStatus {
    MET, NOT_MET, AT_RISK, OVERDUE, NO_DATA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
