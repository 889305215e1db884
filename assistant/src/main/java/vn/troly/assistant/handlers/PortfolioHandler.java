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
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private final RowFinder finder;
    private final VietnameseNormalizer normalizer;

    public PortfolioHandler(PlanTools tools, Cards cards, RowAnswer rows, LeadHandler lead, Prompts prompts, RowFinder finder,
                            VietnameseNormalizer normalizer) {
        this.finder = finder;
        this.normalizer = normalizer;
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
        Narrowing about = narrowing(turn, u);
        if (u.facets().contains(Intent.COORDINATING)) {
            coordinated(turn, u.agency(), about);
            return;
        }
        boolean onlyTasks = RowAnswer.onlyTasksAsked(turn.folded(), u.cues());
        List<Indicator> led = tools.ledBy(u.agency(), communeId);
        List<Task> tasks = tools.tasksLedBy(u.agency(), communeId);
        List<Indicator> implemented = tools.implementedBy(u.agency(), communeId);
        turn.mark("tools");
        if (onlyTasks && tasks.isEmpty() && !(led.isEmpty() && implemented.isEmpty())) {
            turn.say(prompts.render("portfolio_tasks_none", "commune", turn.communeName(), "agency", u.agency().name()));
            return;
        }
        if (led.isEmpty() && tasks.isEmpty() && implemented.isEmpty()) {
            turn.say(prompts.render("portfolio_none", "commune", turn.communeName(), "agency", u.agency().name()));
            return;
        }
        if (onlyTasks) {
            led = List.of();
            implemented = List.of();
        }
        if (about.holdsAny(Stream.of(led.stream().map(Indicator::id), tasks.stream().map(Task::id),
                implemented.stream().map(Indicator::id)).flatMap(ids -> ids))) {
            led = about.of(led, Indicator::id);
            tasks = about.of(tasks, Task::id);
            implemented = about.of(implemented, Indicator::id);
        } else {
            about = about.saidNone(turn, u.agency());
        }
        if (onlyTasks) {
            turn.say(prompts.render("portfolio_tasks_only_header", "agency", u.agency().name(), "count", tasks.size(),
                    "commune", turn.communeName(), "about", about.label()));
            tasks.forEach(t -> item(turn, t, true));
            rows.trimList(turn);
            return;
        }
        turn.say(prompts.render("portfolio_header", "agency", u.agency().name(), "count", led.size(), "commune", turn.communeName(),
                "about", about.label()));
        led.forEach(i -> item(turn, i));
        if (!tasks.isEmpty()) {
            turn.say(prompts.render("portfolio_tasks_header", "count", tasks.size()));
            tasks.forEach(t -> item(turn, t, RowAnswer.tasksAsked(turn.folded())));
        }
        if (!implemented.isEmpty()) {
            turn.say(prompts.render("portfolio_also_implements", "agency", u.agency().name(), "count", implemented.size()));
            implemented.forEach(i -> item(turn, i));
        }
        rows.trimList(turn);
    }

    private void coordinated(TurnContext turn, Agency agency, Narrowing about) {
        List<Indicator> indicators = tools.coordinatedBy(agency, turn.communeId());
        List<Task> tasks = tools.tasksCoordinatedBy(agency, turn.communeId());
        turn.mark("tools");
        if (indicators.isEmpty() && tasks.isEmpty()) {
            turn.say(prompts.render("portfolio_coordinating_none", "commune", turn.communeName(), "agency", agency.name()));
            return;
        }
        if (about.holdsAny(Stream.concat(indicators.stream().map(Indicator::id), tasks.stream().map(Task::id)))) {
            indicators = about.of(indicators, Indicator::id);
            tasks = about.of(tasks, Task::id);
        } else {
            about = about.saidNone(turn, agency);
        }
        turn.say(prompts.render("portfolio_coordinating_header", "agency", agency.name(), "count", indicators.size() + tasks.size(),
                "commune", turn.communeName(), "about", about.label()));
        indicators.forEach(i -> item(turn, i));
        tasks.forEach(t -> item(turn, t, RowAnswer.tasksAsked(turn.folded())));
        rows.trimList(turn);
    }

    /** The rows of the commune that search finds about the question's own words, if it has any. */
    private Narrowing narrowing(TurnContext turn, Understanding u) {
        if (!u.hasTopic()) {
            return Narrowing.NONE;
        }
        Set<String> ids = tools.findIndicators(u.topic(), turn.communeId()).stream().filter(finder::relevant)
                .map(PlanTools.Match::id).collect(Collectors.toSet());
        return new Narrowing(ids, TopicLabel.of(turn.text(), u.topic(), normalizer), prompts);
    }

    private void item(TurnContext turn, Indicator i) {
        turn.indicators().add(cards.card(i, List.of()));
        turn.citations().add(cards.citation(i));
        turn.say(line(i.name(), i.deadline()));
    }

    /** A task is listed and cited; it is carried as a card too when the question asks for tasks. */
    private void item(TurnContext turn, Task t, boolean asCard) {
        if (asCard) {
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
