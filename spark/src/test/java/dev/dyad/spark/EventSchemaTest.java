package dev.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyad.output.OutputContract;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Spark schema derived from the output contract, pinned: a contract change shows here as a Parquet change. */
class EventSchemaTest {
    private static final String ACTOR = "struct<text: string, code: string, span: array<int>, rule: string>";

    @Test
    void theParquetSchemaIsTheContracts() {
        String expected = String.join(", ",
                "article_id string", "sentence int", "sentence_text string", "source " + ACTOR, "target " + ACTOR,
                "cameo string", "cameo_name string", "quad_class int", "goldstein double",
                "plover struct<event: string, mode: string>", "modality string", "event_date string", "date_text string",
                "date_basis string", "planned_date string",
                "location struct<text: string, country: string, admin1: string, name: string, lat: double, lon: double,"
                        + " geonames_id: bigint, span: array<int>>",
                "location_basis string", "trigger struct<text: string, span: array<int>>", "attributed_to " + ACTOR,
                "confidence double", "rule string",
                "provenance struct<code: string, source: string, target: string, modality: string, date: string,"
                        + " location: string, attribution: string, pipeline: string>");
        assertEquals(expected, EventSchema.DDL);
        assertEquals(StructType.fromDDL(expected), EventSchema.schema());
        assertEquals(OutputContract.builtIn().topLevel("event").size(), EventSchema.schema().fieldNames().length);
    }
}
