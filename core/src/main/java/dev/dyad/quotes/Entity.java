package dev.dyad.quotes;

import dev.dyad.quotes.SpeakerLexicon.Gender;
import java.util.HashSet;
import java.util.Set;

/** A person or organisation of one article, as {@link MentionChains} gathers its mentions. Mutable while the chains are built. */
final class Entity {
    final String name;
    final boolean person;
    String code;
    String codeRule;
    Gender gender = Gender.UNKNOWN;
    final Set<String> titles = new HashSet<>();
    final String head;
    /** Named by a proper noun ("Keystone Metals"), not only described ("people"). */
    boolean named;

    Entity(String name, boolean person, String head) {
        this.name = name;
        this.person = person;
        this.head = head;
    }
}
