package vn.troly.assistant.tools;

import vn.troly.knowledge.library.LibraryView;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.search.SearchHit;
import vn.troly.knowledge.search.SearchRequest;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every loaded plan's indicators and tasks, one row for all rows of identical content, in a small in-memory index of
 * its own. "Does any commune's plan have a row about this?" asks it: the whole library's index would score every
 * commune's copy of a row (plans follow their province's template), so the question's cost would grow with the
 * 3,321 communes; here it grows with the distinct rows only. Rebuilt when the plans change ({@link LibraryView}).
 */
public final class RowVocabulary {

    private final LibraryView<KnowledgeIndex> index;

    public RowVocabulary(PlanLibrary library, VietnameseNormalizer normalizer, SynonymTable synonyms) {
        // off the start: until it is built, the whole library's index answers (the same rows, more slowly)
        this.index = new LibraryView<>(library, l -> build(l, normalizer, synonyms), true);
    }

    /** The hits, or null while the first build runs. */
    public List<SearchHit> search(SearchRequest request) {
        KnowledgeIndex built = index.get();
        return built == null ? null : built.search(request);
    }

    private static KnowledgeIndex build(PlanLibrary library, VietnameseNormalizer normalizer, SynonymTable synonyms) {
        KnowledgeIndex index = KnowledgeIndex.inMemory(normalizer, synonyms);
        Set<String> seen = new HashSet<>();
        List<KnowledgeIndex.Entry> entries = new ArrayList<>();
        for (Plan plan : library.plans()) {
            List<Indicator> indicators = plan.indicators().stream().filter(i -> seen.add(content(i))).toList();
            List<Task> tasks = plan.tasks().stream().filter(t -> seen.add(content(t))).toList();
            if (!indicators.isEmpty() || !tasks.isEmpty()) {
                entries.add(new KnowledgeIndex.Entry(new Plan(plan.id(), plan.communeId(), plan.commune(), plan.province(),
                        plan.number(), plan.date(), plan.title(), plan.signer(), plan.sourceFile(), List.of(), indicators, tasks), ""));
            }
        }
        index.replacePlans(entries);
        return index;
    }

    /** What the index reads of an indicator (its name, and the body KnowledgeIndex writes): equal rows score equal. */
    private static String content(Indicator i) {
        return "i\n" + i.name() + "\n" + String.join(" ", i.source().groups()) + "\n" + i.unit() + "\n"
                + i.targets().stream().map(Target::raw).collect(Collectors.joining(" ")) + "\n" + i.tasks() + "\n"
                + i.legalBasis() + "\n" + i.note();
    }

    private static String content(Task t) {
        return "t\n" + t.name() + "\n" + String.join(" ", t.source().groups()) + "\n" + t.objective() + "\n" + t.output()
                + "\n" + t.note();
    }
}
