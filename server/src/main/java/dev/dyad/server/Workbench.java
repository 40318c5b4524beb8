package dev.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.dedup.DedupRule;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Sentence;
import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
import dev.dyad.store.Corrections;
import dev.dyad.store.Queries;
import dev.dyad.store.Rows;
import dev.dyad.store.Store;
import dev.dyad.store.StoreWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the HTTP handlers do, over one open {@link Store} and one pipeline. Thread-safe. Writes (storing an
 * article, a correction) take turns on the store's own connection, each in one transaction that also brings the
 * deduplicated events up to date for what it touched ({@link StoreWriter#dedupEach}). Reads never wait for
 * them: each runs on a connection of its own to the same database ({@link Store#reader()}), and DuckDB shows it
 * the last committed state. Coding runs outside any lock, as {@link Dyad#code} is thread-safe. The pipeline is
 * loaded in the background from the start (about 7 s), and the first {@code code} call waits for it.
 */
public final class Workbench implements AutoCloseable {
    private final Store store;
    private final StoreWriter writer;
    private final Object writeLock = new Object();
    /** Idle read connections; one is made when none is free, so there are at most as many as concurrent reads. */
    private final java.util.concurrent.ConcurrentLinkedDeque<Store> readers = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.List<Store> allReaders = java.util.Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Dyad> dyad;
    private final String fingerprint;
    /** The request time limit for coding one article: the client is answered 503 and the work is interrupted. */
    static final java.time.Duration CODING_LIMIT = java.time.Duration.ofSeconds(60);
    private static final dev.dyad.input.CodingGuard CODING = new dev.dyad.input.CodingGuard(CODING_LIMIT);

    /** {@code fingerprint}: the pipeline's, known before it has loaded ({@code PipelineFactory.fingerprint}). */
    public Workbench(Store store, Supplier<Dyad> pipeline, String fingerprint) {
        this.store = store;
        this.writer = new StoreWriter(store).dedupEach(DedupRule.DEFAULT);
        this.dyad = CompletableFuture.supplyAsync(pipeline);
        this.fingerprint = fingerprint;
    }

    public Store store() {
        return store;
    }

    /** Runs a read on a connection of its own, concurrent with writes and with other reads. */
    private <T> T read(java.util.function.Function<Store, T> query) {
        Store r = readers.pollFirst();
        if (r == null) {
            r = store.reader();
            allReaders.add(r);
        }
        try {
            return query.apply(r);
        } finally {
            readers.addFirst(r);
        }
    }

    /** Runs a write on the store's connection, one at a time. */
    <T> T write(java.util.function.Function<Store, T> update) {
        synchronized (writeLock) {
            return update.apply(store);
        }
    }

    public ObjectNode health() {
        return read(this::health);
    }

    private ObjectNode health(Store store) {
        ObjectNode h = Json.MAPPER.createObjectNode();
        h.put("status", "ok");
        h.put("version", "dyad " + Dyad.VERSION);
        h.put("fingerprint", fingerprint);
        h.put("db", store.path().toString());
        h.put("pipeline", dyad.isDone() ? (dyad.isCompletedExceptionally() ? "failed" : "ready") : "loading");
        h.put("articles", store.count("articles"));
        h.put("events", store.count("events"));
        h.put("corrections", store.count("corrections"));
        return h;
    }

    /** Codes one article and, when {@code keep}, stores it (replacing an article of the same id). */
    public ObjectNode code(Article article, boolean keep) {
        return code(article, keep, () -> false);
    }

    /**
     * As {@link #code(Article, boolean)}; the work stops (503, nothing stored) when {@code clientGone} says the
     * client has closed its connection, checked a few times a second while coding.
     */
    public ObjectNode code(Article article, boolean keep, java.util.function.BooleanSupplier clientGone) {
        Dyad d = dyad.join();
        AnnotatedDocument doc;
        try {
            doc = CODING.run(() -> d.code(article), clientGone, dev.dyad.store.StoreException.class);
        } catch (dev.dyad.input.CodingGuard.ArticleRejected e) {
            throw new ApiError(503, e.getMessage());
        }
        if (keep) {
            // one transaction: the article, its events and the deduplicated events of the days and dyads it touches
            write(s -> {
                writer.writeCoded(doc, "api", d.version());
                return null;
            });
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("article", articleJson(article));
        ArrayNode sentences = out.putArray("sentences");
        for (Sentence s : doc.sentences()) {
            sentences.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end());
        }
        ArrayNode actors = out.putArray("actors");
        doc.actors().forEach(m -> actors.addObject().put("text", m.text()).put("code", m.code())
                .put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT)).put("sentence", m.sentence())
                .put("rule", m.rule()).putArray("span").add(m.span().start()).add(m.span().end()));
        out.set("quotes", Json.MAPPER.valueToTree(doc.quotes()));
        ArrayNode events = out.putArray("events");
        int i = 0;
        for (var e : doc.events()) {
            ObjectNode n = Json.MAPPER.valueToTree(e);
            n.put("idx", i++);
            events.add(n);
        }
        out.put("stored", keep);
        out.set("corrections", keep ? Json.MAPPER.valueToTree(corrections(article.id())) : Json.MAPPER.createArrayNode());
        return out;
    }

    private static ObjectNode articleJson(Article a) {
        return Json.MAPPER.valueToTree(Json.article(a));
    }

    /** The stored article with its events, quotes, actors and corrections, or null when there is none. */
    public ObjectNode article(String id) {
        return read(s -> article(s, id));
    }

    private ObjectNode article(Store store, String id) {
        List<List<Object>> a = Rows.all(store, "SELECT id, strftime(date, '%Y-%m-%d'), title, source, url, text, origin, "
                + "dyad_version FROM articles WHERE id = ?", List.of(id));
        if (a.isEmpty()) {
            return null;
        }
        List<Object> r = a.get(0);
        ObjectNode out = Json.MAPPER.createObjectNode();
        ObjectNode art = out.putObject("article");
        String[] names = {"id", "date", "title", "source", "url", "text", "origin", "dyad_version"};
        for (int i = 0; i < names.length; i++) {
            art.set(names[i], Json.MAPPER.valueToTree(r.get(i)));
        }
        ArrayNode actors = out.putArray("actors");
        for (List<Object> m : Rows.all(store, "SELECT text, code, kind, sentence, rule, span_start, span_end FROM actors "
                + "WHERE article_id = ? ORDER BY idx", List.of(id))) {
            actors.addObject().put("text", (String) m.get(0)).put("code", (String) m.get(1)).put("kind", (String) m.get(2))
                    .put("sentence", (Integer) m.get(3)).put("rule", (String) m.get(4))
                    .putArray("span").add((Integer) m.get(5)).add((Integer) m.get(6));
        }
        ArrayNode quotes = out.putArray("quotes");
        for (List<Object> q : Rows.all(store, "SELECT kind, text, span_start, span_end, sentence, speaker_text, speaker_code, "
                + "rule FROM quotes WHERE article_id = ? ORDER BY idx", List.of(id))) {
            ObjectNode n = quotes.addObject().put("kind", (String) q.get(0)).put("text", (String) q.get(1));
            n.putArray("span").add((Integer) q.get(2)).add((Integer) q.get(3));
            n.put("sentence", (Integer) q.get(4));
            if (q.get(6) == null) {
                n.putNull("speaker");
            } else {
                n.putObject("speaker").put("text", (String) q.get(5)).put("code", (String) q.get(6));
            }
            n.put("rule", (String) q.get(7));
        }
        ArrayNode events = out.putArray("events");
        for (List<Object> e : Rows.all(store, "SELECT idx, raw_json FROM events WHERE article_id = ? ORDER BY idx",
                List.of(id))) {
            ObjectNode n = (ObjectNode) parse((String) e.get(1));
            n.put("idx", (Integer) e.get(0));
            events.add(n);
        }
        out.set("corrections", Json.MAPPER.valueToTree(new Corrections(store).list(id)));
        return out;
    }

    /** A page of events matching the filter, in article order, with the total count. */
    public ObjectNode events(Queries.EventFilter filter, int limit, int offset) {
        return read(s -> events(s, filter, limit, offset));
    }

    private static ObjectNode events(Store store, Queries.EventFilter filter, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        long total = ((Number) Rows.all(store, "SELECT count(*) FROM events" + where, params).get(0).get(0)).longValue();
        List<Object> page = new ArrayList<>(params);
        page.add(limit);
        page.add(offset);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("total", total).put("limit", limit).put("offset", offset);
        ArrayNode events = out.putArray("events");
        for (List<Object> e : Rows.all(store, "SELECT idx, raw_json FROM events" + where
                + " ORDER BY article_id, idx LIMIT ? OFFSET ?", page)) {
            ObjectNode n = (ObjectNode) parse((String) e.get(1));
            n.put("idx", (Integer) e.get(0));
            events.add(n);
        }
        return out;
    }

    /** Rows of {@code dyad dyads}, optionally for one directed country-level dyad. */
    public ArrayNode dyads(Queries.Period by, boolean mentions, String source, String target) {
        return read(s -> dyads(s, by, mentions, source, target));
    }

    private static ArrayNode dyads(Store store, Queries.Period by, boolean mentions, String source, String target) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE true";
        if (source != null) {
            where += " AND source = ?";
            params.add(source);
        }
        if (target != null) {
            where += " AND target = ?";
            params.add(target);
        }
        String sql = "SELECT * FROM (" + Queries.dyads(by, mentions) + ")" + where
                + " ORDER BY period, events DESC, source, target";
        return table(Rows.all(store, sql, params),
                "period", "source", "target", "events", "q1_verbal_coop", "q2_material_coop", "q3_verbal_conflict",
                "q4_material_conflict", "goldstein");
    }

    /** Country-level actors and the directed edges between them: event count and mean Goldstein. */
    public ObjectNode network(boolean mentions) {
        return read(s -> network(s, mentions));
    }

    private static ObjectNode network(Store store, boolean mentions) {
        String from = mentions ? "events" : "dedup_events";
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("edges", table(Rows.all(store, "SELECT source_country, target_country, count(*), round(avg(goldstein), 2) "
                + "FROM " + from + " WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
                + "AND source_country <> target_country GROUP BY ALL ORDER BY 3 DESC, 1, 2", List.of()),
                "source", "target", "events", "mean_goldstein"));
        out.set("nodes", table(Rows.all(store, "SELECT actor, sum(n) FROM (SELECT source_country AS actor, count(*) AS n "
                + "FROM " + from + " WHERE target_country IS NOT NULL GROUP BY 1 UNION ALL SELECT target_country, count(*) "
                + "FROM " + from + " WHERE source_country IS NOT NULL GROUP BY 1) WHERE actor IS NOT NULL "
                + "GROUP BY 1 ORDER BY 2 DESC, 1", List.of()), "id", "events"));
        return out;
    }

    /** Stores a verdict; null when the article has no event {@code idx}. */
    public ObjectNode addCorrection(String articleId, int idx, Corrections.Request r) {
        return write(s -> new Corrections(s).add(articleId, idx, r));
    }

    public List<ObjectNode> corrections(String articleId) {
        return read(s -> new Corrections(s).list(articleId));
    }

    public void writeGold(PrintWriter out) {
        read(s -> {
            new Corrections(s).writeGold(out);
            return null;
        });
    }

    /** Closes the read connections (the store itself belongs to the caller). */
    @Override
    public void close() {
        synchronized (allReaders) {
            allReaders.forEach(Store::close);
            allReaders.clear();
        }
    }

    private static ArrayNode table(List<List<Object>> rows, String... names) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (List<Object> r : rows) {
            ObjectNode n = out.addObject();
            for (int i = 0; i < names.length; i++) {
                Object v = r.get(i);
                n.set(names[i], Json.MAPPER.valueToTree(v instanceof java.math.BigInteger b ? b.longValue()
                        : v instanceof java.math.BigDecimal d ? d.doubleValue() : v));
            }
        }
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored event is not JSON", e);
        }
    }
}
