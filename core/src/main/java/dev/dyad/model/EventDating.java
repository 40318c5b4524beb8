package dev.dyad.model;

/**
 * The dates layer of an event ({@code dev.dyad.time.EventDatingStage}).
 *
 * @param date    ISO day, week, month, quarter or year value
 * @param text    the time expression, null for the publication date
 * @param basis   where the date comes from: {@code explicit}, {@code relative} or {@code publication}
 * @param planned a later date the text gives as a plan, or null
 * @param rule    why this date
 */
public record EventDating(String date, String text, String basis, String planned, String rule) {
    /** Whether the date is only the publication date (no time expression dated the event). */
    public boolean fromPublication() {
        return "publication".equals(basis);
    }
}
