package vn.troly.assistant.handlers;

import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Cue;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lines of an answer about plan rows, from the templates of prompts/answers.yml: who leads, the targets, the
 * deadline, the source; a task's whole description; lists cut to what a phone shows.
 */
public final class RowAnswer {

    /** The plans' words for a task, beside "chỉ tiêu" for an indicator. */
    private static final Pattern TASK_NOUN = Pattern.compile("\\b(nhiem vu|viec|cong viec|giai phap|hoat dong)\\b");

    private static final int MAX_LIST = 25;

    private final PlanLibrary library;
    private final Cards cards;
    private final Prompts prompts;
    private final Map<Intent, RowDescriber> describers;

    /** @param describers who describes a row for each intent (filled by {@link Handlers}), for questions asking two */
    public RowAnswer(PlanLibrary library, Cards cards, Prompts prompts, Map<Intent, RowDescriber> describers) {
        this.library = library;
        this.cards = cards;
        this.prompts = prompts;
        this.describers = describers;
    }

    /**
     * Answers about one row, found by search or picked from candidates: an indicator as the describer of the question's
     * intent says, between its card and citation and its source line; a task the same way whatever was asked.
     */
    public void answer(String id, Understanding u, TurnContext turn, RowDescriber describer) {
        Optional<Indicator> found = library.indicator(id);
        if (found.isEmpty()) {
            library.task(id).ifPresent(task -> task(task, turn));
            return;
        }
        Indicator indicator = found.get();
        turn.indicators().add(cards.card(indicator, u.years()));
        turn.citations().add(cards.citation(indicator));
        String ref = prompts.render("indicator_ref", "name", indicator.name(), "commune", communeName(indicator.communeId()));
        int first = turn.lines().size();
        describer.describe(indicator, ref, u, turn);
        // "… bao nhiêu, ai chủ trì?": each further thing asked, in the order asked, once
        List<RowDescriber> said = new ArrayList<>(List.of(describer));
        for (Intent facet : u.facets()) {
            RowDescriber next = describers.get(facet);
            if (next != null && !said.contains(next)) {
                said.add(next);
                next.more(indicator, u, turn);
            }
        }
        List<String> lines = turn.lines().subList(first, turn.lines().size());
        List<String> once = lines.stream().distinct().toList();
        lines.clear();
        lines.addAll(once);
        turn.say(source(indicator.source()));
    }

    private void task(Task task, TurnContext turn) {
        turn.indicators().add(cards.card(task));
        turn.citations().add(cards.citation(task));
        String ref = prompts.render("indicator_ref", "name", task.name(), "commune", communeName(task.communeId()));
        turn.say(leadLine(ref, task.lead(), true));
        if (!task.implementers().isEmpty()) {
            turn.say(prompts.render("implementers", "implementers", names(task.implementers())));
        }
        if (!task.coordinating().isEmpty()) {
            turn.say(prompts.render("coordinating", "coordinating", names(task.coordinating())));
        }
        if (task.output() != null && !task.output().isBlank()) {
            turn.say(prompts.render("task_output", "output", task.output()));
        }
        turn.say(task.deadline() == null ? prompts.render("no_deadline", "period_note", "")
                : prompts.render("deadline", "deadline", task.deadline().raw()));
        turn.say(source(task.source()));
    }

    public String leadLine(String ref, List<AgencyRef> lead, boolean task) {
        if (lead.isEmpty()) {
            return ref + ". " + prompts.render("no_lead");
        }
        return prompts.render(task ? "lead_task" : "lead", "indicator", ref, "lead", names(lead));
    }

    /** The target for the years asked first, then the row's other targets and those of its other phases. */
    public String targets(Indicator indicator, List<Integer> years) {
        if (indicator.targets().isEmpty()) {
            return prompts.render("no_target");
        }
        Target current = cards.currentTarget(indicator.targets(), years);
        List<Target> ordered = new ArrayList<>(indicator.targets());
        // the same indicator's other phases (rows of one series) complete the picture: 2026-2027 and 2028-2030
        library.indicators(indicator.communeId()).stream()
                .filter(i -> i.seriesId().equals(indicator.seriesId()) && !i.id().equals(indicator.id()))
                .flatMap(i -> i.targets().stream())
                .filter(t -> ordered.stream().noneMatch(o -> Objects.equals(o.period(), t.period())))
                .forEach(ordered::add);
        if (current != null) {
            ordered.remove(current);
            ordered.add(0, current);
        }
        String items = ordered.stream().map(t -> {
            String raw = withUnit(t.raw(), indicator.unit());
            String item = t.period() == null ? prompts.render("target_item_no_period", "raw", raw)
                    : prompts.render("target_item", "period", t.period(), "raw", raw);
            return t.scope() == Target.Scope.PROVINCE ? prompts.render("province_target", "raw", item) : item;
        }).collect(Collectors.joining("; "));
        return prompts.render("targets", "targets", items);
    }

    /** The deadline column, or the period its targets are for when the plan gives no deadline. */
    public String deadline(Indicator indicator) {
        if (indicator.deadline() != null) {
            return prompts.render("deadline", "deadline", indicator.deadline().raw());
        }
        String period = indicator.targets().stream().map(Target::period).filter(Objects::nonNull).findFirst().orElse(null);
        return prompts.render("no_deadline", "period_note", period == null ? "" : prompts.render("no_deadline_period", "period", period));
    }

    private String source(Provenance source) {
        String line = prompts.render("source", "plan", source.documentTitle(), "appendix", source.appendix() == null ? "" : source.appendix(),
                "stt", source.stt());
        // A row read by OCR from a scan may hold a misread figure: the reader is told, not only the JSON.
        return source.ocr() ? line + " " + prompts.render("source_ocr") : line;
    }

    /** Keeps a list answer to its header, {@value #MAX_LIST} items and a line saying how many more there are. */
    public void trimList(TurnContext turn) {
        List<String> lines = turn.lines();
        if (lines.size() > MAX_LIST + 2) {
            int extra = lines.size() - (MAX_LIST + 2);
            lines.subList(MAX_LIST + 2, lines.size()).clear();
            lines.add(prompts.render("more_items", "count", extra));
        }
    }

    public String communeName(String communeId) {
        return library.commune(communeId).map(Commune::name).orElse(communeId);
    }

    /**
     * Whether a list question wants the plan's tasks as well as its indicators: "những việc gì", "nhiệm vụ nào", "những
     * việc, chỉ tiêu gì" do; "những chỉ tiêu nào" asks for indicators only (its text still lists the tasks, apart).
     */
    public static boolean tasksAsked(String folded) {
        return folded == null || !folded.contains("chi tieu") || TASK_NOUN.matcher(folded).find();
    }

    /**
     * Whether a list question wants the plan's tasks without its indicators: it leaves the indicators out ("không
     * tính chỉ tiêu"), or names the tasks by the plans' own word for them, "giải pháp", and not the indicators.
     */
    public static boolean onlyTasksAsked(String folded, Set<Cue> cues) {
        return cues.contains(Cue.TASKS_ONLY) || folded != null && folded.contains("giai phap") && !folded.contains("chi tieu");
    }

    /** Agencies' canonical names, each once, as answers list them. */
    public static String names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).distinct().collect(Collectors.joining(", "));
    }

    /** "≥ 80" with a "%" unit column reads "≥ 80%"; other units follow the number after a space. */
    public static String withUnit(String raw, String unit) {
        if (unit == null || unit.isBlank() || unit.length() > 12 || !raw.matches(".*\\d\\s*") || raw.contains("%")) {
            return raw;
        }
        return unit.strip().equals("%") ? raw.strip() + "%" : raw.strip() + " " + unit.strip();
    }
}
