package vn.troly.channels.durable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.config.DaemonThreads;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Durable writes at the speed of write-behind: each caller hands over a unit of work and waits until the commit that
 * contains it is done; units that arrive while a commit is under way share the next one, as a database's own group
 * commit does, so one log flush serves many requests. A unit that fails never fails its batch neighbours: only its own
 * caller sees the error, and the others are committed without it.
 */
public final class GroupCommit implements AutoCloseable {

    /** Writes on the batch's connection; it must not commit, roll back or close it. */
    @FunctionalInterface
    public interface Work {
        void write(Connection connection) throws SQLException;
    }

    private record Unit(Work work, CompletableFuture<Void> done) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final DataSource dataSource;
    private final GroupCommitSettings settings;
    private final BlockingQueue<Unit> waiting = new LinkedBlockingQueue<>();
    private final ExecutorService committer;
    private volatile boolean closed;

    public GroupCommit(DataSource dataSource, GroupCommitSettings settings, String name) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.committer = Executors.newSingleThreadExecutor(DaemonThreads.named(name));
        committer.execute(this::commitLoop);
    }

    /** Returns once the work is committed; throws what the work threw, or when the commit fails or takes too long. */
    public void submit(Work work) {
        try {
            submitAsync(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        }
    }

    /**
     * Completes once the work is committed, or fails as {@link #submit} throws. The caller's thread is free meanwhile:
     * a request that waits for its commit holds no thread, so the commit is shared by every request under way, not
     * only by as many as there are threads. Whatever depends on the completion runs on the committing thread: it must
     * not block.
     */
    public CompletableFuture<Void> submitAsync(Work work) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the service is stopping; nothing more is written"));
        }
        Unit unit = new Unit(work, new CompletableFuture<>());
        waiting.add(unit);
        return unit.done().copy().orTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(waitFailure(e)));
    }

    private RuntimeException waitFailure(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof TimeoutException) {
            return new IllegalStateException("the database did not commit within " + settings.timeout(), cause);
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
    }

    /** Callers waiting for the next commit (tests wait for a crowd to form). */
    int waiting() {
        return waiting.size();
    }

    private void commitLoop() {
        List<Unit> batch = new ArrayList<>();
        while (!closed || !waiting.isEmpty()) {
            try {
                Unit first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, Math.max(0, settings.maxBatch() - 1));
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // never let the one committer die: its callers would wait for nothing
                LOG.error("group commit failed: {}", e.getMessage());
                batch.forEach(u -> u.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Commits the batch in one transaction. A unit that throws is failed alone and the rest is tried again without it,
     * so a poisoned request costs its batch one more transaction, not one per neighbour.
     */
    private void commit(List<Unit> batch) {
        List<Unit> remaining = new ArrayList<>(batch);
        while (!remaining.isEmpty()) {
            Unit[] failing = new Unit[1];
            try {
                inOneTransaction(remaining, failing);
                remaining.forEach(u -> u.done().complete(null));
                return;
            } catch (SQLException | RuntimeException e) {
                if (failing[0] != null) {
                    failing[0].done().completeExceptionally(failure(e));
                    remaining.remove(failing[0]);
                } else {
                    // the connection or the commit itself failed: no unit to blame, so each is tried alone
                    LOG.debug("a commit of {} units failed, each is retried alone: {}", remaining.size(), e.getMessage());
                    remaining.forEach(this::commitAlone);
                    return;
                }
            }
        }
    }

    private void commitAlone(Unit unit) {
        try {
            inOneTransaction(List.of(unit), new Unit[1]);
            unit.done().complete(null);
        } catch (SQLException | RuntimeException e) {
            unit.done().completeExceptionally(failure(e));
        }
    }

    /** Runs the units and commits; when a unit throws, names it in {@code failing} and rolls everything back. */
    private void inOneTransaction(List<Unit> units, Unit[] failing) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Unit unit : units) {
                    failing[0] = unit;
                    unit.work().write(c);
                }
                failing[0] = null;
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static RuntimeException failure(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }

    /** Commits what is waiting, then stops. */
    @Override
    public void close() {
        closed = true;
        committer.shutdown();
        try {
            if (!committer.awaitTermination(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} writes were still waiting for their commit at shutdown", waiting.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
