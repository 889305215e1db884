package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.compose.ValueText;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.DateWindow;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.CommuneSummary;
import vn.troly.knowledge.values.IndicatorValue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Tóm tắt tình hình thực hiện": where the commune's plan stands (counts by status, late rows, offices behind, the
 * week's reports, suspect figures, what falls due soon); statuses for staff only. (A summary-worded question about
 * one row is read as that row's progress by the decision table, prompts/intents.yml.)
 */
public final class SummaryHandler implements Handler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Reports and suspect figures listed by name; more are counted. */
    private static final int SHOWN = 5;

    private final PlanLibrary library;
    private final Cards cards;
    private final ValueTools values;
    private final Prompts prompts;
    private final Clock clock;

    public SummaryHandler(PlanLibrary library, Cards cards, ValueTools values, Prompts prompts, Clock clock) {
        this.library = library;
        this.cards = cards;
        this.values = values;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        String communeId = turn.communeId();
        List<Task> tasks = library.tasks(communeId);
        LocalDate today = LocalDate.now(clock);
        CommuneSummary summary = values.summary(communeId);
        if (u.agency() != null) {
            agency(summary, u.agency(), turn);
            return;
        }
        turn.say(prompts.render("summary_header", "commune", turn.communeName(), "today", today.format(DAY),
                "indicators", summary.rows().size(), "tasks", tasks.size()));
        if (turn.seesValues()) {
            statuses(summary, turn);
        } else {
            turn.say(prompts.render("summary_values_internal"));
        }
        LocalDate soonEnd = DateWindow.soon(today).to();
        long soon = summary.rows().stream().filter(r -> r.due() != null && !r.due().isBefore(today) && !r.due().isAfter(soonEnd)).count();
        turn.say(prompts.render("summary_due", "count", soon));
        turn.say(prompts.render("summary_by_agency", "agencies", summary.byAgency().stream()
                .sorted(Comparator.comparingLong(CommuneSummary.AgencyLine::total).reversed())
                .map(a -> a.agency() + " " + a.total()).collect(Collectors.joining("; "))));
        library.plans(communeId).forEach(p -> turn.citations().add(cards.citation(p, prompts.render("plan_citation_appendix"), p.title())));
    }

    private void statuses(CommuneSummary summary, TurnContext turn) {
        Map<String, Long> counts = summary.counts();
        turn.say(prompts.render("summary_status", "met", counts.get("met"), "not_met", counts.get("not_met"),
                "at_risk", counts.get("at_risk"), "overdue", counts.get("overdue"), "no_data", counts.get("no_data")));
        sinceLastWeek(summary, turn);
        late(summary.late(), turn);
        behind(summary, turn);
        changes(summary, turn);
        if (counts.get("no_data") == summary.rows().size()) {
            turn.status(Status.NO_DATA);
        }
    }

    /**
     * "Phòng Kinh tế đang chậm chỉ tiêu nào không?", "tình hình của Công an xã": the agency's rows by status, then its
     * overdue and at-risk rows; to those who may not see values, how many rows it leads.
     */
    private void agency(CommuneSummary summary, Agency agency, TurnContext turn) {
        List<CommuneSummary.Row> led = summary.rows().stream().filter(r -> r.leadIds().contains(agency.id())).toList();
        String today = summary.asOf().format(DAY);
        if (!turn.seesValues()) {
            turn.say(prompts.render("agency_summary_internal", "agency", agency.name(), "commune", turn.communeName(),
                    "count", led.size()));
            return;
        }
        Map<String, Long> counts = led.stream().collect(Collectors.groupingBy(CommuneSummary.Row::status, Collectors.counting()));
        turn.say(prompts.render("agency_summary_header", "agency", agency.name(), "commune", turn.communeName(),
                "today", today, "count", led.size()));
        turn.say(prompts.render("summary_status", "met", counts.getOrDefault("met", 0L), "not_met", counts.getOrDefault("not_met", 0L),
                "at_risk", counts.getOrDefault("at_risk", 0L), "overdue", counts.getOrDefault("overdue", 0L),
                "no_data", counts.getOrDefault("no_data", 0L)));
        List<CommuneSummary.Row> late = summary.late().stream().filter(led::contains).toList();
        if (late.isEmpty()) {
            turn.say(prompts.render("agency_summary_none_late", "agency", agency.name(), "today", today));
        }
        late(late, turn);
    }

    /**
     * What changed in the seven days before, by the same rule on both days: rows that became overdue, rows that became
     * met. Said before any list, since it is what a leader asking every week wants first.
     */
    private void sinceLastWeek(CommuneSummary now, TurnContext turn) {
        LocalDate before = now.asOf().minusDays(7);
        Map<String, String> then = values.summary(now.communeId(), new AsOf(before, clock.getZone())).rows().stream()
                .collect(Collectors.toMap(CommuneSummary.Row::indicatorId, CommuneSummary.Row::status, (a, b) -> a));
        List<String> overdue = became(now, then, "overdue");
        List<String> met = became(now, then, "met");
        if (overdue.isEmpty() && met.isEmpty()) {
            turn.say(prompts.render("summary_changes_none", "date", before.format(DAY)));
            return;
        }
        if (!overdue.isEmpty()) {
            turn.say(prompts.render("summary_newly_overdue", "date", before.format(DAY), "count", overdue.size(), "names", first(overdue)));
        }
        if (!met.isEmpty()) {
            turn.say(prompts.render("summary_newly_met", "date", before.format(DAY), "count", met.size(), "names", first(met)));
        }
    }

    /** The first few STT, and "…" when there are more. */
    private static String first(List<String> stts) {
        return String.join("; ", stts.subList(0, Math.min(SHOWN, stts.size()))) + (stts.size() > SHOWN ? "; …" : "");
    }

    /** The rows in a status now that were in another one on the earlier day, by STT. */
    private static List<String> became(CommuneSummary now, Map<String, String> then, String status) {
        return now.rows().stream().filter(r -> r.status().equals(status) && !status.equals(then.get(r.indicatorId())))
                .map(r -> r.stt() == null ? r.name() : r.stt()).toList();
    }

    /** Overdue and at-risk rows, each with its card. */
    private void late(List<CommuneSummary.Row> late, TurnContext turn) {
        if (late.isEmpty()) {
            return;
        }
        turn.say(prompts.render("summary_late_header"));
        for (CommuneSummary.Row row : late) {
            turn.say(prompts.render("summary_late_item", "name", row.name(),
                    "status", prompts.render("status_" + row.status()), "lead", row.lead()));
            library.indicator(row.indicatorId()).ifPresent(i -> {
                turn.indicators().add(Cards.withProgress(cards.card(i, List.of()), values.progress(i)));
                turn.citations().add(cards.citation(i));
            });
        }
    }

    /** "Cơ quan nào còn nhiều chỉ tiêu chưa đạt?": offices by how many of their reported rows are not met yet. */
    private void behind(CommuneSummary summary, TurnContext turn) {
        String offices = summary.byAgency().stream().filter(a -> a.behind() > 0)
                .sorted(Comparator.comparingLong(CommuneSummary.AgencyLine::behind).reversed())
                .map(a -> a.agency() + " " + a.behind()).collect(Collectors.joining("; "));
        if (!offices.isEmpty()) {
            turn.say(prompts.render("summary_behind", "agencies", offices));
        }
    }

    /** What leaders ask first after the counts: what was reported this week, and which figures look wrong. */
    private void changes(CommuneSummary summary, TurnContext turn) {
        if (summary.lastWeek().isEmpty()) {
            turn.say(prompts.render("summary_week_none"));
        } else {
            turn.say(prompts.render("summary_week_header", "count", summary.lastWeek().size()));
            summary.lastWeek().stream().limit(SHOWN).forEach(v -> turn.say(prompts.render("summary_week_item",
                    "name", indicatorName(v), "value", ValueText.shown(v), "as_of", v.asOf().format(DAY), "by", v.reportedBy())));
            if (summary.lastWeek().size() > SHOWN) {
                turn.say(prompts.render("summary_more", "count", summary.lastWeek().size() - SHOWN));
            }
        }
        if (!summary.suspect().isEmpty()) {
            turn.say(prompts.render("summary_suspect", "count", summary.suspect().size(), "names", summary.suspect().stream()
                    .map(v -> indicatorName(v) + " (" + ValueText.shown(v) + ")").distinct().limit(SHOWN).collect(Collectors.joining("; "))));
        }
    }

    private String indicatorName(IndicatorValue v) {
        return library.indicator(v.indicatorId()).map(i -> i.name()).orElse(v.indicatorId());
    }
}
