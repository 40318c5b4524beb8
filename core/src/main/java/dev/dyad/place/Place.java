package dev.dyad.place;

/**
 * A gazetteer entry: a country, a city or a region. {@code country} is ISO-3 (null for regions across
 * countries); {@code lat}/{@code lon} are null for regions; {@code geonamesId} only for cities.
 *
 * @param where the file and line it was read from, for provenance
 */
public record Place(Kind kind, String name, String country, String admin1, Double lat, Double lon, Long geonamesId,
                    long population, boolean capital, String where) {
    public enum Kind { COUNTRY, CITY, REGION }
}
