package dev.dyad.store;

import dev.dyad.dedup.DedupRule;
import dev.dyad.dedup.Deduplicator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds {@code dedup_events} and {@code mentions} from {@code events} in one transaction. A full
 * rebuild (seconds for hundreds of thousands of events) keeps the result independent of the order in which
 * articles arrived, so an interrupted and resumed ingest gives exactly what a clean one gives.
 */
public final class DedupTables {
    private DedupTables() {
    }

    /** Returns the number of deduplicated events. */
    public static long rebuild(Store store, DedupRule rule) {
        Connection c = store.connection();
        try {
            // structured keys (id, index): an id is any text, so nothing may be joined into or split out of a string
            List<String> articleIds = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            List<Deduplicator.Mention> mentions = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT article_id, idx, source_country, target_country, cameo, modality, event_day,
                           event_granularity, event_date, trigger_text
                    FROM events ORDER BY event_day NULLS LAST, article_id, idx""")) {
                while (rs.next()) {
                    articleIds.add(rs.getString(1));
                    indexes.add(rs.getInt(2));
                    java.sql.Date day = rs.getDate(7);
                    mentions.add(new Deduplicator.Mention(rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), day == null ? null : day.toLocalDate(), rs.getString(8), rs.getString(9),
                            rs.getString(10)));
                }
            }
            long[] ids = new Deduplicator(rule).assign(mentions);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM mentions");
                st.execute("DELETE FROM dedup_events");
                st.execute("CREATE OR REPLACE TEMP TABLE dedup_assign (article_id VARCHAR, idx INTEGER, gid BIGINT)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dedup_assign VALUES (?, ?, ?)")) {
                    for (int i = 0; i < ids.length; i++) {
                        ps.setString(1, articleIds.get(i));
                        ps.setInt(2, indexes.get(i));
                        ps.setLong(3, ids[i]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                st.execute("""
                        INSERT INTO mentions
                        SELECT a.gid, e.article_id, e.idx, e.sentence, ar.date, ar.source, ar.url, e.confidence, e.trigger_text
                        FROM dedup_assign a JOIN events e ON e.article_id = a.article_id AND e.idx = a.idx
                        LEFT JOIN articles ar ON ar.id = e.article_id""");
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO dedup_events
                        SELECT a.gid, min(e.event_day), arg_min(e.event_date, e.event_day), any_value(e.source_country),
                               any_value(e.target_country), mode(e.source_code), mode(e.target_code), mode(e.source_text),
                               mode(e.target_text), mode(e.cameo), any_value(e.cameo_root), mode(e.quad_class),
                               round(avg(e.goldstein), 2), any_value(e.modality), mode(lower(e.trigger_text)),
                               count(*), count(DISTINCT ar.source), count(DISTINCT e.article_id),
                               arg_min(e.article_id, ar.date), min(ar.date), max(ar.date),
                               mode(e.location_country), mode(e.location_name), mode(e.location_admin1),
                               avg(e.location_lat), avg(e.location_lon), mode(e.location_geonames_id), ?
                        FROM dedup_assign a JOIN events e ON e.article_id = a.article_id AND e.idx = a.idx
                        LEFT JOIN articles ar ON ar.id = e.article_id
                        GROUP BY a.gid""")) {
                    ps.setString(1, rule.describe());
                    ps.executeUpdate();
                }
                st.execute("DROP TABLE dedup_assign");
                st.execute("INSERT OR REPLACE INTO meta VALUES ('dedup_stale', 'false')");
                st.execute("INSERT OR REPLACE INTO meta VALUES ('dedup_rule', '" + rule.describe().replace("'", "''") + "')");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    // after a failed commit (disk full) DuckDB has no transaction left to roll back: keep the cause
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return ids.length == 0 ? 0 : java.util.Arrays.stream(ids).max().getAsLong();
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
    }
}
