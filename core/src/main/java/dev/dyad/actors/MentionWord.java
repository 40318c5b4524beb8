package dev.dyad.actors;

import dev.dyad.dict.WordLists;

/**
 * The kinds of {@code actors/mentions.txt} (see actors/FORMAT.md): the closed word classes that shape actor
 * mentions in a sentence, as opposed to the actors themselves.
 */
public enum MentionWord implements WordLists.Kind {
    GROUP_HEAD("group-head", true),
    COLLECTIVE_HEAD("collective-head", true),
    PLURAL_MASS_NOUN("plural-mass-noun", true),
    LOCATING_PREPOSITION("locating-preposition", true),
    PERSON_PRONOUN("person-pronoun", true),
    GROUP_PRONOUN("group-pronoun", true),
    THING_PRONOUN("thing-pronoun", true),
    EXPLETIVE_GOVERNOR("expletive-governor", true),
    AGENTIVE_PREDICATE("agentive-predicate", true),
    CHUNK_TAG("chunk-tag", false),
    NEEDS_COUNTRY("needs-country", false);

    public static final String FILE = "actors/mentions.txt";

    private final String label;
    private final boolean lowerCase;

    MentionWord(String label, boolean lowerCase) {
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

    public static WordLists<MentionWord> builtIn() {
        return WordLists.builtIn(MentionWord.class, FILE);
    }
}
