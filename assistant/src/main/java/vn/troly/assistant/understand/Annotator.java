package vn.troly.assistant.understand;

/** Marks one kind of thing in a question (a commune, an agency, a date, a cue …) by claiming its words. */
public interface Annotator {

    void annotate(ParsedQuestion question);
}
