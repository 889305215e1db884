package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Deadline;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Task;

import java.util.List;

/**
 * "Công an xã phụ trách những chỉ tiêu nào?": the rows an agency leads, then its tasks and what it carries out; asked
 * what it coordinates ("phối hợp những chỉ tiêu nào"), the rows that name it among their partners.
 */
public final class PortfolioHandler implements Handler {

    private final PlanTools tools;
    private final Cards cards;
    private final RowAnswer rows;
    private final LeadHandler lead;
    private final Prompts prompts;

    public PortfolioHandler(PlanTools tools, Cards cards, RowAnswer rows, LeadHandler lead, Prompts prompts) {
        this.tools = tools;
        this.cards = cards;
        this.rows = rows;
        this.lead = lead;
        this.prompts = prompts;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        if (u.agency() == null && u.hasTopic()) {
            // "ai phụ trách chữ ký số?" names a row, not an agency: who leads it
            lead.handle(turn, new Understanding(Intent.LEAD, u.topic(), null, u.years(), null));
            return;
        }
        if (u.agency() == null) {
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("portfolio_no_agency"));
            return;
        }
        String communeId = turn.communeId();
        if (u.facets().contains(Intent.COORDINATING)) {
            coordinated(turn, u.agency());
            return;
        }
        List<Indicator> led = tools.ledBy(u.agency(), communeId);
        List<Task> tasks = tools.tasksLedBy(u.agency(), communeId);
        List<Indicator> implemented = tools.implementedBy(u.agency(), communeId);
        turn.mark("tools");
        if (led.isEmpty() && tasks.isEmpty() && implemented.isEmpty()) {
            turn.say(prompts.render("portfolio_none", "commune", turn.communeName(), "agency", u.agency().name()));
            return;
        }
        turn.say(prompts.render("portfolio_header", "agency", u.agency().name(), "count", led.size(), "commune", turn.communeName()));
        led.forEach(i -> item(turn, i));
        if (!tasks.isEmpty()) {
            turn.say(prompts.render("portfolio_tasks_header", "count", tasks.size()));
            tasks.forEach(t -> item(turn, t));
        }
        if (!implemented.isEmpty()) {
            turn.say(prompts.render("portfolio_also_implements", "agency", u.agency().name(), "count", implemented.size()));
            implemented.forEach(i -> item(turn, i));
        }
        rows.trimList(turn);
    }

    private void coordinated(TurnContext turn, Agency agency) {
        List<Indicator> indicators = tools.coordinatedBy(agency, turn.communeId());
        List<Task> tasks = tools.tasksCoordinatedBy(agency, turn.communeId());
        turn.mark("tools");
        if (indicators.isEmpty() && tasks.isEmpty()) {
            turn.say(prompts.render("portfolio_coordinating_none", "commune", turn.communeName(), "agency", agency.name()));
            return;
        }
        turn.say(prompts.render("portfolio_coordinating_header", "agency", agency.name(), "count", indicators.size() + tasks.size(),
                "commune", turn.communeName()));
        indicators.forEach(i -> item(turn, i));
        tasks.forEach(t -> item(turn, t));
        rows.trimList(turn);
    }

    private void item(TurnContext turn, Indicator i) {
        turn.indicators().add(cards.card(i, List.of()));
        turn.citations().add(cards.citation(i));
        turn.say(line(i.name(), i.deadline()));
    }

    /** A task is listed and cited; it is carried as a card too unless the question asked for indicators only. */
    private void item(TurnContext turn, Task t) {
        if (RowAnswer.tasksAsked(turn.folded())) {
            turn.indicators().add(cards.card(t));
        }
        turn.citations().add(cards.citation(t));
        turn.say(line(t.name(), t.deadline()));
    }

    private String line(String name, Deadline deadline) {
        return prompts.render("portfolio_item", "name", name, "deadline", deadline == null ? ""
                : prompts.render("portfolio_item_deadline", "deadline", deadline.raw()));
    }
}
