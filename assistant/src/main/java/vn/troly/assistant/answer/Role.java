package vn.troly.assistant.answer;

/** Who is asking: what they may see and do. */
public enum Role {
    CITIZEN, OFFICIAL, LEADER, ADMIN;

    /** As the API spells it: "official". */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Officials, leaders and admins see reported values and summaries. */
    public boolean seesValues() {
        return this != CITIZEN;
    }
}
