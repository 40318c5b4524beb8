package dev.dyad.place;

import dev.dyad.dict.WordLists;

/** The kinds of {@code places/words.txt} (see places/FORMAT.md): the word classes that say where an event happened. */
public enum PlaceWord implements WordLists.Kind {
    LOCATIVE("locative", true),
    DESTINATION("destination", true),
    MOVEMENT("movement", true),
    PLACE_NOUN("place-noun", true),
    PRESS("press", true),
    NESTING_RELATION("nesting-relation", true),
    NOT_A_PLACE("not-a-place", false);

    public static final String FILE = "places/words.txt";

    private final String label;
    private final boolean lowerCase;

    PlaceWord(String label, boolean lowerCase) {
        this.label = label;
        this.lowerCase = lowerCase;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean lowerCase() {
        return lowerCase;
    }
}
