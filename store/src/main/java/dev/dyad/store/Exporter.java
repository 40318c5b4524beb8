package dev.dyad.store;

import dev.dyad.ontology.CameoCode;
import dev.dyad.ontology.CameoOntology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the store out: {@code jsonl} (the output contract, one event per line, exactly as coded),
 * {@code csv} and {@code parquet} (the events table, one column per contract field), {@code phoenix}
 * (the 26-column Phoenix TSV) and {@code gdelt} (the 61-column GDELT 2.0 event table). The last two are
 * per deduplicated event and carry asserted events only, as neither format can say "denied" or "planned".
 * Every column is documented in {@code docs/export-formats.md}. {@code gold} writes the coders' corrections
 * (see {@link Corrections}) as a gold file for {@code score_events.py}.
 */
public final class Exporter {
    public enum Format { jsonl, csv, parquet, phoenix, gdelt, gold }

    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private final Store store;
    private final CameoOntology ontology;

    public Exporter(Store store) {
        this.store = store;
        this.ontology = CameoOntology.builtIn();
    }

    /** Columns of the csv and parquet exports: every events column but the raw JSON. */
    static final String TABLE_COLUMNS = String.join(", ", EventRow.COLUMNS.subList(0, EventRow.COLUMNS.size() - 1));

    public void write(Format format, PrintWriter out) {
        switch (format) {
            case jsonl -> Rows.stream(store, "SELECT raw_json FROM events ORDER BY article_id, idx", List.of(),
                    sink(out, null, row -> out.println(row.get(0))));
            case csv -> Rows.stream(store, "SELECT " + TABLE_COLUMNS + " FROM events ORDER BY article_id, idx", List.of(),
                    sink(out, names -> Delimited.csv(out, names), row -> Delimited.csv(out, row)));
            case phoenix -> Rows.stream(store, PER_EVENT, List.of(), sink(out, null, row -> Delimited.tsv(out, phoenix(row))));
            case gdelt -> Rows.stream(store, PER_EVENT, List.of(), sink(out, null, row -> Delimited.tsv(out, gdelt(row))));
            case gold -> new Corrections(store).writeGold(out);
            case parquet -> throw new IllegalArgumentException("parquet is written to a file: use --out FILE");
        }
        out.flush();
    }

    /** Parquet goes through DuckDB's own writer. */
    public void writeParquet(Path file) {
        try (Statement st = store.connection().createStatement()) {
            st.execute("COPY (SELECT " + TABLE_COLUMNS + " FROM events ORDER BY article_id, idx) TO '"
                    + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
        } catch (SQLException e) {
            throw StoreException.of(file, e);
        }
    }

    // one row per deduplicated asserted event, with what its mentions add
    private static final String PER_EVENT = """
            SELECT d.global_event_id, d.event_day, d.source_code, d.target_code, d.source_country, d.target_country,
                   d.cameo, d.quad_class, d.goldstein, d.num_mentions, d.num_sources, d.num_articles,
                   d.location_country, d.location_name, d.location_admin1, d.location_lat, d.location_lon,
                   d.location_geonames_id, d.source_text, d.target_text, d.first_article_id,
                   (SELECT min(m.sentence) FROM mentions m
                      WHERE m.global_event_id = d.global_event_id AND m.article_id = d.first_article_id) AS first_sentence,
                   (SELECT string_agg(DISTINCT m.url, ';' ORDER BY m.url) FROM mentions m
                      WHERE m.global_event_id = d.global_event_id) AS urls,
                   (SELECT string_agg(DISTINCT m.news_source, ';' ORDER BY m.news_source) FROM mentions m
                      WHERE m.global_event_id = d.global_event_id) AS sources,
                   a.url AS first_url, a.coded_at AS added
            FROM dedup_events d LEFT JOIN articles a ON a.id = d.first_article_id
            WHERE d.modality = 'asserted' AND d.event_day IS NOT NULL
            ORDER BY d.event_day NULLS LAST, d.global_event_id""";

    private List<Object> phoenix(List<Object> r) {
        LocalDate day = day(r.get(1));
        List<Object> v = new ArrayList<>(26);
        v.add(r.get(0));
        v.add(day.format(YMD));
        v.add(day.getYear());
        v.add(day.getMonthValue());
        v.add(day.getDayOfMonth());
        actorParts(v, (String) r.get(2), (String) r.get(4));
        actorParts(v, (String) r.get(3), (String) r.get(5));
        String cameo = (String) r.get(6);
        CameoCode code = cameo == null || !ontology.contains(cameo) ? null : ontology.get(cameo);
        v.add(cameo);
        v.add(cameo == null ? null : cameo.substring(0, 2));
        v.add(code == null ? null : code.pentaClass());
        v.add(r.get(8));
        v.add(null); // Issues
        v.add(r.get(15));
        v.add(r.get(16));
        v.add(r.get(13));
        v.add(r.get(14));
        v.add(r.get(12));
        v.add(r.get(20) + "_" + r.get(21));
        v.add(r.get(22));
        v.add(r.get(23));
        return v;
    }

    /** Full code, entity (country level), role (the next three letters), attribute (the rest). */
    private static void actorParts(List<Object> v, String code, String country) {
        v.add(code);
        v.add(country);
        String rest = code == null || country == null || !code.startsWith(country) ? "" : code.substring(country.length());
        v.add(rest.length() >= 3 ? rest.substring(0, 3) : rest.isEmpty() ? null : rest);
        v.add(rest.length() > 3 ? rest.substring(3) : null);
    }

    private List<Object> gdelt(List<Object> r) {
        LocalDate day = day(r.get(1));
        List<Object> v = new ArrayList<>(61);
        v.add(r.get(0));
        v.add(day.format(YMD));
        v.add(day.getYear() * 100 + day.getMonthValue());
        v.add(day.getYear());
        v.add(String.format(java.util.Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        gdeltActor(v, (String) r.get(2), (String) r.get(18));
        gdeltActor(v, (String) r.get(3), (String) r.get(19));
        String cameo = (String) r.get(6);
        v.add(r.get(21) != null && ((Number) r.get(21)).intValue() == 0 ? 1 : 0); // IsRootEvent: lead sentence
        v.add(cameo);
        v.add(cameo == null ? null : cameo.substring(0, Math.min(3, cameo.length())));
        v.add(cameo == null ? null : cameo.substring(0, 2));
        v.add(r.get(7));
        v.add(r.get(8));
        v.add(r.get(9));
        v.add(r.get(10));
        v.add(r.get(11));
        v.add(null); // AvgTone
        for (int i = 0; i < 16; i++) {
            v.add(null); // Actor1Geo_*, Actor2Geo_*: dyad locates events, not actors
        }
        Object country = r.get(12);
        Object name = r.get(13);
        Object admin1 = r.get(14);
        v.add(country == null ? null : name != null ? 4 : admin1 != null ? 5 : 1); // ActionGeo_Type
        v.add(name != null ? name : admin1 != null ? admin1 : null);
        v.add(null); // ActionGeo_CountryCode: FIPS 10-4 in GDELT; dyad's ISO-3 code is in location_country
        v.add(null); // ADM1Code (FIPS based)
        v.add(null); // ADM2Code
        v.add(r.get(15));
        v.add(r.get(16));
        v.add(r.get(17));
        Object added = r.get(25);
        v.add(added == null ? null : toDateTime(added).format(STAMP));
        v.add(r.get(24));
        return v;
    }

    /** Code, name, country, known group, ethnic, religion 1, religion 2, type 1, type 2, type 3. */
    private static void gdeltActor(List<Object> v, String code, String text) {
        if (code == null) {
            for (int i = 0; i < 10; i++) {
                v.add(null);
            }
            return;
        }
        boolean org = code.startsWith("IGO") || code.startsWith("NGO");
        v.add(code);
        v.add(text == null ? null : text.toUpperCase(java.util.Locale.ROOT));
        boolean located = dev.dyad.model.ActorMention.countryKnown(code);
        v.add(org || !located ? null : code.substring(0, Math.min(3, code.length())));
        v.add(org && code.length() > 3 ? code.substring(code.length() - 3) : null);
        v.add(null);
        v.add(null);
        v.add(null);
        String types = org ? code.substring(0, 3) : code.length() > 3 ? code.substring(3) : "";
        for (int i = 0; i < 3; i++) {
            v.add(types.length() >= 3 * i + 3 ? types.substring(3 * i, 3 * i + 3) : null);
        }
    }

    private static LocalDate day(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    private static LocalDateTime toDateTime(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (o instanceof LocalDateTime t) {
            return t;
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }

    /** A sink that stops the query as soon as {@code out} cannot be written (disk full, pipe closed). */
    private static Rows.Sink sink(PrintWriter out, java.util.function.Consumer<List<String>> header,
                                  java.util.function.Consumer<List<Object>> rows) {
        return new Rows.Sink() {
            @Override
            public void columns(List<String> names) {
                if (header != null) {
                    header.accept(names);
                }
            }

            @Override
            public void row(List<Object> values) {
                rows.accept(values);
                dev.dyad.output.OutputClosedException.check(out);
            }
        };
    }
}
