package dev.dyad.model;

/**
 * The places layer of an event ({@code dev.dyad.place.PlaceStage}).
 *
 * @param location null when no place was found ({@link #NONE})
 * @param basis    how the place was found, e.g. "locative phrase", "target country (stated)"
 * @param rule     the rule behind it
 */
public record EventPlacement(Location location, String basis, String rule) {
    /** No place found. */
    public static final EventPlacement NONE = new EventPlacement(null, null, null);
}
