package vn.troly.knowledge.plan;

import vn.troly.knowledge.agency.AgencyRef;

import java.util.List;

/**
 * An appendix row that is a task or a document to issue rather than a measured indicator.
 *
 * @param id           stable id
 * @param communeId    the commune whose plan holds it
 * @param kind         task or document to issue
 * @param source       provenance for citations
 * @param name         task text
 * @param lead         lead agencies
 * @param implementers units that implement and report, when the table has a second "chủ trì" column
 * @param coordinating coordinating agencies
 * @param objective    objectives, scale and scope, or null
 * @param output       expected output, or null
 * @param deadline     deadline, or null
 * @param funding      expected funding source, or null
 * @param note         note, or null
 */
public record Task(String id, String communeId, Kind kind, Provenance source, String name, List<AgencyRef> lead,
                   List<AgencyRef> implementers, List<AgencyRef> coordinating, String objective, String output,
                   Deadline deadline, String funding, String note) {

    /** What kind of row. */
    public enum Kind { TASK, DOCUMENT }
}
