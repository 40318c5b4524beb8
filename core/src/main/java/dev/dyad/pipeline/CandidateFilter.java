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
    private static final String NER_ACTOR = "PERSON";
    private final ActorDictionary actors;
    private final PatternDictionary patterns;
    private final RuleBook rules;
    private final boolean anyPatternLemma;
    private final PipelineConfig.Quotes quotes;

    private CandidateFilter(ActorDictionary actors, PatternDictionary patterns, RuleBook rules, boolean anyPatternLemma,
                            PipelineConfig.Quotes quotes) {
        this.actors = actors;
        this.patterns = patterns;
        this.rules = rules;
        this.anyPatternLemma = anyPatternLemma;
        this.quotes = quotes;
    }

    /** For the rules alone: a trigger counts when one of its patterns could fire in the sentence. */
    public static CandidateFilter forRules(ActorDictionary actors, PatternDictionary patterns, RuleBook rules,
                                           PipelineConfig.Quotes quotes) {
        return new CandidateFilter(actors, patterns, rules, false, quotes);
    }

    /**
     * For the rules and the learned fallback: any word with a pattern counts, so that the fallback gets the parses
     * of the sentences whose pattern constraints fail ("boosted its presence" where the patterns want troops).
     */
    public static CandidateFilter forRulesAndFallback(ActorDictionary actors, PatternDictionary patterns, RuleBook rules,
                                                      PipelineConfig.Quotes quotes) {
        return new CandidateFilter(actors, patterns, rules, true, quotes);
    }

    /**
     * An event needs a trigger and an actor (a name, or a pronoun standing for one); a quote needs the parse of the
     * sentences that name its speaker, whoever it is ("…," the campaign said), as an event inside it takes that
     * speaker as its attribution. A reported claim without a quotation mark, an actor or a trigger ("The company said
     * profits rose") can attribute no event: it is parsed only when every quote is wanted ({@link PipelineConfig.Quotes#ALL}).
     * Parsing is most of the pipeline's cost (docs/performance.md), so what is parsed is what the output needs.
     */
    @Override
    public boolean worthParsing(List<Token> tokens, String text) {
        boolean quotation = hasQuotationMark(text);
        if ((quotation || quotes == PipelineConfig.Quotes.ALL) && hasSpeech(tokens)) {
            return true;
        }
        // a quote with neither an actor nor a speech verb in its sentence needs no parse: its speaker continues
        return (quotation || hasTrigger(tokens)) && hasActor(tokens);
    }

    /** Any mark dev.dyad.quotes.QuoteFinder reads: straight, curly double or single, doubled apostrophes. */
    public static boolean hasQuotationMark(String text) {
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

    /**
     * A name of the dictionaries, a person the NER finds, a sector noun that makes an actor on its own, or a pronoun:
     * the actor stage resolves "he", "they" and "it" to earlier actors, the quote stage "we" to a quote's speaker, so
     * any pronoun may stand for one (those stages decide which do).
     */
    private boolean hasActor(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.ner().equals(NER_ACTOR) || actors.nameAt(tokens, i) || t.isNoun() && isSectorNoun(t) || t.isPronoun()) {
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
