package vn.troly.assistant.compose;

import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Deadline;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.values.Progress;
import vn.troly.knowledge.values.Schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns plan rows into the answer contract's indicator cards and citations. */
public final class Cards {

    private final PlanLibrary library;
    private final Clock clock;

    public Cards(PlanLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    public IndicatorCard card(Indicator indicator, List<Integer> years) {
        List<IndicatorCard.TargetView> targets = indicator.targets().stream().map(Cards::view).toList();
        Target current = currentTarget(indicator.targets(), years);
        return new IndicatorCard(indicator.id(), indicator.communeId(), indicator.source().stt(), indicator.name(),
                indicator.unit(), names(indicator.lead()), raws(indicator.lead()),
                names(concat(indicator.coordinating(), indicator.implementers())), targets,
                current == null ? null : view(current), view(indicator.deadline()), null, null, null, null);
    }

    public IndicatorCard card(Task task) {
        return new IndicatorCard(task.id(), task.communeId(), task.source().stt(), task.name(), null, names(task.lead()),
                raws(task.lead()), names(concat(task.coordinating(), task.implementers())), List.of(), null,
                view(task.deadline()), null, null, null, null);
    }

    public Citation citation(String communeId, Provenance source, String excerpt) {
        String commune = library.commune(communeId).map(c -> c.name()).orElse(communeId);
        String section = source.appendix() == null ? String.join(" › ", source.groups())
                : source.groups().isEmpty() ? source.appendix() : source.appendix() + " › " + String.join(" › ", source.groups());
        return new Citation(source.documentId(), source.documentTitle(), commune, section, source.stt(), excerpt);
    }

    public Citation citation(Indicator indicator) {
        return citation(indicator.communeId(), indicator.source(), indicator.name());
    }

    public Citation citation(Task task) {
        return citation(task.communeId(), task.source(), task.name());
    }

    public Citation citation(Plan plan, String section, String excerpt) {
        return new Citation(plan.id(), plan.title(), plan.commune(), section, null, excerpt);
    }

    /** The card with the latest reported value and the status it gives. */
    public static IndicatorCard withProgress(IndicatorCard c, Progress p) {
        IndicatorCard.ValueView latest = p.latest() == null || p.latest().value() == null ? null
                : new IndicatorCard.ValueView(p.latest().value(), p.latest().asOf().toString(), p.latest().reportedBy(),
                p.latest().source());
        return c.withStatus(latest, p.status().code(), null, null);
    }

    /** The target for the years asked, else the one in force today (the one rule: {@link Schedule#targetFor}). */
    public Target currentTarget(List<Target> targets, List<Integer> years) {
        return Schedule.targetFor(targets, years, LocalDate.now(clock));
    }

    static List<AgencyRef> concat(List<AgencyRef> a, List<AgencyRef> b) {
        List<AgencyRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<String> names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).distinct().toList();
    }

    private static List<String> raws(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::raw).toList();
    }

    private static IndicatorCard.TargetView view(Target t) {
        return new IndicatorCard.TargetView(t.period(), t.scope().name().toLowerCase(), t.raw(), t.comparator().symbol(), t.value());
    }

    private static IndicatorCard.DeadlineView view(Deadline d) {
        return d == null ? null : new IndicatorCard.DeadlineView(d.raw(), d.kind().name().toLowerCase(),
                d.end() == null ? null : d.end().toString());
    }
}
