package vn.troly.channels.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.troly.assistant.engine.Conversations;
import vn.troly.knowledge.library.LegacyIds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every place the database keeps a commune's or a row's id, rewritten from old ids to the ones the plans give now:
 * reported values (commune and indicator), reminder subscriptions, officials and leaders, hand-overs, the audit trail's
 * commune (the unanswered-questions review filters by it), and conversation contexts (a commune, rows offered, a value
 * waiting; the Telegram and Zalo chats' chosen communes are kept there too, as "tg-commune-…" and "zl-commune-…").
 */
@Singleton
public class StoredIds {

    /** How many rows each rewrite changed. */
    public record Counts(Map<String, Integer> rows) {
        static final Counts NONE = new Counts(Map.of());

        @Override
        public String toString() {
            return rows.toString();
        }
    }

    /** Tables and columns holding a commune's id, with nothing else to keep consistent. */
    private static final List<String[]> COMMUNE_COLUMNS = List.of(
            new String[]{"indicator_value", "commune_id"},
            new String[]{"app_user", "commune_id"},
            new String[]{"handover", "commune_id"},
            new String[]{"audit_event", "commune_id"});

    private final ObjectMapper json;

    public StoredIds(ObjectMapper json) {
        this.json = json;
    }

    /** Rewrites old ids in one transaction the caller commits. */
    public Counts rewrite(Connection c, LegacyIds ids) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] column : COMMUNE_COLUMNS) {
            counts.put(column[0] + "." + column[1], column(c, column[0], column[1], ids::commune));
        }
        counts.put("indicator_value.indicator_id", column(c, "indicator_value", "indicator_id", ids::row));
        counts.put("chat_subscription.commune_id", subscriptions(c, ids));
        counts.put("conversation_state", conversations(c, ids));
        return new Counts(counts);
    }

    /** Rewrites each distinct value the column holds that {@code now} changes: few statements, whatever the table's size. */
    private static int column(Connection c, String table, String column, UnaryOperator<String> now) throws SQLException {
        Map<String, String> changes = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")) {
            while (rs.next()) {
                String old = rs.getString(1);
                String id = now.apply(old);
                if (!id.equals(old)) {
                    changes.put(old, id);
                }
            }
        }
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
            for (Map.Entry<String, String> e : changes.entrySet()) {
                update.setString(1, e.getValue());
                update.setString(2, e.getKey());
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    /**
     * A chat subscribed under the old id and again under the new one is one subscription (the unique index forbids
     * two): the old row goes, the others move to the new id.
     */
    private static int subscriptions(Connection c, LegacyIds ids) throws SQLException {
        record Row(long id, String channel, String chat, String commune, String agency) {
            String key(String communeId) {
                return channel + "\u001f" + chat + "\u001f" + communeId + "\u001f" + agency;
            }
        }
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, channel, chat_id, commune_id, agency_id FROM chat_subscription ORDER BY id")) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        Set<String> kept = new HashSet<>();
        rows.stream().filter(r -> ids.commune(r.commune()).equals(r.commune())).forEach(r -> kept.add(r.key(r.commune())));
        int changed = 0;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM chat_subscription WHERE id = ?");
             PreparedStatement update = c.prepareStatement("UPDATE chat_subscription SET commune_id = ? WHERE id = ?")) {
            for (Row row : rows) {
                String now = ids.commune(row.commune());
                if (now.equals(row.commune())) {
                    continue;
                }
                if (kept.add(row.key(now))) {
                    update.setString(1, now);
                    update.setLong(2, row.id());
                    update.executeUpdate();
                } else {
                    delete.setLong(1, row.id());
                    delete.executeUpdate();
                }
                changed++;
            }
        }
        return changed;
    }

    /** Each stored context read as the service reads it, its ids brought up to date, and written back if changed. */
    private int conversations(Connection c, LegacyIds ids) throws SQLException {
        Map<String, String> changed = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, state FROM conversation_state")) {
            while (rs.next()) {
                Conversations.State state = read(rs.getString(2));
                Conversations.State now = state == null ? null : state.upgraded(ids);
                if (now != null && now != state) {
                    changed.put(rs.getString(1), write(now));
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE conversation_state SET state = ? WHERE id = ?")) {
            for (Map.Entry<String, String> e : changed.entrySet()) {
                update.setString(1, e.getValue());
                update.setString(2, e.getKey());
                update.executeUpdate();
            }
        }
        return changed.size();
    }

    /** Null for a state no version reads any more: the service starts such a conversation afresh, so it is left. */
    private Conversations.State read(String text) {
        try {
            return json.readValue(text, Conversations.State.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String write(Conversations.State state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the conversation", e);
        }
    }
}
