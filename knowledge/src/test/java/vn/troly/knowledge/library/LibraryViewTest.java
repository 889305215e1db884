package vn.troly.knowledge.library;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is worked out from the plans is rebuilt by the change of the plans, never by a reader. */
class LibraryViewTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final PlanParser PARSER = new PlanParser(NORMALIZER, AgencyDirectory.loadDefault(NORMALIZER));

    @Test
    void rebuiltOnEachChangeOnTheChangingThreadAndReadWithoutWork() throws Exception {
        PlanLibrary library = new PlanLibrary(PARSER, KnowledgeIndex.inMemory(NORMALIZER, SynonymTable.loadDefault(NORMALIZER)), null);
        AtomicInteger builds = new AtomicInteger();
        List<Thread> builders = new CopyOnWriteArrayList<>();
        LibraryView<Integer> communes = new LibraryView<>(library, l -> {
            builds.incrementAndGet();
            builders.add(Thread.currentThread());
            return l.communes().size();
        });
        assertEquals(0, communes.get());
        library.load(true, List.of());
        assertEquals(5, communes.get());
        for (int i = 0; i < 100; i++) {
            communes.get();
        }
        assertEquals(2, builds.get(), "built at construction and at the load, not by the reads");

        byte[] plan;
        try (InputStream in = LibraryViewTest.class.getResourceAsStream("/corpus/loi-bac.txt")) {
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("Lợi Bác", "Tân Lập")
                    .getBytes(StandardCharsets.UTF_8);
        }
        library.ingest("tan-lap.txt", plan);
        // the upload's own thread rebuilt it: the next reader sees the new commune at once
        assertEquals(6, communes.get());
        assertEquals(3, builds.get());
        assertEquals(List.of(Thread.currentThread()), builders.stream().distinct().toList());
    }

    @Test
    void otherReadersSeeTheNewPlansOnlyOnceTheViewsAreRebuilt() throws Exception {
        PlanLibrary library = new PlanLibrary(PARSER, KnowledgeIndex.inMemory(NORMALIZER, SynonymTable.loadDefault(NORMALIZER)), null);
        List<Integer> seenElsewhere = new CopyOnWriteArrayList<>();
        new LibraryView<>(library, l -> {
            // a question on another thread while the view rebuilds: it must not meet plans the views do not know yet
            Thread reader = new Thread(() -> seenElsewhere.add(l.communes().size()));
            reader.start();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return l.communes().size();
        });
        library.load(true, List.of());
        // at construction and during the load's rebuild, other threads still saw no plans; the rebuild itself saw five
        assertEquals(List.of(0, 0), seenElsewhere);
        assertEquals(5, library.communes().size());
    }
}
