package vn.troly.knowledge.search;

/** What an index entry is. */
public enum DocKind { INDICATOR, TASK, SECTION }
