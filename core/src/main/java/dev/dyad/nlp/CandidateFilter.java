package dev.dyad.nlp;

import dev.dyad.model.Token;
import java.util.List;

/**
 * Parses a sentence only if it has an actor candidate (a person the NER finds, a whole dictionary name, a sector
 * noun or a pronoun) and something that needs the parse (an event trigger of the right part of speech, or a
 * quotation mark), or if it names the speaker of a quote or, when every claim is wanted, of a reported claim.
 * A cheap superset test: it may let through sentences that code nothing, never the reverse. What the dictionaries
 * know (names, sector nouns, speech verbs, event patterns) it asks of a {@link CandidateLexicon}, so that this
 * package imports no dictionary; the pipeline assembler hands in one backed by the loaded dictionaries.
 * Thread-safe when the lexicon is.
 */
public final class CandidateFilter implements ParseFilter {
    /** Only persons: places and organisations become actors through the dictionaries, never through NER alone. */
    private static final String NER_ACTOR = "PERSON";
    private final CandidateLexicon lexicon;
    private final boolean everyClaim;
    private final ParseFilter claimChoice;

    /**
     * @param everyClaim parse every sentence with a speech verb, for the commands that write quotes and claims; else
     *                   only those that can hold an event or a quote (what {@code dyad code} writes needs no more)
     */
    public CandidateFilter(CandidateLexicon lexicon, boolean everyClaim) {
        this(lexicon, everyClaim, ParseFilter.ALL);
    }

    /**
     * @param claimChoice among the sentences with a speech verb and no quotation mark, those the quote stage needs
     *                    parsed when every claim is wanted ({@code dev.dyad.quotes.QuoteParseFilter} spares the plain
     *                    forms it reads from the tags: docs/quotes.md)
     */
    public CandidateFilter(CandidateLexicon lexicon, boolean everyClaim, ParseFilter claimChoice) {
        this.lexicon = lexicon;
        this.everyClaim = everyClaim;
        this.claimChoice = claimChoice;
    }

    /** This filter with another choice of claim sentences ({@code ParseFilter.ALL}: every one, as before issue 15's cost work). */
    public CandidateFilter withClaimChoice(ParseFilter choice) {
        return new CandidateFilter(lexicon, everyClaim, choice);
    }

    /**
     * An event needs a trigger and an actor (a name, or a pronoun standing for one). A sentence with a speech verb
     * and an actor is parsed too, whatever it holds: the actor stage notes its subject, which later pronouns refer
     * to, so its parse shapes events elsewhere. So is the sentence that names a quote's speaker, whoever it is
     * ("…," the campaign said), as an event inside the quote takes that speaker as its attribution. What is left, a
     * claim with no actor candidate, no quotation mark and no trigger ("The company said profits rose"), can shape
     * no event: it is parsed only when every claim is wanted. Parsing is most of the pipeline's cost
     * (docs/performance.md), so what is parsed is what the output needs.
     */
    @Override
    public boolean worthParsing(List<Token> tokens, String text) {
        boolean quotation = hasQuotationMark(text);
        if (hasSpeech(tokens) && (quotation || hasActor(tokens) || everyClaim && claimChoice.worthParsing(tokens, text))) {
            return true;
        }
        // a quote with neither an actor nor a speech verb in its sentence needs no parse: its speaker continues
        return (quotation || lexicon.hasTrigger(tokens)) && hasActor(tokens);
    }

    /**
     * Any mark the quote finder reads: straight, curly double, curly single (a closing one only where no letter
     * follows: not the apostrophe of "Russia’s"), doubled apostrophes. The one definition: the quote stage's parse
     * filter asks it too, so both filters agree on which sentences hold a quote.
     */
    public static boolean hasQuotationMark(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
                || text.indexOf('\u2018') >= 0 || closingSingle(text) || text.contains("''") || text.contains("``");
    }

    /** A right single mark not followed by a letter: a British quote closing ("...,’ she said"), or a plural's apostrophe. */
    private static boolean closingSingle(String text) {
        for (int i = text.indexOf('\u2019'); i >= 0; i = text.indexOf('\u2019', i + 1)) {
            if (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSpeech(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isVerb() && lexicon.isSpeechVerb(t.lowerLemma()) || t.text().equalsIgnoreCase("according")
                    && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person the NER finds, an actor the lexicon knows at some token, or a pronoun: the actor stage resolves "he",
     * "they" and "it" to earlier actors, the quote stage "we" to a quote's speaker, so any pronoun may stand for one
     * (those stages decide which do).
     */
    private boolean hasActor(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.ner().equals(NER_ACTOR) || t.isPronoun() || lexicon.isActorAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }
}
