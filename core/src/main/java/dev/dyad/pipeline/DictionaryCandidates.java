package dev.dyad.pipeline;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.actors.EntryKind;
import dev.dyad.events.EventPattern;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.model.Token;
import dev.dyad.nlp.CandidateFilter;
import dev.dyad.nlp.CandidateLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@link CandidateLexicon} of the loaded dictionaries: actor names and sector nouns, speech verbs and demand
 * words, and the event patterns. It lives with the assembler because it joins the dictionaries of several stage
 * packages, which the {@code nlp} package must not import. Immutable, thread-safe.
 */
public final class DictionaryCandidates implements CandidateLexicon {
    private final ActorDictionary actors;
    private final PatternDictionary patterns;
    private final RuleBook rules;
    private final boolean anyPatternLemma;

    private DictionaryCandidates(ActorDictionary actors, PatternDictionary patterns, RuleBook rules, boolean anyPatternLemma) {
        this.actors = actors;
        this.patterns = patterns;
        this.rules = rules;
        this.anyPatternLemma = anyPatternLemma;
    }

    /**
     * For the rules alone: a trigger counts when one of its patterns could fire in the sentence.
     * {@code quotes} says which claims are sought ({@link PipelineConfig.Quotes}).
     */
    public static CandidateFilter forRules(ActorDictionary actors, PatternDictionary patterns, RuleBook rules,
                                           PipelineConfig.Quotes quotes) {
        return new CandidateFilter(new DictionaryCandidates(actors, patterns, rules, false),
                quotes == PipelineConfig.Quotes.ALL);
    }

    /**
     * For the rules and the learned fallback: any word with a pattern counts, so that the fallback gets the parses
     * of the sentences whose pattern constraints fail ("boosted its presence" where the patterns want troops).
     */
    public static CandidateFilter forRulesAndFallback(ActorDictionary actors, PatternDictionary patterns, RuleBook rules,
                                                      PipelineConfig.Quotes quotes) {
        return new CandidateFilter(new DictionaryCandidates(actors, patterns, rules, true),
                quotes == PipelineConfig.Quotes.ALL);
    }

    @Override
    public boolean isSpeechVerb(String lowerLemma) {
        return rules.isSpeechVerb(lowerLemma);
    }

    @Override
    public boolean isActorAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return actors.nameAt(tokens, i) || t.isNoun() && isSectorNoun(t);
    }

    /** "Rebels attacked ...": a sector noun is an actor even where the text names no country (---REB). */
    private boolean isSectorNoun(Token t) {
        return actors.sectorsStartingWith(t.lowerLemma()).stream().anyMatch(e -> e.kind() == EntryKind.NOUN
                && !actors.needsCountry(e.code()) && !e.layer()); // layer nouns need a named actor
    }

    /**
     * A token with a pattern that could fire here: every constraint of the pattern (objects, modifiers, complements,
     * particle, prepositions) names a lemma some token of the sentence has. The parse decides the rest, so this stays
     * a superset test; it spares the parse of "boosted profits" when every pattern of "boost" wants troops.
     */
    @Override
    public boolean hasTrigger(List<Token> tokens) {
        Set<String> lemmas = null;
        for (Token t : tokens) {
            String lemma = t.lowerLemma();
            if (rules.deontic(t.text().toLowerCase(Locale.ROOT)) != null) {
                return true; // "said that Sudan must return the helicopter" is a demand without a pattern
            }
            List<EventPattern> options = t.isVerb() ? patterns.verbPatterns(lemma)
                    : t.isNoun() && !t.pos().startsWith("NNP") ? patterns.nounPatterns(lemma) : List.of();
            if (options.isEmpty()) {
                continue;
            }
            if (lemmas == null) {
                lemmas = new HashSet<>();
                for (Token k : tokens) {
                    lemmas.addAll(EventPattern.forms(k)); // the words the matcher compares constraints with
                }
            }
            for (EventPattern p : options) {
                // the imported layer never widens the fallback's sentences: only its patterns that could fire count
                if (!p.codesNothing() && (anyPatternLemma && !p.underlay() || possible(p, lemmas))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean possible(EventPattern p, Set<String> lemmas) {
        return (p.particle() == null || lemmas.contains(p.particle())) && anyOrNone(p.objects(), lemmas)
                && anyOrNone(p.modifiers(), lemmas) && anyOrNone(p.xcomps(), lemmas) && anyOrNone(p.preps(), lemmas)
                && p.phrases().entrySet().stream().allMatch(e -> lemmas.contains(e.getKey()) && anyOrNone(e.getValue(), lemmas));
    }

    private static boolean anyOrNone(Set<String> wanted, Set<String> lemmas) {
        return wanted.isEmpty() || wanted.contains(EventPattern.ANY) || wanted.stream().anyMatch(lemmas::contains);
    }
}
