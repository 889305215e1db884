package vn.troly.assistant.answer;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who is asking: what they may see and do. */
public enum Role {
    CITIZEN, OFFICIAL, LEADER, ADMIN;

    /** As the API spells it: "official". */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Officials, leaders and admins see reported values and summaries. */
    public boolean seesValues() {
        return this != CITIZEN;
    }
}
