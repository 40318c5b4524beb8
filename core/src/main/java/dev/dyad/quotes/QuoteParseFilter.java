package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.Token;
import dev.dyad.nlp.ParseFilter;
import java.util.List;

/**
 * Which sentences with a verb of saying (or "according to") the quote stage needs dependency-parsed: those with a
 * quotation mark (the quote's speaker may be anywhere around it) and those {@link ShallowAttribution} cannot read
 * from their tags alone. "Smith said the talks would resume." and "The talks will resume, officials said." are read
 * without the parse, and {@link QuoteStage} builds their graph the same way. The pipeline's other stages ask for
 * their own parses (event triggers with an actor); this filter only answers for quotes and claims. Thread-safe.
 */
public final class QuoteParseFilter implements ParseFilter {
    private final SpeechVerbs speech;

    public QuoteParseFilter(SpeechVerbs speech) {
        this.speech = speech;
    }

    @Override
    public boolean worthParsing(List<Token> tokens, String sentenceText) {
        return hasQuotationMark(sentenceText) || ShallowAttribution.read(tokens, speech) == null;
    }

    /** Any mark {@link QuoteFinder} reads. */
    static boolean hasQuotationMark(String text) {
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
}
