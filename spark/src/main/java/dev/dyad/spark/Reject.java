package dev.dyad.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input record that produced no events because it could not be read or coded; written to the
 * rejects output as one JSON line, never dropped.
 *
 * @param where  the input file (Spark does not number lines of a split file)
 * @param id     the article id, when the record had one
 * @param problem what was wrong, as the local runner words it
 * @param raw    the input record as read (a JSON Lines line, or a Parquet row as JSON)
 */
@JsonPropertyOrder({"where", "id", "problem", "raw"})
public record Reject(String where, String id, String problem, String raw) {
}
