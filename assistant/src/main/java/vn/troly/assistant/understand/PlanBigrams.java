package vn.troly.assistant.understand;

import vn.troly.knowledge.library.LibraryView;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The word pairs of every row name in the loaded plans, folded. They are built again when the plans change, on the
 * thread that changed them ({@link LibraryView}), so a question pays one set lookup per pair of its words, whatever
 * the number of communes.
 */
public final class PlanBigrams implements Supplier<Set<String>> {

    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final LibraryView<Set<String>> bigrams;

    public PlanBigrams(PlanLibrary library, VietnameseNormalizer normalizer) {
        this.library = library;
        this.normalizer = normalizer;
        this.bigrams = new LibraryView<>(library, l -> build());
    }

    @Override
    public Set<String> get() {
        return bigrams.get();
    }

    private Set<String> build() {
        // plans written from one template share most row names: each distinct name is folded once, on every core
        Set<String> names = new HashSet<>();
        for (Plan plan : library.plans()) {
            plan.indicators().stream().map(Indicator::name).forEach(names::add);
            plan.tasks().stream().map(Task::name).forEach(names::add);
        }
        Set<String> pairs = ConcurrentHashMap.newKeySet();
        names.parallelStream().forEach(name -> add(name, pairs));
        return Set.copyOf(pairs);
    }

    private void add(String name, Set<String> pairs) {
        List<String> words = normalizer.foldedWords(name);
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(words.get(i) + " " + words.get(i + 1));
        }
    }
}
