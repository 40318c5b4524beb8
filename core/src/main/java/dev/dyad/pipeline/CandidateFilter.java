package dev.dyad.pipeline;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.events.PatternDictionary;
import dev.dyad.model.Token;
import dev.dyad.nlp.ParseFilter;
import java.util.List;
import java.util.Set;

/**
 * Parses a sentence only if it has an actor candidate (a named entity, a dictionary name, a sector noun
 * or a personal pronoun) and something that needs the parse (an event trigger of the right part of speech, or a
 * quotation mark).
 * A cheap superset test: it may let through sentences that code nothing, never the reverse.
 */
public final class CandidateFilter implements ParseFilter {
    /** Only persons: places and organisations become actors through the dictionaries, never through NER alone. */
    private static final Set<String> NER_ACTORS = Set.of("PERSON");
    /** Pronouns that can stand for an actor ("it" and "its" rarely do in event sentences). */
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "i", "him", "her", "them", "us",
            "his", "their", "our");
    private final ActorDictionary actors;
    private final PatternDictionary patterns;

    public CandidateFilter(ActorDictionary actors, PatternDictionary patterns) {
        this.actors = actors;
        this.patterns = patterns;
    }

    /**
     * An event needs a trigger and an actor (a name, or a pronoun standing for one); a quote needs the parse
     * to find its speaker. A sentence with only a speech verb ("X said profits rose") yields neither.
     */
    @Override
    public boolean worthParsing(List<Token> tokens, String text) {
        boolean quote = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
        return quote ? hasActor(tokens, true) : hasTrigger(tokens) && hasActor(tokens, true);
    }

    private boolean hasActor(List<Token> tokens, boolean pronouns) {
        for (Token t : tokens) {
            if (NER_ACTORS.contains(t.ner()) || !actors.startingWith(t.text()).isEmpty()
                    || t.isNoun() && isSectorNoun(t)
                    || pronouns && t.isPronoun() && PERSONAL.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Rebels attacked ...": a sector noun is an actor even where the text names no country (---REB). */
    private boolean isSectorNoun(Token t) {
        return actors.sectorsStartingWith(t.lowerLemma()).stream().anyMatch(e -> e.kind() == dev.dyad.actors.EntryKind.NOUN
                && !ActorDictionary.NEED_A_COUNTRY.contains(e.code()));
    }

    private boolean hasTrigger(List<Token> tokens) {
        for (Token t : tokens) {
            String lemma = t.lowerLemma();
            if (t.isVerb() && !patterns.verbPatterns(lemma).isEmpty() || t.isNoun() && !patterns.nounPatterns(lemma).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
