package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.parse.MonthParser;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;

import java.time.Clock;
import java.time.YearMonth;

/**
 * "Soạn báo cáo tháng 10": where to download the month's report draft (channels that can send files attach it);
 * it is built from reported values, so for staff only.
 */
public final class ReportDraftHandler implements Handler {

    private final PlanLibrary library;
    private final Cards cards;
    private final Prompts prompts;
    private final Clock clock;

    public ReportDraftHandler(PlanLibrary library, Cards cards, Prompts prompts, Clock clock) {
        this.library = library;
        this.cards = cards;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        if (!turn.seesValues()) {
            turn.status(Status.REFUSED);
            turn.say(prompts.render("report_not_allowed"));
            return;
        }
        YearMonth now = YearMonth.now(clock);
        YearMonth month = MonthParser.find(turn.folded(), now.getYear()).orElse(now);
        String communeId = turn.communeId();
        turn.say(prompts.render("report_ready", "month", month.getMonthValue(), "year", month.getYear(),
                "commune", turn.communeName(), "link", prompts.render("report_link", "commune", communeId.replace("/", "%2F"), "month", month)));
        library.plans(communeId).forEach(p -> turn.citations().add(cards.citation(p, prompts.render("plan_citation_appendix"), p.title())));
    }
}
