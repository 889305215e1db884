package vn.troly.knowledge.library;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Something worked out from the loaded plans (the communes' names, the rows' word pairs), built once at construction
 * and again whenever the plans change, on the thread that changed them ({@link PlanLibrary#onChange}). A question
 * only reads the value built last: at national scale a rebuild walks thousands of plans, which no question may wait
 * for, and the swap is one atomic reference, so a reader sees the old value or the new one, whole.
 *
 * @param <T> what is worked out; never changed once built
 */
public final class LibraryView<T> implements Supplier<T> {

    private record Built<T>(long version, T value) {
    }

    private final PlanLibrary library;
    private final Function<PlanLibrary, T> build;
    private final AtomicReference<Built<T>> built;

    public LibraryView(PlanLibrary library, Function<PlanLibrary, T> build) {
        this(library, build, false);
    }

    /**
     * @param later build the first value on a thread of its own, off the start: {@link #get} gives null until then,
     *              for a reader that can do without (more slowly)
     */
    public LibraryView(PlanLibrary library, Function<PlanLibrary, T> build, boolean later) {
        this.library = library;
        this.build = build;
        this.built = new AtomicReference<>(later ? new Built<>(-1, null) : new Built<>(library.version(), build.apply(library)));
        library.onChange(this::rebuild);
        if (later) {
            Thread first = new Thread(() -> rebuild(library.version()), "library-view");
            first.setDaemon(true);
            first.start();
        }
    }

    /** Two changes in quick succession rebuild in turn, and the later version is the one kept. */
    private synchronized void rebuild(long version) {
        if (built.get().version() < version) {
            built.set(new Built<>(version, build.apply(library)));
        }
    }

    /** The value built last; null only before the first build of a view built {@code later}. */
    @Override
    public T get() {
        return built.get().value();
    }
}
