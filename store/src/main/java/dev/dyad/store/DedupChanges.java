package dev.dyad.store;

import dev.dyad.dedup.Deduplicator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What writes changed since the deduplicated events were last brought up to date: the articles written, and
 * the event mentions they removed (the article's old events) and added. {@link DedupTables#update} regroups
 * only the days and dyads these touch. Thread-safe. When the store was already out of date before the first
 * write, or too much was written for an update to pay, the changes are {@linkplain #complete() incomplete}
 * and the update is a full rebuild.
 */
public final class DedupChanges {
    /** Beyond this many touched mentions a full rebuild is cheaper than regrouping what they touch. */
    static final int MAX_TOUCHED = 20_000;
    private final Set<String> articles = new LinkedHashSet<>();
    private final List<Deduplicator.Mention> touched = new ArrayList<>();
    private boolean complete = true;

    /** Called in the article's transaction, before its old rows are deleted or after its new ones are written. */
    synchronized void readMentions(Connection c, String articleId) throws SQLException {
        if (!complete) {
            return;
        }
        articles.add(articleId);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DedupTables.MENTION_COLUMNS
                + " FROM events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    touched.add(DedupTables.mention(rs, 1));
                }
            }
        }
        if (touched.size() > MAX_TOUCHED) {
            incomplete();
        }
    }

    /** The deduplicated events can only be rebuilt as a whole (stale before these writes, or too many). */
    synchronized void incomplete() {
        complete = false;
        touched.clear();
        articles.clear();
    }

    synchronized boolean complete() {
        return complete;
    }

    synchronized Set<String> articles() {
        return Set.copyOf(articles);
    }

    synchronized List<Deduplicator.Mention> touched() {
        return List.copyOf(touched);
    }

    /** After the tables were brought up to date: nothing is pending. */
    synchronized void clear() {
        articles.clear();
        touched.clear();
        complete = true;
    }
}
