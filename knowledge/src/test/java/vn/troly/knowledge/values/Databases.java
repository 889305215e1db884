package vn.troly.knowledge.values;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, migrated databases for tests: H2 in memory, and the PostgreSQL on 127.0.0.1:5432 (database "test", trust
 * auth; PGHOST/PGPORT/PGUSER override) in a schema of its own. PostgreSQL missing is a failure, not a skip.
 */
public final class Databases {

    private Databases() {
    }

    public static DataSource create(String kind) {
        DataSource dataSource = switch (kind) {
            case "h2" -> h2();
            case "postgresql" -> postgresql();
            default -> throw new IllegalArgumentException(kind);
        };
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static DataSource postgresql() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[]{env("PGHOST", "127.0.0.1")});
        pg.setPortNumbers(new int[]{Integer.parseInt(env("PGPORT", "5432"))});
        pg.setDatabaseName(env("PGDATABASE", "test"));
        pg.setUser(env("PGUSER", "postgres"));
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(pg, schema)));
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + pg.getServerNames()[0] + ":" + pg.getPortNumbers()[0]
                    + " is required by the tests and is not reachable", e);
        }
        pg.setCurrentSchema(schema);
        return pg;
    }

    /** Test schemas go when the test JVM ends, so the shared database does not fill up. */
    private static void dropSchema(PGSimpleDataSource pg, String schema) {
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // the database may already be gone; nothing to clean then
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
