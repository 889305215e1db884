package vn.troly.knowledge.plan.pdf;

import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.plan.Deadline;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Task;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How many rows of a plan read from PDF are exactly the rows of its text file: every field of every indicator and
 * task, only the source's line numbers and OCR mark left out (a PDF's lines are not the text file's).
 *
 * @param same    rows found exactly
 * @param total   rows of the text file
 * @param missing rows of the text file not found exactly
 * @param extra   rows read from the PDF that are not in the text file
 */
record RowAgreement(int same, int total, List<String> missing, List<String> extra) {

    /** Every field of every row must agree. */
    static RowAgreement of(Plan expected, Plan actual) {
        return of(rows(expected), rows(actual));
    }

    /**
     * The fields a question is answered from must agree: row number, name, lead and coordinating agencies (as
     * resolved), targets per period (comparator and figures) and deadline. Group headings and the raw text an agency
     * or target was read from may differ.
     */
    static RowAgreement ofAnswers(Plan expected, Plan actual) {
        return of(answers(expected), answers(actual));
    }

    /** Only each row's number and its lead agencies (as resolved, so tolerant to a misread letter) must agree. */
    static RowAgreement ofLeads(Plan expected, Plan actual) {
        return of(leads(expected), leads(actual));
    }

    private static List<String> leads(Plan plan) {
        List<String> rows = new ArrayList<>();
        plan.indicators().forEach(row -> rows.add("indicator " + row.source().stt() + " | " + agencies(row.lead())));
        plan.tasks().forEach(row -> rows.add("task " + row.source().stt() + " | " + agencies(row.lead())));
        return rows;
    }

    private static RowAgreement of(List<String> want, List<String> got) {
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        return new RowAgreement(want.size() - missing.size(), want.size(), missing, extra);
    }

    static List<String> rows(Plan plan) {
        List<String> rows = new ArrayList<>();
        for (Indicator row : plan.indicators()) {
            rows.add(new Indicator(row.id(), row.communeId(), row.seriesId(), withoutLines(row.source()), row.name(),
                    row.unit(), row.targets(), row.lead(), row.implementers(), row.coordinating(), row.deadline(),
                    row.legalBasis(), row.tasks(), row.note()).toString());
        }
        for (Task row : plan.tasks()) {
            rows.add(new Task(row.id(), row.communeId(), row.kind(), withoutLines(row.source()), row.name(), row.lead(),
                    row.implementers(), row.coordinating(), row.objective(), row.output(), row.deadline(),
                    row.funding(), row.note()).toString());
        }
        return rows;
    }

    private static List<String> answers(Plan plan) {
        List<String> rows = new ArrayList<>();
        for (Indicator row : plan.indicators()) {
            rows.add(String.join(" | ", "indicator " + row.source().stt(), row.name(), agencies(row.lead()),
                    agencies(row.coordinating()), row.targets().stream().map(t -> t.period() + " " + t.comparator() + " "
                            + t.value() + " " + t.max()).toList().toString(), deadline(row.deadline())));
        }
        for (Task row : plan.tasks()) {
            rows.add(String.join(" | ", "task " + row.source().stt(), row.name(), agencies(row.lead()),
                    agencies(row.coordinating()), deadline(row.deadline())));
        }
        return rows;
    }

    private static String agencies(List<AgencyRef> agencies) {
        return agencies.stream().map(AgencyRef::name).toList().toString();
    }

    private static String deadline(Deadline deadline) {
        return deadline == null ? "-" : deadline.kind() + " " + deadline.start() + " " + deadline.end();
    }

    static byte[] corpus(String communeId) throws IOException {
        try (InputStream in = RowAgreement.class.getResourceAsStream("/corpus/" + communeId + ".txt")) {
            return in.readAllBytes();
        }
    }

    private static Provenance withoutLines(Provenance source) {
        return new Provenance(source.documentId(), source.documentTitle(), source.appendix(), source.groups(),
                source.stt(), 0, 0, false);
    }

    @Override
    public String toString() {
        return same + "/" + total + " rows the same" + (missing.isEmpty() ? "" : "; first missing: " + missing.get(0)
                + (extra.isEmpty() ? "" : "; first read instead: " + extra.get(0)));
    }
}
