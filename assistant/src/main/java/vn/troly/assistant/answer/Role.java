package vn.troly.assistant.answer;

/** Who is asking: what they may see and do. */
public enum Role {
    CITIZEN, OFFICIAL, LEADER, ADMIN;

    /** Officials, leaders and admins see reported values and summaries. */
    public boolean seesValues() {
        return this != CITIZEN;
    }
}
