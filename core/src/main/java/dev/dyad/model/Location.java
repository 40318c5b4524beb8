package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an event happened. {@code country} is the ISO-3/CAMEO country code; {@code name}, {@code admin1},
 * {@code lat}, {@code lon} and {@code geonamesId} are filled for city-level places; {@code span} is the
 * locative phrase in the article text.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"text", "country", "admin1", "name", "lat", "lon", "geonames_id", "span"})
public record Location(String text, String country, String admin1, String name, Double lat, Double lon,
                       @JsonProperty("geonames_id") Long geonamesId, Span span) {
}
