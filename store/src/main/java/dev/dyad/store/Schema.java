package dev.dyad.store;

import java.util.List;

/**
 * The store's tables. Every coded row carries {@code dyad_version} ("dyad 0.1.0; dictionaries <hash>"),
 * the pipeline and dictionaries that coded it. Documented column by column in {@code docs/store.md}.
 *
 * <ul>
 *   <li>{@code articles}: one row per article, keyed by id; {@code content_hash} (text + date) makes a
 *       changed article a new one. {@code origin} is {@code coded} (text coded here) or {@code imported}
 *       (events loaded from a JSON Lines event file, no text).</li>
 *   <li>{@code events}: one row per coded event (a mention, in GDELT's terms), every field of the JSON
 *       contract as a column, plus {@code raw_json}, the contract line itself.</li>
 *   <li>{@code quotes}, {@code actors}: quotes and actor mentions per article.</li>
 *   <li>{@code dedup_events} and {@code mentions}: deduplicated events and, per event, the
 *       article/sentence rows that report it (see {@code dev.dyad.dedup}); kept up to date as articles are written.</li>
 *   <li>{@code rejects}: input lines or articles that could not be read or coded, with the error.</li>
 *   <li>{@code corrections}: a coder's verdict on a coded event (see {@link Corrections}); a copy of what was
 *       judged is kept in the row, so re-coding the article never changes or removes it.</li>
 * </ul>
 */
public final class Schema {
    /** Bumped when a table changes; a store with another version is refused with a clear message. */
    public static final int VERSION = 1;

    private Schema() {
    }

    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            """
            CREATE TABLE IF NOT EXISTS articles (
              id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, date DATE, date_assumed BOOLEAN,
              title VARCHAR, source VARCHAR, url VARCHAR, text VARCHAR, origin VARCHAR NOT NULL, input VARCHAR,
              num_sentences INTEGER, num_events INTEGER, coded_at TIMESTAMP NOT NULL, dyad_version VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS events (
              article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, sentence_text VARCHAR,
              source_text VARCHAR, source_code VARCHAR, source_start INTEGER, source_end INTEGER, source_rule VARCHAR,
              target_text VARCHAR, target_code VARCHAR, target_start INTEGER, target_end INTEGER, target_rule VARCHAR,
              source_country VARCHAR, target_country VARCHAR,
              cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, quad_class INTEGER, goldstein DOUBLE,
              plover_event VARCHAR, plover_mode VARCHAR, modality VARCHAR,
              event_date VARCHAR, event_day DATE, event_granularity VARCHAR, date_text VARCHAR, date_basis VARCHAR,
              planned_date VARCHAR,
              location_text VARCHAR, location_country VARCHAR, location_admin1 VARCHAR, location_name VARCHAR,
              location_lat DOUBLE, location_lon DOUBLE, location_geonames_id BIGINT, location_start INTEGER,
              location_end INTEGER, location_basis VARCHAR,
              trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
              attributed_text VARCHAR, attributed_code VARCHAR, attributed_start INTEGER, attributed_end INTEGER,
              attributed_rule VARCHAR,
              confidence DOUBLE, rule VARCHAR,
              prov_code VARCHAR, prov_source VARCHAR, prov_target VARCHAR, prov_modality VARCHAR, prov_date VARCHAR,
              prov_location VARCHAR, prov_attribution VARCHAR, prov_pipeline VARCHAR,
              dyad_version VARCHAR NOT NULL, raw_json VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
              article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, kind VARCHAR, text VARCHAR, span_start INTEGER,
              span_end INTEGER, sentence INTEGER, speaker_text VARCHAR, speaker_code VARCHAR, speaker_start INTEGER,
              speaker_end INTEGER, speaker_rule VARCHAR, rule VARCHAR, dyad_version VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS actors (
              article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, first_token INTEGER,
              last_token INTEGER, head_token INTEGER, span_start INTEGER, span_end INTEGER, text VARCHAR,
              code VARCHAR, country VARCHAR, kind VARCHAR, entity VARCHAR, rule VARCHAR, dyad_version VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS dedup_events (
              global_event_id BIGINT, event_day DATE, event_date VARCHAR, source_country VARCHAR,
              target_country VARCHAR, source_code VARCHAR, target_code VARCHAR, source_text VARCHAR,
              target_text VARCHAR, cameo VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
              modality VARCHAR, trigger_family VARCHAR, num_mentions INTEGER, num_sources INTEGER,
              num_articles INTEGER, first_article_id VARCHAR, first_seen DATE, last_seen DATE,
              location_country VARCHAR, location_name VARCHAR, location_admin1 VARCHAR, location_lat DOUBLE,
              location_lon DOUBLE, location_geonames_id BIGINT, dedup_rule VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
              global_event_id BIGINT, article_id VARCHAR, event_idx INTEGER, sentence INTEGER,
              mention_date DATE, news_source VARCHAR, url VARCHAR, confidence DOUBLE, trigger_text VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS rejects (
              input VARCHAR, line INTEGER, error VARCHAR, raw VARCHAR, rejected_at TIMESTAMP)""",
            // a coder's verdicts on coded events (the workbench); never touched by ingest or recode
            """
            CREATE TABLE IF NOT EXISTS corrections (
              id BIGINT PRIMARY KEY, article_id VARCHAR NOT NULL, event_idx INTEGER, sentence_text VARCHAR,
              trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER, original_source VARCHAR,
              original_target VARCHAR, original_cameo VARCHAR, original_date VARCHAR, verdict VARCHAR NOT NULL,
              source VARCHAR, target VARCHAR, cameo VARCHAR, event_date VARCHAR, note VARCHAR, coder VARCHAR,
              dyad_version VARCHAR, created_at TIMESTAMP NOT NULL)""");
}
