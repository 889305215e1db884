package vn.troly.knowledge.plan;

import vn.troly.knowledge.agency.AgencyRef;

import java.util.List;

/**
 * One indicator row of a plan appendix.
 *
 * @param id           stable id: commune id, appendix and row path
 * @param communeId    the commune whose plan holds it
 * @param seriesId     shared by rows of the same indicator in different phases of one plan
 * @param source       provenance for citations
 * @param name         full indicator text
 * @param unit         unit column, or null
 * @param targets      targets per period, in column order
 * @param lead         lead agencies (the unit that monitors and compiles)
 * @param implementers units that implement and report, when a table has a second "chủ trì" column
 * @param coordinating coordinating agencies
 * @param deadline     deadline, or null when the table has none
 * @param legalBasis   legal basis column, or null
 * @param tasks        task text column, or null
 * @param note         note column, or null
 */
public record Indicator(String id, String communeId, String seriesId, Provenance source, String name, String unit,
                        List<Target> targets, List<AgencyRef> lead, List<AgencyRef> implementers,
                        List<AgencyRef> coordinating, Deadline deadline, String legalBasis, String tasks,
                        String note) {
}
