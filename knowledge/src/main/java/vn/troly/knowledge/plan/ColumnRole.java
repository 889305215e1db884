package vn.troly.knowledge.plan;

/** What a table column holds, decided from its header. */
public enum ColumnRole {
    STT, NAME, UNIT, TARGET, LEAD, IMPLEMENTERS, COORDINATING, DEADLINE, LEGAL_BASIS, TASKS, OBJECTIVE, OUTPUT,
    FUNDING, NOTE, OTHER
}
