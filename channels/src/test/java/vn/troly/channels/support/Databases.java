package vn.troly.channels.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Service properties for the value store on either database: the default file H2, or the PostgreSQL on 127.0.0.1:5432
 * (database "test", trust auth; PGHOST/PGPORT/PGUSER override) in a schema of its own. A missing PostgreSQL fails.
 */
public final class Databases {

    private Databases() {
    }

    public static Map<String, Object> properties(String database) {
        Map<String, Object> properties = new HashMap<>();
        if (database.equals("postgresql")) {
            String host = env("PGHOST", "127.0.0.1");
            String port = env("PGPORT", "5432");
            String user = env("PGUSER", "postgres");
            String schema = "s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + env("PGDATABASE", "test");
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                dropAtExit(url, user, schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL on " + host + ":" + port + " is required by the tests", e);
            }
            properties.put("datasources.default.url", url + "?currentSchema=" + schema);
            properties.put("datasources.default.username", user);
            properties.put("datasources.default.password", "");
        }
        return properties;
    }

    /** Test schemas go when the test JVM ends, so the shared database does not fill up. */
    private static void dropAtExit(String url, String user, String schema) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // the database may already be gone; nothing to clean then
            }
        }));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
