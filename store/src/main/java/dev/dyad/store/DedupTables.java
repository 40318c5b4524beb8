package dev.dyad.store;

import dev.dyad.dedup.DedupRule;
import dev.dyad.dedup.DedupScope;
import dev.dyad.dedup.Deduplicator;
import dev.dyad.dedup.EventIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code dedup_events} and {@code mentions} equal to a {@link Deduplicator} run over all of {@code events}.
 * {@link #rebuild} regroups everything; {@link #update} regroups only the days and dyads that written articles
 * touched ({@link DedupScope}) and gives the same tables, ids included ({@link EventIds}): storing one article in
 * a store of 200,000 events costs milliseconds instead of seconds. Both run in one transaction (their own, or
 * the caller's through {@link #apply}), so the tables are never seen half done.
 */
public final class DedupTables {
    static final String MENTION_COLUMNS = "source_country, target_country, cameo, modality, event_day, "
            + "event_granularity, event_date, trigger_text";
    private static final String ORDER = " ORDER BY e.event_day NULLS LAST, e.article_id, e.idx";
    /** How {@code global_event_id} is made; a store made before (ids numbered 1, 2, ...) is rebuilt once. */
    private static final String IDS = "first-mention-hash";

    private DedupTables() {
    }

    /** One event row as the deduplicator sees it, with the event it belonged to before (null: none). */
    private record Row(String articleId, int idx, Deduplicator.Mention mention, Long oldId) {
    }

    /** Regroups every event; returns the number of deduplicated events. */
    public static long rebuild(Store store, DedupRule rule) {
        inTransaction(store, c -> rebuildIn(c, rule));
        return store.count("dedup_events");
    }

    /**
     * Brings the tables up to date after the writes in {@code changes}: regroups only what they touched, or
     * everything when the changes are incomplete, the rule differs from the one the tables were made with, or
     * ids had to be salted. Returns the number of deduplicated events.
     */
    public static long update(Store store, DedupRule rule, DedupChanges changes) {
        inTransaction(store, c -> apply(c, rule, changes));
        changes.clear();
        return store.count("dedup_events");
    }

    /**
     * {@link #update} inside the caller's open transaction. Whether the tables were stale before the changes is
     * the changes' business ({@link DedupChanges#complete}): a batch marks the store stale itself while it writes.
     */
    static void apply(Connection c, DedupRule rule, DedupChanges changes) throws SQLException {
        if (!changes.complete() || !rule.describe().equals(meta(c, "dedup_rule"))
                || "true".equals(meta(c, "dedup_salted")) || !IDS.equals(meta(c, "dedup_ids"))) {
            rebuildIn(c, rule);
        } else if (!updateIn(c, rule, changes)) {
            rebuildIn(c, rule); // an id collided: only a full run gives the salts in the order a full run gives them
        }
    }

    private static void rebuildIn(Connection c, DedupRule rule) throws SQLException {
        List<Row> rows = rows(c, "SELECT e.article_id, e.idx, " + prefixed() + ", NULL FROM events e" + ORDER, List.of());
        long[] local = new Deduplicator(rule).assign(rows.stream().map(Row::mention).toList());
        Map<Long, Long> ids = new HashMap<>();
        Set<Long> used = new HashSet<>();
        boolean salted = false;
        long[] global = new long[local.length];
        for (int i = 0; i < local.length; i++) {
            Long id = ids.get(local[i]);
            if (id == null) {
                int salt = 0;
                id = EventIds.of(rows.get(i).articleId(), rows.get(i).idx(), salt);
                while (!used.add(id)) {
                    id = EventIds.of(rows.get(i).articleId(), rows.get(i).idx(), ++salt);
                    salted = true;
                }
                ids.put(local[i], id);
            }
            global[i] = id;
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM mentions");
            st.execute("DELETE FROM dedup_events");
        }
        write(c, rows, global, rule);
        setMeta(c, "dedup_salted", Boolean.toString(salted));
        setMeta(c, "dedup_ids", IDS);
        setMeta(c, "dedup_rule", rule.describe());
        setMeta(c, "dedup_stale", "false");
    }

    /** Regroups what the changes touched; false when a new id collides (the caller then rebuilds). */
    private static boolean updateIn(Connection c, DedupRule rule, DedupChanges changes) throws SQLException {
        List<Deduplicator.Mention> touched = changes.touched();
        Set<String> written = changes.articles();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE dedup_keys (sc VARCHAR, tc VARCHAR, modality VARCHAR)");
            st.execute("CREATE OR REPLACE TEMP TABLE dedup_written (article_id VARCHAR)");
            st.execute("CREATE OR REPLACE TEMP TABLE dedup_old (gid BIGINT)");
        }
        Set<List<String>> keys = new HashSet<>();
        Set<String> fullKeys = new HashSet<>();
        for (Deduplicator.Mention m : touched) {
            keys.add(java.util.Arrays.asList(m.sourceCountry(), m.targetCountry(), m.modality()));
            fullKeys.add(key(m));
        }
        batch(c, "INSERT INTO dedup_keys VALUES (?, ?, ?)", keys.stream().map(k -> k.toArray()).toList());
        batch(c, "INSERT INTO dedup_written VALUES (?)", written.stream().map(a -> new Object[] {a}).toList());
        // every current mention of the touched dyads and modalities, with the event it belonged to
        List<Row> candidates = new ArrayList<>();
        for (Row r : rows(c, "SELECT e.article_id, e.idx, " + prefixed() + ", m.global_event_id FROM events e "
                + "JOIN dedup_keys k ON e.source_country IS NOT DISTINCT FROM k.sc "
                + "AND e.target_country IS NOT DISTINCT FROM k.tc AND e.modality IS NOT DISTINCT FROM k.modality "
                + "LEFT JOIN mentions m ON m.article_id = e.article_id AND m.event_idx = e.idx" + ORDER, List.of())) {
            if (fullKeys.contains(key(r.mention()))) {
                candidates.add(r);
            }
        }
        boolean[] isWritten = new boolean[candidates.size()];
        for (int i = 0; i < isWritten.length; i++) {
            isWritten[i] = written.contains(candidates.get(i).articleId());
        }
        boolean[] affected = DedupScope.affected(candidates.stream().map(Row::mention).toList(), isWritten, touched, rule);
        List<Row> regroup = new ArrayList<>();
        List<Object[]> old = new ArrayList<>();
        for (int i = 0; i < affected.length; i++) {
            if (affected[i]) {
                regroup.add(candidates.get(i));
                if (candidates.get(i).oldId() != null) {
                    old.add(new Object[] {candidates.get(i).oldId()});
                }
            }
        }
        batch(c, "INSERT INTO dedup_old VALUES (?)", old);
        try (Statement st = c.createStatement()) {
            // the events of the written articles' old mentions (rows no longer in events) go as well
            st.execute("INSERT INTO dedup_old SELECT global_event_id FROM mentions WHERE article_id IN "
                    + "(SELECT article_id FROM dedup_written)");
            st.execute("DELETE FROM mentions WHERE global_event_id IN (SELECT gid FROM dedup_old)");
            st.execute("DELETE FROM dedup_events WHERE global_event_id IN (SELECT gid FROM dedup_old)");
        }
        long[] local = new Deduplicator(rule).assign(regroup.stream().map(Row::mention).toList());
        Map<Long, Long> ids = new HashMap<>();
        long[] global = new long[local.length];
        for (int i = 0; i < local.length; i++) {
            int at = i;
            global[i] = ids.computeIfAbsent(local[i], l -> EventIds.of(regroup.get(at).articleId(), regroup.get(at).idx(), 0));
        }
        if (new HashSet<>(ids.values()).size() < ids.size() || collides(c, ids.values())) {
            return false;
        }
        write(c, regroup, global, rule);
        setMeta(c, "dedup_stale", "false");
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE dedup_keys");
            st.execute("DROP TABLE dedup_written");
            st.execute("DROP TABLE dedup_old");
        }
        return true;
    }

    private static boolean collides(Connection c, java.util.Collection<Long> ids) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE dedup_new (gid BIGINT)");
        }
        batch(c, "INSERT INTO dedup_new VALUES (?)", ids.stream().map(id -> new Object[] {id}).toList());
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM dedup_events WHERE global_event_id IN (SELECT gid FROM dedup_new)")) {
            rs.next();
            long n = rs.getLong(1);
            st.execute("DROP TABLE dedup_new");
            return n > 0;
        }
    }

    /**
     * Writes the mentions and the deduplicated events of these rows, grouped by {@code ids}. Every aggregate is
     * deterministic (ties of {@code mode} go to the first mention by article and index; the first article is the
     * earliest, then the smallest id), so a group's row never depends on the order rows were scanned in.
     */
    private static void write(Connection c, List<Row> rows, long[] ids, DedupRule rule) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE dedup_assign (article_id VARCHAR, idx INTEGER, gid BIGINT)");
        }
        List<Object[]> assign = new ArrayList<>(rows.size());
        for (int i = 0; i < ids.length; i++) {
            assign.add(new Object[] {rows.get(i).articleId(), rows.get(i).idx(), ids[i]});
        }
        batch(c, "INSERT INTO dedup_assign VALUES (?, ?, ?)", assign);
        try (Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO mentions
                    SELECT a.gid, e.article_id, e.idx, e.sentence, ar.date, ar.source, ar.url, e.confidence, e.trigger_text
                    FROM dedup_assign a JOIN events e ON e.article_id = a.article_id AND e.idx = a.idx
                    LEFT JOIN articles ar ON ar.id = e.article_id""");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dedup_events
                SELECT a.gid, min(e.event_day), arg_min(e.event_date, e.event_day), any_value(e.source_country),
                       any_value(e.target_country), mode(e.source_code ORDER BY e.article_id, e.idx),
                       mode(e.target_code ORDER BY e.article_id, e.idx), mode(e.source_text ORDER BY e.article_id, e.idx),
                       mode(e.target_text ORDER BY e.article_id, e.idx), mode(e.cameo ORDER BY e.article_id, e.idx),
                       any_value(e.cameo_root), mode(e.quad_class ORDER BY e.article_id, e.idx),
                       round(avg(e.goldstein), 2), any_value(e.modality),
                       mode(lower(e.trigger_text) ORDER BY e.article_id, e.idx),
                       count(*), count(DISTINCT ar.source), count(DISTINCT e.article_id),
                       arg_min(e.article_id, strftime(ar.date, '%Y-%m-%d') || e.article_id), min(ar.date), max(ar.date),
                       mode(e.location_country ORDER BY e.article_id, e.idx),
                       mode(e.location_name ORDER BY e.article_id, e.idx),
                       mode(e.location_admin1 ORDER BY e.article_id, e.idx),
                       round(avg(e.location_lat), 6), round(avg(e.location_lon), 6),
                       mode(e.location_geonames_id ORDER BY e.article_id, e.idx), ?
                FROM dedup_assign a JOIN events e ON e.article_id = a.article_id AND e.idx = a.idx
                LEFT JOIN articles ar ON ar.id = e.article_id
                GROUP BY a.gid""")) {
            ps.setString(1, rule.describe());
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE dedup_assign");
        }
    }

    private static List<Row> rows(Connection c, String sql, List<Object> params) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long old = rs.getLong(11);
                    Long oldId = rs.wasNull() ? null : old;
                    rows.add(new Row(rs.getString(1), rs.getInt(2), mention(rs, 3), oldId));
                }
            }
        }
        return rows;
    }

    /** Reads {@link #MENTION_COLUMNS} starting at column {@code at}. */
    static Deduplicator.Mention mention(ResultSet rs, int at) throws SQLException {
        java.sql.Date day = rs.getDate(at + 4);
        return new Deduplicator.Mention(rs.getString(at), rs.getString(at + 1), rs.getString(at + 2),
                rs.getString(at + 3), day == null ? null : day.toLocalDate(), rs.getString(at + 5),
                rs.getString(at + 6), rs.getString(at + 7));
    }

    private static String prefixed() {
        return "e." + MENTION_COLUMNS.replace(", ", ", e.");
    }

    /** The deduplicator's key (dyad, CAMEO root, modality), which decides which mentions can meet. */
    private static String key(Deduplicator.Mention m) {
        return m.groupKey();
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    ps.setObject(i + 1, r[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    interface Body {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code body} in one transaction on the store's connection; a failed commit keeps its real cause. */
    static void inTransaction(Store store, Body body) {
        Connection c = store.connection();
        try {
            c.setAutoCommit(false);
            try {
                body.run(c);
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
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
    }
}
