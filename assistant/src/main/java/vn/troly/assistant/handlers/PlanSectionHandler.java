package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.compose.Excerpt;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;
import java.util.Optional;

/**
 * Questions the plan's body answers rather than its tables: "Trách nhiệm của Công an xã là gì?" (the best section,
 * quoted) and "Báo cáo trước ngày nào hằng tháng?" (the sentence that sets the reporting day).
 */
public final class PlanSectionHandler implements Handler {

    private static final int SECTIONS = 5;

    private final PlanTools tools;
    private final ReportingDates reportingDates;
    private final BodyPassages passages;
    private final PlanLibrary library;
    private final Cards cards;
    private final Prompts prompts;

    public PlanSectionHandler(PlanTools tools, ReportingDates reportingDates, BodyPassages passages, PlanLibrary library,
                              Cards cards, Prompts prompts) {
        this.tools = tools;
        this.reportingDates = reportingDates;
        this.passages = passages;
        this.library = library;
        this.cards = cards;
        this.prompts = prompts;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        if (u.intent() == Intent.REPORTING) {
            reporting(turn, u);
        } else {
            section(turn);
        }
    }

    /** The sentence of the plan's body that says by when a report is due, quoted and cited; else the best section. */
    private void reporting(TurnContext turn, Understanding u) {
        Optional<ReportingDates.Passage> found = reportingDates.find(turn.text(), turn.communeId(), u.agency());
        turn.mark("retrieve");
        if (found.isEmpty()) {
            section(turn);
            return;
        }
        PlanTools.SectionExcerpt section = found.get().section();
        turn.say(prompts.render("reporting_answer", "commune", turn.communeName(), "heading", section.heading(),
                "sentence", found.get().sentence()));
        cite(section, found.get().sentence(), turn);
    }

    /**
     * A question about one row whose topic no row holds, answered from the sentence of the plan's body that holds it;
     * false when none does.
     */
    boolean passage(TurnContext turn, String topic, String topicLabel) {
        Optional<BodyPassages.Passage> found = passages.find(topic, turn.communeId());
        if (found.isEmpty()) {
            return false;
        }
        PlanTools.SectionExcerpt section = found.get().section();
        turn.say(prompts.render("body_passage", "commune", turn.communeName(), "topic", topicLabel, "heading", section.heading(),
                "sentence", found.get().sentence()));
        cite(section, found.get().sentence(), turn);
        return true;
    }

    private void section(TurnContext turn) {
        List<PlanTools.SectionExcerpt> found = tools.searchPlanSections(turn.text(), turn.communeId(), SECTIONS);
        turn.mark("retrieve");
        if (found.isEmpty()) {
            turn.status(Status.NOT_IN_PLAN);
            turn.say(prompts.render("section_none", "commune", turn.communeName()));
            return;
        }
        PlanTools.SectionExcerpt best = passages.mostTogether(turn.text(), found);
        turn.say(prompts.render("section_answer", "commune", turn.communeName(), "heading", best.heading(),
                "excerpt", Excerpt.of(best.text(), 900)));
        cite(best, best.text(), turn);
    }

    private void cite(PlanTools.SectionExcerpt section, String quoted, TurnContext turn) {
        library.plan(section.planId()).ifPresent(p -> turn.citations().add(cards.citation(p, prompts.render("section_citation",
                "path", section.path(), "from", section.startLine(), "to", section.endLine()), Excerpt.of(quoted, 200))));
    }
}
