package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.dedup.CountryLevel;
import dev.dyad.dedup.DedupRule;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorRef;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Quote;
import dev.dyad.output.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes coded articles into a {@link Store}: each article with all its events, quotes and actor mentions in
 * ONE transaction, so a process killed at any moment leaves whole articles or none. An article already
 * stored under the same id is replaced in that transaction. Thread-safe: callers from several worker
 * threads are serialised (DuckDB has one writer per file anyway).
 */
public final class StoreWriter {
    public static final String CODED = "coded";
    public static final String IMPORTED = "imported";
    private final Store store;
    private final Connection c;
    private boolean markedStale;
    private final DedupChanges changes = new DedupChanges();
    private DedupRule dedupEach;

    public StoreWriter(Store store) {
        if (store.readOnly()) {
            throw new IllegalArgumentException("store opened read-only");
        }
        this.store = store;
        this.c = store.connection();
        if (store.dedupStale()) {
            changes.incomplete(); // an earlier run stopped before deduplicating: only a rebuild is right
        }
    }

    /** Deduplicates incrementally in each article's own transaction, by {@code rule}; returns this. */
    public StoreWriter dedupEach(DedupRule rule) {
        this.dedupEach = java.util.Objects.requireNonNull(rule);
        return this;
    }

    /** What the writes so far changed, for {@link DedupTables#update}. */
    public DedupChanges changes() {
        return changes;
    }

    /** The key that makes an article "done": a hash of its text and publication date. */
    public static String contentHash(Article a) {
        return DictionaryFiles.sha256(a.date() + "\n" + a.text()).substring(0, 32);
    }

    /** Article id → content hash of every stored article (to skip those already done). */
    public synchronized Map<String, String> doneKeys() {
        Map<String, String> done = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, content_hash FROM articles")) {
            while (rs.next()) {
                done.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
        return done;
    }

    /** Ids of the coded articles whose pipeline fingerprint differs from {@code version} (for recode), in id order. */
    public synchronized List<String> outdated(String version) {
        List<String> ids = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM articles WHERE origin = 'coded' AND dyad_version <> ? ORDER BY id")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
        return ids;
    }

    /** A stored article with the input it came from. */
    public record StoredArticle(Article article, String input) {
    }

    /** The stored article with this id (text and metadata), or null when absent or imported without text. */
    public synchronized StoredArticle article(String id) {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT text, date, title, source, url, date_assumed, input FROM articles WHERE id = ? AND text IS NOT NULL")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Article a = new Article(id, rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6));
                return new StoredArticle(a, rs.getString(7));
            }
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
    }

    /** Stores a coded article, its events, quotes and actors in one transaction. */
    public synchronized void writeCoded(AnnotatedDocument doc, String input, String version) {
        Article a = doc.article();
        transaction(a.id(), () -> {
            deleteArticle(a.id());
            insertArticle(a.id(), contentHash(a), a.date(), a.dateAssumed(), a.title(), a.source(), a.url(), a.text(),
                    CODED, input, doc.sentenceCount(), doc.events().size(), version);
            try (PreparedStatement ps = c.prepareStatement(EventRow.INSERT)) {
                int i = 0;
                for (Event e : doc.events()) {
                    JsonNode node = Json.MAPPER.valueToTree(e);
                    EventRow.bind(ps, a.id(), i++, node, Json.line(e), version);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertQuotes(a.id(), doc.quotes(), version);
            insertActors(a.id(), doc.actors(), version);
        });
    }

    /**
     * Stores events read from a JSON Lines event file (the output contract) as they are, without text or
     * re-coding; {@code version} is the pipeline named in the events' provenance.
     */
    public synchronized void writeImported(String articleId, String hash, List<JsonNode> events, List<String> raw,
                                           String input, String version) {
        transaction(articleId, () -> {
            deleteArticle(articleId);
            insertArticle(articleId, hash, null, false, null, null, null, null, IMPORTED, input, null, events.size(),
                    version);
            try (PreparedStatement ps = c.prepareStatement(EventRow.INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    String v = EventRow.text(events.get(i).get("provenance"), "pipeline");
                    EventRow.bind(ps, articleId, i, events.get(i), raw.get(i), v == null ? version : v);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    public synchronized void reject(String input, Integer line, String error, String raw) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rejects VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, input);
            if (line == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setInt(2, line);
            }
            ps.setString(3, error);
            ps.setString(4, raw);
            ps.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
    }

    /** Forgets the rejects of inputs about to be read again (they are recorded afresh as they are met). */
    public synchronized void clearRejects(Collection<String> inputs) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rejects WHERE input = ?")) {
            for (String in : inputs) {
                ps.setString(1, in);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
    }

    private interface Body {
        void run() throws SQLException;
    }

    /** Writes one article ({@code articleId}) in one transaction, with what it changes for deduplication. */
    private void transaction(String articleId, Body body) {
        try {
            if (!markedStale && dedupEach == null) {
                store.setMeta("dedup_stale", "true");
                markedStale = true;
            }
            c.setAutoCommit(false);
            try {
                changes.readMentions(c, articleId); // the old events, before they are deleted
                body.run();
                changes.readMentions(c, articleId);
                if (dedupEach != null) {
                    DedupTables.apply(c, dedupEach, changes);
                    changes.clear(); // brought up to date: the next article starts from here
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                if (dedupEach != null) {
                    changes.clear(); // rolled back: nothing changed
                }
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

    private void deleteArticle(String id) throws SQLException {
        for (String sql : List.of("DELETE FROM events WHERE article_id = ?", "DELETE FROM quotes WHERE article_id = ?",
                "DELETE FROM actors WHERE article_id = ?", "DELETE FROM articles WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void insertArticle(String id, String hash, LocalDate date, boolean dateAssumed, String title, String source,
                               String url, String text, String origin, String input, Integer sentences, int events,
                               String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] v = {id, hash, date, dateAssumed, title, source, url, text, origin, input, sentences, events,
                new Timestamp(System.currentTimeMillis()), version};
            bindAll(ps, v);
            ps.executeUpdate();
        }
    }

    private void insertQuotes(String articleId, List<Quote> quotes, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Quote q : quotes) {
                ActorRef s = q.speaker();
                bindAll(ps, new Object[] {articleId, i++, q.kind().json(), q.text(), q.span()[0], q.span()[1], q.sentence(),
                    s == null ? null : s.text(), s == null ? null : s.code(), s == null ? null : s.span().start(),
                    s == null ? null : s.span().end(), s == null ? null : s.rule(), q.rule(), version});
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertActors(String articleId, List<ActorMention> actors, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ActorMention m : actors) {
                bindAll(ps, new Object[] {articleId, i++, m.sentence(), m.first(), m.last(), m.head(), m.span().start(),
                    m.span().end(), m.text(), m.code(), CountryLevel.of(m.code()), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                    m.entity(), m.rule(), version});
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindAll(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
    }
}
