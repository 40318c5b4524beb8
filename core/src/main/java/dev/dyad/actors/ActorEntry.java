package dev.dyad.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an actor dictionary. {@code tokens} is the phrase as tokenized for matching (lower-case
 * lemmas for sector nouns). {@code from}/{@code to} are null when open. {@code layer}: the line comes from a
 * layer under dyad's own files (the Phoenix dictionaries), whose names are matched ignoring case (see FORMAT.md).
 */
public record ActorEntry(String code, EntryKind kind, String phrase, List<String> tokens, LocalDate from,
                         LocalDate to, boolean ambiguous, String where, boolean layer) {
    public boolean activeOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** An entry of the countries file (a state, its capital or its seats), as opposed to organisations and regions. */
    public boolean isState() {
        return where.startsWith("actors/countries.txt")
                || where.startsWith(ActorDictionary.PHOENIX_COUNTRIES) && code.length() == 3;
    }

    public String country() {
        return code.substring(0, Math.min(3, code.length()));
    }
}
