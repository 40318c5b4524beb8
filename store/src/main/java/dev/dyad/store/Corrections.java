package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.output.Json;
import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A coder's verdicts on coded events, in the {@code corrections} table. Each row keeps a copy of the event it
 * judges (sentence, trigger, codes, date), so ingest and {@code dyad recode}, which replace an article's events,
 * never change or remove a correction. Exported as a gold file in the format of {@code gold/seed.gold.jsonl},
 * scored by {@code score_events.py}: {@code correct} and {@code fixed} give a required line, {@code wrong} a
 * forbidden one (with the sentence as evidence). Not thread-safe, like the {@link Store} it uses.
 */
public final class Corrections {
    public enum Verdict { correct, wrong, fixed }

    /** What a coder says about one event; for {@code fixed}, null fields keep the coded value. */
    public record Request(Verdict verdict, String source, String target, String cameo, String eventDate, String note,
                          String coder) {
    }

    private static final Pattern ACTOR = Pattern.compile("(?:[A-Z]{3}|---)[A-Z0-9]{0,12}");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}|-Q[1-4])?");
    /** A target written as this means "no target". */
    public static final String NO_TARGET = "-";

    private final Store store;

    public Corrections(Store store) {
        this.store = store;
    }

    /** Checks a request; returns the problem in words, or null when it can be stored. */
    private static final dev.dyad.ontology.CameoOntology ONTOLOGY = dev.dyad.ontology.CameoOntology.builtIn();

    /** Why a date of the right shape does not exist (2021-02-30, month 13, week 54), or null. */
    static String calendarProblem(String date) {
        try {
            if (date.length() == 10) {
                java.time.LocalDate.parse(date);
            } else if (date.contains("-W")) {
                int year = Integer.parseInt(date.substring(0, 4));
                int week = Integer.parseInt(date.substring(6));
                long weeks = java.time.LocalDate.of(year, 12, 28).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (week < 1 || week > weeks) {
                    return year + " has weeks 1 to " + weeks;
                }
            } else if (date.length() == 7 && !date.contains("-Q")) {
                java.time.YearMonth.parse(date);
            }
            return null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("no such day");
        }
    }

    public static String problem(Request r) {
        if (r.verdict() == null) {
            return "\"verdict\" must be one of correct, wrong, fixed";
        }
        if (r.source() != null && !ACTOR.matcher(r.source()).matches()) {
            return "\"source\" must be a CAMEO actor code such as RUS or RUSGOV, got '" + r.source() + "'";
        }
        if (r.target() != null && !r.target().equals(NO_TARGET) && !ACTOR.matcher(r.target()).matches()) {
            return "\"target\" must be a CAMEO actor code, or \"-\" for none, got '" + r.target() + "'";
        }
        if (r.cameo() != null && !CAMEO.matcher(r.cameo()).matches()) {
            return "\"cameo\" must be a CAMEO event code such as 036, got '" + r.cameo() + "'";
        }
        if (r.cameo() != null && !ONTOLOGY.contains(r.cameo())) {
            return "\"cameo\" " + r.cameo() + " is not a CAMEO event code (see the CAMEO codebook, e.g. 036 or 190)";
        }
        if (r.eventDate() != null && !DATE.matcher(r.eventDate()).matches()) {
            return "\"event_date\" must be YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY, got '" + r.eventDate() + "'";
        }
        String calendar = r.eventDate() == null ? null : calendarProblem(r.eventDate());
        if (calendar != null) {
            return "\"event_date\" '" + r.eventDate() + "' is not a date of the calendar: " + calendar;
        }
        if (r.verdict() == Verdict.fixed && r.source() == null && r.target() == null && r.cameo() == null
                && r.eventDate() == null) {
            return "a fixed event needs at least one of source, target, cameo, event_date";
        }
        return null;
    }

    /**
     * Stores a verdict on event {@code idx} of an article; returns the stored correction as JSON, or null when the
     * article has no such event. The caller has checked {@link #problem}.
     */
    public ObjectNode add(String articleId, int idx, Request r) {
        try {
            JsonNode event;
            String version;
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT raw_json, dyad_version FROM events WHERE article_id = ? AND idx = ?")) {
                ps.setString(1, articleId);
                ps.setInt(2, idx);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    event = Json.MAPPER.readTree(rs.getString(1));
                    version = rs.getString(2);
                }
            }
            long id;
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM corrections")) {
                rs.next();
                id = rs.getLong(1);
            }
            JsonNode trigger = event.get("trigger");
            Object[] v = {id, articleId, idx, EventRow.text(event, "sentence_text"), EventRow.text(trigger, "text"),
                spanPart(trigger, 0), spanPart(trigger, 1), EventRow.text(event.get("source"), "code"),
                EventRow.text(event.get("target"), "code"), EventRow.text(event, "cameo"),
                EventRow.text(event, "event_date"), r.verdict().name(), r.source(), r.target(), r.cameo(), r.eventDate(),
                r.note(), r.coder(), version, new Timestamp(System.currentTimeMillis())};
            try (PreparedStatement ps = store.connection().prepareStatement("INSERT INTO corrections VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(v.length, "?")) + ")")) {
                for (int i = 0; i < v.length; i++) {
                    if (v[i] == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, v[i]);
                    }
                }
                ps.executeUpdate();
            }
            return list(articleId).stream().filter(c -> c.get("id").asLong() == id).findFirst().orElseThrow();
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        } catch (java.io.IOException e) {
            throw new StoreException(store.path(), "stored event is not JSON: " + e.getMessage(), e);
        }
    }

    /** All corrections (of one article when {@code articleId} is not null), oldest first. */
    public List<ObjectNode> list(String articleId) {
        List<ObjectNode> out = new ArrayList<>();
        if (!exists()) {
            return out;
        }
        String sql = "SELECT id, article_id, event_idx, sentence_text, trigger_text, trigger_start, trigger_end, "
                + "original_source, original_target, original_cameo, original_date, verdict, source, target, cameo, "
                + "event_date, note, coder, dyad_version, strftime(created_at, '%Y-%m-%dT%H:%M:%S') FROM corrections"
                + (articleId == null ? "" : " WHERE article_id = ?") + " ORDER BY id";
        List<String> params = articleId == null ? List.of() : List.of(articleId);
        for (List<Object> row : Rows.all(store, sql, params)) {
            ObjectNode c = Json.MAPPER.createObjectNode();
            String[] names = {"id", "article_id", "event_idx", "sentence_text", "trigger_text", "trigger_start",
                "trigger_end", "original_source", "original_target", "original_cameo", "original_date", "verdict",
                "source", "target", "cameo", "event_date", "note", "coder", "dyad_version", "created_at"};
            for (int i = 0; i < names.length; i++) {
                c.set(names[i], Json.MAPPER.valueToTree(row.get(i)));
            }
            out.add(c);
        }
        return out;
    }

    /** Writes every correction as one gold line (see the class comment). */
    public void writeGold(PrintWriter out) {
        for (ObjectNode c : list(null)) {
            out.println(Json.line(gold(c)));
        }
        out.flush();
    }

    /** The gold line of a stored correction. */
    static ObjectNode gold(ObjectNode c) {
        boolean wrong = "wrong".equals(c.path("verdict").asText());
        boolean fixed = "fixed".equals(c.path("verdict").asText());
        String source = pick(fixed, c, "source", "original_source");
        String target = pick(fixed, c, "target", "original_target");
        String cameo = pick(fixed, c, "cameo", "original_cameo");
        String date = pick(fixed, c, "event_date", "original_date");
        ObjectNode g = Json.MAPPER.createObjectNode();
        g.put("id", "C" + c.get("id").asLong());
        g.put("kind", wrong ? "forbidden" : "required");
        g.put("evidence", c.path("sentence_text").asText(""));
        g.putArray("source").add(source);
        ArrayNode t = g.putArray("target");
        if (target == null || target.equals(NO_TARGET)) {
            t.addNull();
        } else {
            t.add(target);
        }
        // a wrong event is forbidden by its root (any code of that family in this sentence, for this dyad);
        // a confirmed or fixed one is required with its full code (a prefix match in the scorer)
        g.putArray("root").add(wrong && cameo != null && cameo.length() > 2 ? cameo.substring(0, 2) : cameo);
        if (!wrong && date != null) {
            g.putArray("date").add(date);
        }
        g.put("article_id", c.path("article_id").asText());
        g.put("trigger", c.path("trigger_text").asText(null));
        g.put("verdict", c.path("verdict").asText());
        g.put("coder", c.path("coder").asText(null));
        g.put("note", c.path("note").asText(null));
        return g;
    }

    private static String pick(boolean fixed, ObjectNode c, String fixedField, String original) {
        JsonNode v = fixed ? c.get(fixedField) : null;
        if (v != null && !v.isNull()) {
            return v.asText();
        }
        JsonNode o = c.get(original);
        return o == null || o.isNull() ? null : o.asText();
    }

    private boolean exists() {
        return !Rows.all(store, "SELECT 1 FROM information_schema.tables WHERE lower(table_name) = 'corrections'",
                List.of()).isEmpty();
    }

    private static Integer spanPart(JsonNode n, int i) {
        JsonNode span = n == null || n.isNull() ? null : n.get("span");
        return span == null || !span.isArray() || span.size() <= i ? null : span.get(i).asInt();
    }
}
