package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.dedup.CountryLevel;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of the JSON contract flattened into the {@code events} table's columns. Works from the contract
 * JSON (a {@link JsonNode}), so events coded here and events imported from a JSON Lines file take the same path.
 */
final class EventRow {
    static final List<String> COLUMNS = List.of("article_id", "idx", "sentence", "sentence_text",
            "source_text", "source_code", "source_start", "source_end", "source_rule",
            "target_text", "target_code", "target_start", "target_end", "target_rule",
            "source_country", "target_country",
            "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_event", "plover_mode", "modality",
            "event_date", "event_day", "event_granularity", "date_text", "date_basis", "planned_date",
            "location_text", "location_country", "location_admin1", "location_name", "location_lat", "location_lon",
            "location_geonames_id", "location_start", "location_end", "location_basis",
            "trigger_text", "trigger_start", "trigger_end",
            "attributed_text", "attributed_code", "attributed_start", "attributed_end", "attributed_rule",
            "confidence", "rule",
            "prov_code", "prov_source", "prov_target", "prov_modality", "prov_date", "prov_location",
            "prov_attribution", "prov_pipeline", "dyad_version", "raw_json");

    static final String INSERT = "INSERT INTO events (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";

    private EventRow() {
    }

    /** Checks that a JSON object looks like a contract event line; returns the problem, or null. */
    static String problem(JsonNode e) {
        if (e == null || !e.isObject()) {
            return "expected a JSON object (an event of the output contract)";
        }
        for (String f : List.of("article_id", "sentence", "source", "cameo", "quad_class", "goldstein", "modality")) {
            if (!e.has(f)) {
                return "not a dyad event: missing \"" + f + "\"";
            }
        }
        if (!e.get("article_id").isTextual() || e.get("article_id").asText().isBlank()) {
            return "not a dyad event: \"article_id\" must be a non-empty string";
        }
        String idProblem = dev.dyad.input.ArticleIds.problem(e.get("article_id").asText());
        if (idProblem != null) {
            return "not a dyad event: \"article_" + idProblem.substring(1);
        }
        if (!e.get("cameo").isTextual()) {
            return "not a dyad event: \"cameo\" must be a string";
        }
        return null;
    }

    static void bind(PreparedStatement ps, String articleId, int idx, JsonNode e, String raw, String version)
            throws SQLException {
        List<Object> v = new ArrayList<>(COLUMNS.size());
        v.add(articleId);
        v.add(idx);
        v.add(integer(e, "sentence"));
        v.add(text(e, "sentence_text"));
        actor(v, e.get("source"));
        actor(v, e.get("target"));
        v.add(CountryLevel.of(text(e.get("source"), "code")));
        v.add(CountryLevel.of(text(e.get("target"), "code")));
        String cameo = text(e, "cameo");
        v.add(cameo);
        v.add(cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2));
        v.add(text(e, "cameo_name"));
        v.add(integer(e, "quad_class"));
        v.add(decimal(e, "goldstein"));
        v.add(text(e.get("plover"), "event"));
        v.add(text(e.get("plover"), "mode"));
        v.add(text(e, "modality"));
        String date = text(e, "event_date");
        EventDay day = EventDay.parse(date);
        v.add(date);
        v.add(day.day() == null ? null : Date.valueOf(day.day()));
        v.add(day.granularity());
        v.add(text(e, "date_text"));
        v.add(text(e, "date_basis"));
        v.add(text(e, "planned_date"));
        JsonNode loc = e.get("location");
        v.add(text(loc, "text"));
        v.add(text(loc, "country"));
        v.add(text(loc, "admin1"));
        v.add(text(loc, "name"));
        v.add(decimal(loc, "lat"));
        v.add(decimal(loc, "lon"));
        v.add(loc == null || loc.get("geonames_id") == null || loc.get("geonames_id").isNull() ? null
                : loc.get("geonames_id").asLong());
        v.add(spanPart(loc, 0));
        v.add(spanPart(loc, 1));
        v.add(text(e, "location_basis"));
        JsonNode trigger = e.get("trigger");
        v.add(text(trigger, "text"));
        v.add(spanPart(trigger, 0));
        v.add(spanPart(trigger, 1));
        JsonNode by = e.get("attributed_to");
        v.add(text(by, "text"));
        v.add(text(by, "code"));
        v.add(spanPart(by, 0));
        v.add(spanPart(by, 1));
        v.add(text(by, "rule"));
        v.add(decimal(e, "confidence"));
        v.add(text(e, "rule"));
        JsonNode p = e.get("provenance");
        for (String f : List.of("code", "source", "target", "modality", "date", "location", "attribution", "pipeline")) {
            v.add(text(p, f));
        }
        v.add(version);
        v.add(raw);
        for (int i = 0; i < v.size(); i++) {
            Object o = v.get(i);
            if (o == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, o);
            }
        }
    }

    private static void actor(List<Object> v, JsonNode a) {
        v.add(text(a, "text"));
        v.add(text(a, "code"));
        v.add(spanPart(a, 0));
        v.add(spanPart(a, 1));
        v.add(text(a, "rule"));
    }

    static String text(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double decimal(JsonNode n, String field) {
        JsonNode v = n == null || n.isNull() ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static Integer spanPart(JsonNode n, int i) {
        JsonNode span = n == null || n.isNull() ? null : n.get("span");
        return span == null || !span.isArray() || span.size() <= i ? null : span.get(i).asInt();
    }
}
