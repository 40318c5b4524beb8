package dev.dyad.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The event contract ({@link dev.dyad.model.Event}, README "Output contract") as Spark columns, for
 * Parquet output: same names, same order, nested records as structs, spans as {@code array<int>}.
 * {@code EventSchemaTest} checks it against the JSON the pipeline writes, so the two cannot drift apart.
 */
public final class EventSchema {
    private static final String ACTOR = "struct<text: string, code: string, span: array<int>, rule: string>";
    private static final String LOCATION = "struct<text: string, country: string, admin1: string, name: string,"
            + " lat: double, lon: double, geonames_id: bigint, span: array<int>>";

    public static final String DDL = String.join(", ",
            "article_id string",
            "sentence int",
            "sentence_text string",
            "source " + ACTOR,
            "target " + ACTOR,
            "cameo string",
            "cameo_name string",
            "quad_class int",
            "goldstein double",
            "plover struct<event: string, mode: string>",
            "modality string",
            "event_date string",
            "date_text string",
            "date_basis string",
            "planned_date string",
            "location " + LOCATION,
            "location_basis string",
            "trigger struct<text: string, span: array<int>>",
            "attributed_to " + ACTOR,
            "confidence double",
            "rule string",
            "provenance struct<code: string, source: string, target: string, modality: string, date: string,"
                    + " location: string, attribution: string, pipeline: string>");

    private EventSchema() {
    }

    public static StructType schema() {
        return StructType.fromDDL(DDL);
    }
}
