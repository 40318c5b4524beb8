package dev.dyad.actors;

/**
 * A dictionary match in a sentence: tokens {@code first..last} (inclusive) matched {@code entry};
 * {@code code} is the entry's code resolved for the article date (persons change code over time).
 */
record Atom(int first, int last, ActorEntry entry, String code, String rule) {
    EntryKind kind() {
        return entry.kind();
    }

    boolean isSector() {
        return entry.kind().isSector();
    }

    boolean isPerson() {
        return entry.kind() == EntryKind.PERSON;
    }

    boolean covers(int i) {
        return first <= i && i <= last;
    }
}
