package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Russia said on Tuesday that Sudan must return the helicopter": a deontic modal ({@code deontic} rules) on the
 * complement of a speech verb is a demand by the speaker on the complement's subject; the trigger is the speech verb.
 * No demand when either side is not an actor, or both are the same actor ("we must act"). Thread-safe.
 */
final class DeonticDemands {
    private final RuleBook rules;
    private final SpeechVerbs speech;
    private final CandidateFinder candidates;
    private final EventAssembler assembler;

    DeonticDemands(RuleBook rules, SpeechVerbs speech, CandidateFinder candidates, EventAssembler assembler) {
        this.rules = rules;
        this.speech = speech;
        this.candidates = candidates;
        this.assembler = assembler;
    }

    List<EventCoding> of(AnnotatedDocument doc, Sentence s, List<ActorMention> mentions) {
        List<EventCoding> out = new ArrayList<>();
        for (int m = 0; m < s.size(); m++) {
            String code = rules.deontic(s.token(m).text().toLowerCase(Locale.ROOT));
            if (code == null || !s.relation(m).equals("aux")) {
                continue;
            }
            int predicate = s.governor(m);
            int verb = predicate < 0 ? -1 : s.governor(predicate);
            String rel = predicate < 0 ? "" : s.relation(predicate);
            if (verb < 0 || !(rel.equals("ccomp") || rel.equals("parataxis"))
                    || !rules.isSpeechVerb(s.token(verb).lowerLemma())) {
                continue;
            }
            ActorMention demander = speech.speaker(s, verb, mentions);
            List<ActorMention> demanded = assembler.subjects().subjectOf(s, predicate, mentions);
            if (demander == null || demanded.isEmpty()) {
                continue;
            }
            Candidate c = candidates.ruleless(s, verb, code, "events/rules.txt deontic '" + s.token(m).text() + "'");
            for (ActorMention target : demanded) {
                if (!target.entity().equals(demander.entity())) {
                    out.add(assembler.event(doc, s, c, dev.dyad.model.ActorRef.of(demander), target, null));
                }
            }
        }
        return out;
    }
}
