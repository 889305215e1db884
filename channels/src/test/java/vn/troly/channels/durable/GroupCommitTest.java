package vn.troly.channels.durable;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Callers that arrive together share a commit, each returns after it, and a failing unit fails only its own caller. */
class GroupCommitTest {

    private final CountingDataSource db = new CountingDataSource();

    @BeforeEach
    void table() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        }
        db.connections.set(0);
    }

    @Test
    void callersThatArriveTogetherShareOneCommitAndReturnAfterIt() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(51);
        try (GroupCommit commits = new GroupCommit(db, new GroupCommitSettings(500, Duration.ofMinutes(1)), "test-commit")) {
            // the first commit is held open while 50 more callers arrive
            Future<?> first = callers.submit(() -> commits.submit(c -> {
                holding.countDown();
                awaitQuietly(release);
                insert(c, 0);
            }));
            holding.await();
            List<Future<Integer>> rest = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                int id = i;
                rest.add(callers.submit(() -> {
                    commits.submit(c -> insert(c, id));
                    return count();
                }));
            }
            while (commits.waiting() < 50) {
                Thread.onSpinWait();
            }
            release.countDown();
            first.get();
            for (Future<Integer> f : rest) {
                assertEquals(51, f.get(), "each caller returns after its own commit, which holds all 50");
            }
            assertEquals(2, db.connections.get(), "the 50 waiting callers shared one transaction after the first");
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void aFailingUnitFailsOnlyItsOwnCaller() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(21);
        try (GroupCommit commits = new GroupCommit(db, new GroupCommitSettings(500, Duration.ofMinutes(1)), "test-commit")) {
            callers.submit(() -> commits.submit(c -> {
                holding.countDown();
                awaitQuietly(release);
            }));
            holding.await();
            List<Future<?>> units = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                // unit 7 inserts a key that unit 3 inserts too: whichever comes second fails, alone
                int id = i == 7 ? 3 : i;
                units.add(callers.submit(() -> commits.submit(c -> insert(c, id))));
            }
            while (commits.waiting() < 20) {
                Thread.onSpinWait();
            }
            release.countDown();
            int failed = 0;
            for (Future<?> f : units) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failed++;
                }
            }
            assertEquals(1, failed);
            assertEquals(19, count(), "the neighbours of the failing unit are committed");
            assertEquals(3, db.connections.get(), "the held commit, the batch that failed, the batch again without its bad unit");
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void theCallerSeesWhatItsWorkThrew() throws SQLException {
        try (GroupCommit commits = new GroupCommit(db, new GroupCommitSettings(500, Duration.ofMinutes(1)), "test-commit")) {
            commits.submit(c -> insert(c, 1));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> commits.submit(c -> insert(c, 1)));
            assertTrue(e.getMessage().toLowerCase().contains("primary key") || e.getCause() != null, e.getMessage());
            commits.submit(c -> insert(c, 2));
        }
        assertEquals(2, count());
    }

    private static void insert(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (id) VALUES (?)")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        }
    }

    private int count() throws SQLException {
        try (Connection c = db.raw.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An in-memory H2 that counts the connections handed out, one per transaction of the committer. */
    private static final class CountingDataSource implements DataSource {
        private final JdbcDataSource raw = new JdbcDataSource();
        private final AtomicInteger connections = new AtomicInteger();

        CountingDataSource() {
            raw.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return raw.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
