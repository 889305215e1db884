package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.DateWindow;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.ProgressStatus;
import vn.troly.knowledge.values.Schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Chỉ tiêu nào hạn tháng 11/2026?", "Những gì đã quá hạn?": the rows due in a window, soonest first. An indicator is
 * due when {@link Schedule#dueDate} says, and overdue when its status is (the one rule, {@link ProgressCalculator}); a
 * task by its deadline column.
 */
public final class DueHandler implements Handler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanLibrary library;
    private final PlanTools tools;
    private final Cards cards;
    private final RowAnswer rows;
    private final ValueTools values;
    private final Prompts prompts;
    private final Clock clock;

    public DueHandler(PlanLibrary library, PlanTools tools, Cards cards, RowAnswer rows, ValueTools values,
                      Prompts prompts, Clock clock) {
        this.library = library;
        this.tools = tools;
        this.cards = cards;
        this.rows = rows;
        this.values = values;
        this.prompts = prompts;
        this.clock = clock;
    }

    /** A row due in the window: its date, the date as shown, and the row. */
    private record Due(LocalDate date, String shown, String name, String lead, Indicator indicator, Task task) {
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        DateWindow window = u.window();
        if (window == null) {
            // a follow-up ("thế còn xã Phú Trung?") carries the intent over but not the dates it was asked for
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("due_no_window"));
            return;
        }
        String communeId = turn.communeId();
        LocalDate today = LocalDate.now(clock);
        List<Due> due = new ArrayList<>();
        // "phòng KT có chỉ tiêu nào đến hạn": only the rows the agency named leads
        Agency agency = u.agency();
        List<Indicator> indicators = agency == null ? library.indicators(communeId) : tools.ledBy(agency, communeId);
        List<Task> tasks = agency == null ? library.tasks(communeId) : tools.tasksLedBy(agency, communeId);
        for (Indicator i : indicators) {
            LocalDate date = Schedule.dueDate(i, today);
            if (date != null && window.contains(date)) {
                String shown = i.deadline() != null && i.deadline().end() != null ? i.deadline().raw()
                        : prompts.render("deadline_period_end", "date", date.format(DAY), "period",
                        Schedule.currentTarget(i.targets(), today).period());
                due.add(new Due(date, shown, i.name(), RowAnswer.names(i.lead()), i, null));
            }
        }
        for (Task t : tasks) {
            if (Schedule.dueWithin(t.deadline(), window.from(), window.to())) {
                due.add(new Due(t.deadline().end(), t.deadline().raw(), t.name(), RowAnswer.names(t.lead()), null, t));
            }
        }
        due.sort(Comparator.comparing(Due::date));
        turn.mark("tools");
        boolean overdue = window.kind() == DateWindow.Kind.OVERDUE;
        if (overdue) {
            // an indicator is overdue when its status says so: past its date and not met by what was reported
            due.removeIf(r -> r.indicator() != null && values.progress(r.indicator()).status() != ProgressStatus.OVERDUE);
        }
        String whose = agency == null ? prompts.render("due_whose", "commune", turn.communeName())
                : prompts.render("due_whose_agency", "agency", agency.name(), "commune", turn.communeName());
        if (due.isEmpty()) {
            turn.say(overdue ? prompts.render("overdue_none", "whose", whose, "today", today.format(DAY))
                    : prompts.render("due_none", "whose", whose, "window", label(window)));
            return;
        }
        turn.say(overdue ? prompts.render("overdue_header", "whose", whose, "today", today.format(DAY))
                : prompts.render("due_header", "whose", whose, "window", label(window)));
        for (Due row : due) {
            if (row.indicator() != null) {
                turn.indicators().add(turn.seesValuesOf(row.indicator().communeId())
                        ? Cards.withProgress(cards.card(row.indicator(), List.of()), values.progress(row.indicator()))
                        : cards.card(row.indicator(), List.of()));
                turn.citations().add(cards.citation(row.indicator()));
            } else {
                if (RowAnswer.tasksAsked(turn.folded())) {
                    turn.indicators().add(cards.card(row.task()));
                }
                turn.citations().add(cards.citation(row.task()));
            }
            turn.say(prompts.render("due_item", "name", row.name(), "deadline", row.shown(), "lead", row.lead()));
        }
        rows.trimList(turn);
    }

    /** "trong tháng 11/2026", "trong quý 4/2026", …: the window as the answer's header names it. */
    private String label(DateWindow window) {
        String[] parts = window.label().split("/");
        return switch (window.kind()) {
            case MONTH -> prompts.render("window_month", "month", parts[0], "year", parts[1]);
            case QUARTER -> prompts.render("window_quarter", "quarter", parts[0], "year", parts[1]);
            case YEAR -> prompts.render("window_year", "year", window.label());
            case SOON -> prompts.render("window_soon", "days", window.label(), "from", window.from().format(DAY), "to", window.to().format(DAY));
            case UNTIL -> prompts.render("window_until", "date", window.label());
            case OVERDUE -> "";
        };
    }
}
