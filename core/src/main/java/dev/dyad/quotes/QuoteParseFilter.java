package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.Token;
import dev.dyad.nlp.CandidateFilter;
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
        return CandidateFilter.hasQuotationMark(sentenceText) || ShallowAttribution.read(tokens, speech) == null;
    }
}
