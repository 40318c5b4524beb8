package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Attribution;
import dev.dyad.model.AttributedQuote;
import dev.dyad.model.Quote;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import java.util.List;

/**
 * Who reported an event: the speaker of the direct quote it is in, else of the innermost reported claim
 * ({@code dev.dyad.quotes}: the same speakers as {@code dyad quotes} gives), else the subject of the speech verb
 * governing it. Thread-safe.
 */
final class AttributionFinder {
    private final RuleBook rules;
    private final SpeechVerbs speech;

    AttributionFinder(RuleBook rules, SpeechVerbs speech) {
        this.rules = rules;
        this.speech = speech;
    }

    /** The attribution of the event at {@code trigger}; null when no one is reported as saying it. */
    Attribution of(AnnotatedDocument doc, Sentence s, int trigger, List<ActorMention> mentions) {
        Token t = s.token(trigger);
        Span at = new Span(t.start(), t.end());
        AttributedQuote claim = null;
        for (AttributedQuote aq : doc.attributedQuotes()) {
            Quote q = aq.quote();
            if (q.speaker() == null || !q.covers(at)) {
                continue;
            }
            if (q.kind() == Quote.Kind.DIRECT) {
                return fromQuote(aq, "direct quote by '");
            }
            if (claim == null || q.charSpan().length() < claim.quote().charSpan().length()) {
                claim = aq;
            }
        }
        if (claim != null) {
            return fromQuote(claim, "reported claim by '");
        }
        int node = trigger;
        for (int guard = 0; node >= 0 && guard < 12; guard++) {
            int gov = s.governor(node);
            String rel = s.relation(node);
            if (gov >= 0 && rules.isSpeechVerb(s.token(gov).lowerLemma()) && (rel.equals("ccomp") || rel.equals("parataxis"))) {
                return speakerOf(s, gov, mentions);
            }
            if (gov < 0) {
                // "Russia is expected to ..., Russia's top diplomat announced": the speech verb hangs below the clause
                for (int c : s.children(node, "parataxis", "ccomp", "advcl")) {
                    if (rules.isSpeechVerb(s.token(c).lowerLemma()) && c != trigger) {
                        return speakerOf(s, c, mentions);
                    }
                }
            }
            node = gov;
        }
        return null;
    }

    private static Attribution fromQuote(AttributedQuote aq, String how) {
        Quote q = aq.quote();
        String code = q.speaker().code();
        String country = code == null || code.length() < 3 ? null : code.substring(0, 3);
        return new Attribution(q.speaker(), country, aq.speakerEntity(), how + q.speaker().text() + "'");
    }

    private Attribution speakerOf(Sentence s, int speechVerb, List<ActorMention> mentions) {
        ActorMention who = speech.speaker(s, speechVerb, mentions);
        return who == null ? null : Attribution.of(who, "subject of '" + s.token(speechVerb).text() + "'");
    }
}
