package dev.dyad.pipeline;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.events.EventPattern;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.model.Token;
import dev.dyad.nlp.ParseFilter;
import java.util.HashSet;
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
    private final RuleBook rules;
    private final boolean anyPatternLemma;
    /**
     * The sentences with a speech verb that the quote stage needs parsed: by default all of them; the quote stage's
     * own choice ({@code dev.dyad.quotes.QuoteParseFilter}) spares those it reads from their tags alone; null parses
     * nothing for quotes (the pipeline without them, to measure what they cost).
     */
    private final ParseFilter speech;

    private CandidateFilter(ActorDictionary actors, PatternDictionary patterns, RuleBook rules, boolean anyPatternLemma,
                            ParseFilter speech) {
        this.actors = actors;
        this.patterns = patterns;
        this.rules = rules;
        this.anyPatternLemma = anyPatternLemma;
        this.speech = speech;
    }

    private CandidateFilter(ActorDictionary actors, PatternDictionary patterns, RuleBook rules, boolean anyPatternLemma) {
        this(actors, patterns, rules, anyPatternLemma, ParseFilter.ALL);
    }

    /** This filter with the quote stage's own choice among the sentences with a speech verb. */
    public CandidateFilter withSpeechFilter(ParseFilter quoteStageChoice) {
        return new CandidateFilter(actors, patterns, rules, anyPatternLemma, quoteStageChoice);
    }

    /** This filter parsing nothing for quotes and claims: what the pipeline would parse without the quote stage. */
    public CandidateFilter withoutQuotes() {
        return new CandidateFilter(actors, patterns, rules, anyPatternLemma, null);
    }

    /** For the rules alone: a trigger counts when one of its patterns could fire in the sentence. */
    public static CandidateFilter forRules(ActorDictionary actors, PatternDictionary patterns, RuleBook rules) {
        return new CandidateFilter(actors, patterns, rules, false);
    }

    /**
     * For the rules and the learned fallback: any word with a pattern counts, so that the fallback gets the parses
     * of the sentences whose pattern constraints fail ("boosted its presence" where the patterns want troops).
     */
    public static CandidateFilter forRulesAndFallback(ActorDictionary actors, PatternDictionary patterns, RuleBook rules) {
        return new CandidateFilter(actors, patterns, rules, true);
    }

    /**
     * An event needs a trigger and an actor (a name, or a pronoun standing for one); a quote or a reported claim
     * needs the parse to find its speaker, whoever it is ("the campaign said", "according to analysts").
     */
    @Override
    public boolean worthParsing(List<Token> tokens, String text) {
        // a quote with neither an actor nor a speech verb outside it needs no parse: its speaker continues
        if (speech == null) {
            return hasTrigger(tokens) && hasActor(tokens, true);
        }
        return hasSpeech(tokens) && speech.worthParsing(tokens, text)
                || (hasQuotationMark(text) || hasTrigger(tokens)) && hasActor(tokens, true);
    }

    /** Any mark dev.dyad.quotes.QuoteFinder reads: straight, curly double or single, doubled apostrophes. */
    static boolean hasQuotationMark(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
                || text.indexOf('\u2018') >= 0 || text.contains("''") || text.contains("``");
    }

    private boolean hasSpeech(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isVerb() && rules.isSpeechVerb(t.lowerLemma()) || t.text().equalsIgnoreCase("according")
                    && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasActor(List<Token> tokens, boolean pronouns) {
        for (Token t : tokens) {
            if (NER_ACTORS.contains(t.ner()) || actors.startsAName(t.text())
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
                && !ActorDictionary.NEED_A_COUNTRY.contains(e.code()) && !e.layer()); // layer nouns need a named actor
    }

    /**
     * A token with a pattern that could fire here: every constraint of the pattern (objects, modifiers, complements,
     * particle, prepositions) names a lemma some token of the sentence has. The parse decides the rest, so this stays
     * a superset test; it spares the parse of "boosted profits" when every pattern of "boost" wants troops.
     */
    private boolean hasTrigger(List<Token> tokens) {
        Set<String> lemmas = null;
        for (Token t : tokens) {
            String lemma = t.lowerLemma();
            if (rules.deontic(t.text().toLowerCase(java.util.Locale.ROOT)) != null) {
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
