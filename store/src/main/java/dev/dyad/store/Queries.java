package dev.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The SQL behind {@code dyad query} and {@code dyad dyads}. */
public final class Queries {
    /** The columns {@code dyad query} shows as a table. */
    public static final String EVENT_COLUMNS = "article_id, sentence, event_date, source_code, target_code, cameo, "
            + "cameo_name, quad_class, goldstein, modality, trigger_text";

    private Queries() {
    }

    /**
     * Event filters: actor codes match by prefix ({@code RUS} matches RUSGOV, {@code IGOWSTNAT} matches NATO),
     * {@code root} is the two-digit CAMEO root, dates bound the event day (inclusive). Null means no filter.
     */
    public record EventFilter(String source, String target, String root, LocalDate from, LocalDate to) {
        public String where(List<Object> params) {
            List<String> w = new ArrayList<>();
            if (source != null) {
                w.add("starts_with(source_code, ?)");
                params.add(source);
            }
            if (target != null) {
                w.add("starts_with(target_code, ?)");
                params.add(target);
            }
            if (root != null) {
                w.add("cameo_root = ?");
                params.add(root.length() == 1 ? "0" + root : root);
            }
            if (from != null) {
                w.add("event_day >= ?");
                params.add(from);
            }
            if (to != null) {
                w.add("event_day <= ?");
                params.add(to);
            }
            return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
        }
    }

    /** The events matching a filter, in article order; {@code columns} is a select list (e.g. raw_json). */
    public static String events(EventFilter f, String columns, List<Object> params) {
        return "SELECT " + columns + " FROM events" + f.where(params) + " ORDER BY article_id, idx";
    }

    public enum Period { day, week, month }

    /**
     * Counts per QuadClass and summed Goldstein per directed country-level dyad and period, over deduplicated
     * events (or every coded mention when {@code mentions}); events without a target are left out. An event
     * dated by week keeps its week in a daily table, by quarter or year its quarter or year.
     */
    public static String dyads(Period by, boolean mentions) {
        // a date coarser than the period keeps its own label (2021-W48 is not shown as its Monday)
        String label = switch (by) {
            case day -> "CASE WHEN length(event_date) = 10 THEN strftime(event_day, '%Y-%m-%d') ELSE event_date END";
            case week -> "CASE WHEN length(event_date) = 10 OR event_date LIKE '%-W%' "
                    + "THEN strftime(date_trunc('week', event_day), '%G-W%V') ELSE event_date END";
            case month -> "CASE WHEN length(event_date) IN (7, 10) THEN strftime(event_day, '%Y-%m') ELSE event_date END";
        };
        return "SELECT " + label + " AS period, source_country AS source, target_country AS target, count(*) AS events, "
                + "count(*) FILTER (WHERE quad_class = 1) AS q1_verbal_coop, "
                + "count(*) FILTER (WHERE quad_class = 2) AS q2_material_coop, "
                + "count(*) FILTER (WHERE quad_class = 3) AS q3_verbal_conflict, "
                + "count(*) FILTER (WHERE quad_class = 4) AS q4_material_conflict, "
                + "round(sum(goldstein), 1) AS goldstein "
                + "FROM " + (mentions ? "events" : "dedup_events")
                + " WHERE target_country IS NOT NULL AND event_day IS NOT NULL AND source_country IS NOT NULL"
                + " GROUP BY ALL ORDER BY period, events DESC, source, target";
    }
}
