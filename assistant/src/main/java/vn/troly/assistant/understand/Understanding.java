package vn.troly.assistant.understand;

import vn.troly.knowledge.agency.Agency;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the default engine read in a question.
 *
 * @param intent  what is asked
 * @param topic   the words left to search for in the plans, folded
 * @param agency  an agency the question names, or null
 * @param years   years the question names (2026, 2030), in order
 * @param window  a date window for "due" questions, or null
 * @param facets  for a question about one row, everything it asks (lead and target, say), the intent first
 * @param cues    the cues the question holds, for what a handler says beyond its intent (the plan's bases, say)
 */
public record Understanding(Intent intent, String topic, Agency agency, List<Integer> years, DateWindow window,
                            List<Intent> facets, Set<Cue> cues) {

    public Understanding {
        years = years == null ? List.of() : List.copyOf(years);
        facets = facets == null || facets.isEmpty() ? List.of(intent) : List.copyOf(facets);
        cues = cues == null ? Set.of() : Set.copyOf(cues);
    }

    public Understanding(Intent intent, String topic, Agency agency, List<Integer> years, DateWindow window,
                         List<Intent> facets) {
        this(intent, topic, agency, years, window, facets, Set.of());
    }

    public Understanding(Intent intent, String topic, Agency agency, List<Integer> years, DateWindow window) {
        this(intent, topic, agency, years, window, List.of(intent));
    }

    /**
     * Cues only a question about the plan's rows uses ("chỉ tiêu", "chủ trì", "mục tiêu"); "có phải … không", "bị
     * trễ", "ai" are a citizen's words about an errand too.
     */
    private static final Set<Cue> ROW_CUES = EnumSet.of(Cue.LEAD, Cue.COORDINATING, Cue.TARGET, Cue.ROW_WORD, Cue.ROWS,
            Cue.TASKS_ONLY, Cue.COUNT, Cue.PLAN_META, Cue.BASIS, Cue.RESPONSIBILITY, Cue.REPORTING, Cue.UPDATE, Cue.DRAFT_REPORT);

    /**
     * Cues that make a question one about the plan's rows ("chỉ tiêu", "ai chủ trì", "đạt chưa"), never an errand: the
     * row cues, and the words of who, progress, status and contact that an errand may use too.
     */
    private static final Set<Cue> PLAN_CUES = union(ROW_CUES, EnumSet.of(Cue.WHO, Cue.DONE, Cue.PROGRESS, Cue.CHECK,
            Cue.STATUS, Cue.BEHIND, Cue.DUE_SOON, Cue.OVERDUE, Cue.PERSON, Cue.CONTACT));

    private static Set<Cue> union(Set<Cue> a, Set<Cue> b) {
        Set<Cue> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    /** Whether the question holds a word only a question about the plan's rows uses. */
    public boolean namesPlanRows() {
        return !Collections.disjoint(cues, ROW_CUES);
    }

    /** Whether the question holds a word that asks about the plan's rows rather than a citizen's errand. */
    public boolean asksAboutPlan() {
        return !Collections.disjoint(cues, PLAN_CUES);
    }

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }
}
