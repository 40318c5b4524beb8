package dev.dyad.pipeline;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.model.Token;
import dev.dyad.nlp.ParseFilter;
import java.util.List;
import java.util.Set;

/**
 * Parses a sentence only if it has an actor candidate (a named entity, a dictionary name or a pronoun)
 * and something that needs the parse (an event trigger lemma, a speech verb, or a quotation mark).
 * A cheap superset test: it may let through sentences that code nothing, never the reverse.
 */
public final class CandidateFilter implements ParseFilter {
    private static final Set<String> NER_ACTORS = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    private final ActorDictionary actors;
    private final PatternDictionary patterns;
    private final RuleBook rules;

    public CandidateFilter(ActorDictionary actors, PatternDictionary patterns, RuleBook rules) {
        this.actors = actors;
        this.patterns = patterns;
        this.rules = rules;
    }

    @Override
    public boolean worthParsing(List<Token> tokens, String text) {
        return hasActor(tokens) && (hasTrigger(tokens) || text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0
                || text.indexOf('\u201D') >= 0);
    }

    private boolean hasActor(List<Token> tokens) {
        for (Token t : tokens) {
            if (NER_ACTORS.contains(t.ner()) || t.isPronoun() || !actors.startingWith(t.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasTrigger(List<Token> tokens) {
        for (Token t : tokens) {
            String lemma = t.lowerLemma();
            if (!patterns.verbPatterns(lemma).isEmpty() || !patterns.nounPatterns(lemma).isEmpty()
                    || rules.isSpeechVerb(lemma)) {
                return true;
            }
        }
        return false;
    }
}
