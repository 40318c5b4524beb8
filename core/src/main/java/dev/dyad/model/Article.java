package dev.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read by ingest. {@code text} is the normalised text (CRLF folded to LF, BOM
 * removed); every span in dyad's output is an offset into it.
 *
 * @param dateAssumed true when no publication date was given and today's date was used instead
 */
public record Article(String id, String text, LocalDate date, String title, String source, String url,
                      boolean dateAssumed) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }

    public Article(String id, String text, LocalDate date) {
        this(id, text, date, null, null, null, false);
    }
}
