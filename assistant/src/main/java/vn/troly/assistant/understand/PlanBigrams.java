package vn.troly.assistant.understand;

import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The word pairs of every row name in the loaded plans, folded. They are built again off the request path when the
 * plans change (a question meanwhile reads the previous set), so a question pays one set lookup per pair of its words,
 * whatever the number of communes.
 */
public final class PlanBigrams implements Supplier<Set<String>> {

    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile long version = -1;
    private volatile Set<String> bigrams = Set.of();

    public PlanBigrams(PlanLibrary library, VietnameseNormalizer normalizer) {
        this.library = library;
        this.normalizer = normalizer;
        // the plans loaded by now are read at start, so answers do not depend on when a rebuild ends
        long loaded = library.version();
        this.bigrams = build();
        this.version = loaded;
    }

    @Override
    public Set<String> get() {
        long current = library.version();
        if (current != version && building.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    bigrams = build();
                    version = current;
                } finally {
                    building.set(false);
                }
            });
        }
        return bigrams;
    }

    private Set<String> build() {
        Set<String> pairs = new HashSet<>();
        for (Plan plan : library.plans()) {
            plan.indicators().stream().map(Indicator::name).forEach(name -> add(name, pairs));
            plan.tasks().stream().map(Task::name).forEach(name -> add(name, pairs));
        }
        return Set.copyOf(pairs);
    }

    private void add(String name, Set<String> pairs) {
        List<String> words = normalizer.foldedWords(name);
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(words.get(i) + " " + words.get(i + 1));
        }
    }
}
