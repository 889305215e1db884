package vn.troly.knowledge.values;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The append-only history of reported values, in H2 or PostgreSQL (schema by the Flyway migrations in db/migration). */
public final class ValueStore {

    private static final String COLUMNS = "id, indicator_id, commune_id, numeric_value, text_value, unit, as_of, reported_by, "
            + "channel, source, note, suspect, recorded_at";
    /** Latest first: the latest as-of date, ties broken by the latest recorded. */
    private static final String LATEST_FIRST = " ORDER BY as_of DESC, recorded_at DESC, id DESC";

    private final DataSource dataSource;

    private final List<Consumer<List<IndicatorValue>>> listeners = new CopyOnWriteArrayList<>();

    public ValueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Called with every batch once it is committed and its connection released (the audit trail listens here, whichever
     * channel wrote); the caller is answered after its listeners return.
     */
    public void onAppend(Consumer<List<IndicatorValue>> listener) {
        listeners.add(listener);
    }

    /** Stores a validated value and returns it with its id. */
    public IndicatorValue append(IndicatorValue value) {
        return appendAll(List.of(value)).get(0);
    }

    /** Stores several values in one transaction: all or none. */
    public List<IndicatorValue> appendAll(List<IndicatorValue> values) {
        String sql = "INSERT INTO indicator_value (indicator_id, commune_id, numeric_value, text_value, unit, as_of, "
                + "reported_by, channel, source, note, suspect, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<IndicatorValue> stored = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (IndicatorValue v : values) {
                    ps.setString(1, v.indicatorId());
                    ps.setString(2, v.communeId());
                    if (v.value() == null) {
                        ps.setNull(3, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(3, BigDecimal.valueOf(v.value()));
                    }
                    ps.setString(4, v.text());
                    ps.setString(5, v.unit());
                    ps.setDate(6, Date.valueOf(v.asOf()));
                    ps.setString(7, v.reportedBy());
                    ps.setString(8, v.channel());
                    ps.setString(9, v.source());
                    ps.setString(10, v.note());
                    ps.setBoolean(11, v.suspect());
                    ps.setTimestamp(12, Timestamp.from(v.recordedAt()));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        long id = keys.getLong(1);
                        stored.add(new IndicatorValue(id, v.indicatorId(), v.communeId(), v.value(), v.text(), v.unit(),
                                v.asOf(), v.reportedBy(), v.channel(), v.source(), v.note(), v.suspect(), v.recordedAt()));
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store indicator values", e);
        }
        // after the connection is back in the pool: a listener that writes and waits (the audit's group commit needs a
        // connection of its own) would otherwise hold one per caller and, with enough callers, wait for ever
        listeners.forEach(l -> l.accept(stored));
        return stored;
    }

    /** Every value of an indicator, latest first. */
    public List<IndicatorValue> history(String indicatorId) {
        return query("SELECT " + COLUMNS + " FROM indicator_value WHERE indicator_id = ?" + LATEST_FIRST, indicatorId);
    }

    public Optional<IndicatorValue> latest(String indicatorId) {
        return history(indicatorId).stream().findFirst();
    }

    /** Every value of a commune's indicators, grouped by indicator, each list latest first. */
    public Map<String, List<IndicatorValue>> historyByIndicator(String communeId) {
        Map<String, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
        for (IndicatorValue v : query("SELECT " + COLUMNS + " FROM indicator_value WHERE commune_id = ?" + LATEST_FIRST, communeId)) {
            byIndicator.computeIfAbsent(v.indicatorId(), k -> new ArrayList<>()).add(v);
        }
        return byIndicator;
    }

    public long count() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM indicator_value")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read indicator values", e);
        }
    }

    private List<IndicatorValue> query(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                List<IndicatorValue> values = new ArrayList<>();
                while (rs.next()) {
                    BigDecimal number = rs.getBigDecimal("numeric_value");
                    values.add(new IndicatorValue(rs.getLong("id"), rs.getString("indicator_id"), rs.getString("commune_id"),
                            number == null ? null : number.doubleValue(), rs.getString("text_value"), rs.getString("unit"),
                            rs.getDate("as_of").toLocalDate(), rs.getString("reported_by"), rs.getString("channel"),
                            rs.getString("source"), rs.getString("note"), rs.getBoolean("suspect"),
                            rs.getTimestamp("recorded_at").toInstant()));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read indicator values", e);
        }
    }
}
