package dev.dyad.nlp;

import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a sentence only if it has an actor candidate (a named entity, a dictionary name, a sector noun
 * or a personal pronoun) and something that needs the parse (an event trigger of the right part of speech, or a
 * quotation mark).
 * A cheap superset test: it may let through sentences that code nothing, never the reverse. What the dictionaries
 * know (names, sector nouns, speech verbs, event patterns) it asks of a {@link CandidateLexicon}, so that this
 * package imports no dictionary; the pipeline assembler hands in one backed by the loaded dictionaries.
 * Thread-safe when the lexicon is.
 */
public final class CandidateFilter implements ParseFilter {
    /** Only persons: places and organisations become actors through the dictionaries, never through NER alone. */
    private static final Set<String> NER_ACTORS = Set.of("PERSON");
    /** Pronouns that can stand for an actor ("it" and "its" rarely do in event sentences). */
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "i", "him", "her", "them", "us",
            "his", "their", "our");
    private final CandidateLexicon lexicon;

    public CandidateFilter(CandidateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * An event needs a trigger and an actor (a name, or a pronoun standing for one); a quote or a reported claim
     * needs the parse to find its speaker, whoever it is ("the campaign said", "according to analysts").
     */
    @Override
    public boolean worthParsing(List<Token> tokens, String text) {
        // a quote with neither an actor nor a speech verb outside it needs no parse: its speaker continues
        return hasSpeech(tokens) || (hasQuotationMark(text) || lexicon.hasTrigger(tokens)) && hasActor(tokens);
    }

    /** Any mark the quote finder reads: straight, curly double or single, doubled apostrophes. */
    static boolean hasQuotationMark(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
                || text.indexOf('\u2018') >= 0 || text.contains("''") || text.contains("``");
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

    private boolean hasActor(List<Token> tokens) {
        for (Token t : tokens) {
            if (NER_ACTORS.contains(t.ner()) || lexicon.isActorWord(t)
                    || t.isPronoun() && PERSONAL.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
