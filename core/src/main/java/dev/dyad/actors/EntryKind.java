package dev.dyad.actors;

import java.util.Locale;

/** The kinds of actor dictionary lines (see actors/FORMAT.md). */
public enum EntryKind {
    NAME, ACRONYM, ADJ, CAPITAL, METONYM, NOUN, MODIFIER, PERSON;

    public static EntryKind parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Sector-only kinds carry a 3-letter sector code instead of an actor code. */
    public boolean isSector() {
        return this == NOUN || this == MODIFIER;
    }
}
