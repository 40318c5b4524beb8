package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Attribution;
import dev.dyad.model.Modality;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;

/**
 * Re-codes an event by who its source is: a future act announced by its own source is an intent or a threat, violence
 * by armed forces is military force, violence by protesters is a violent protest. The words each rule looks for are
 * {@code events/rules.txt} rules ({@code military-platform}, {@code popular-sector}). Thread-safe.
 */
final class SourceRecoding {
    private final RuleBook rules;

    SourceRecoding(RuleBook rules) {
        this.rules = rules;
    }

    /** All three re-codings, in order: announcement, armed forces, protesters. */
    Candidate apply(Sentence s, Candidate c, ActorMention source, Attribution attribution) {
        return byProtesters(byArmedForces(s, selfAnnounced(c, source, attribution), source), source);
    }

    /**
     * A future act of cooperation is a statement of intent ("Fischer will visit Albania in June, the embassy
     * said": 036, attributed to the embassy). A future act of conflict is a threat only when its own source
     * announces it, or the text states it with no one else reporting it; one a third party reports ("Kyiv said
     * Moscow will attack") stays future, as it is a claim about Moscow, not a threat Moscow made.
     */
    private Candidate selfAnnounced(Candidate c, ActorMention source, Attribution attribution) {
        if (c.modality() != Modality.FUTURE) {
            return c;
        }
        boolean thirdParty = attribution != null && attribution.country() != null
                && !attribution.country().equals(source.country());
        for (String mapping : thirdParty ? List.of("intent") : List.of("intent", "threat")) {
            String mapped = rules.map(mapping, c.code());
            boolean applies = mapping.equals("intent") ? CameoRoots.between(c.code(), 3, 8)
                    : CameoRoots.between(c.code(), 14, 20);
            if (mapped != null && applies) {
                String by = thirdParty ? " reported by a third party" : " announced by its source";
                return c.recoded(mapped, "future " + c.code() + by + " -> " + mapping, Modality.ASSERTED,
                        "announced " + mapping + " (was future: " + c.modalityRule() + ")");
            }
        }
        return c;
    }

    /**
     * "Serb troops killed three villagers", "Russian aircraft killed 46 civilians": unconventional violence by
     * armed forces, or by the weapons only armed forces field, is military force.
     */
    private Candidate byArmedForces(Sentence s, Candidate c, ActorMention source) {
        String armed = source.code().startsWith("MIL", 3) ? source.text() : s.children(c.trigger(), "nsubj").stream()
                .map(subject -> s.token(subject)).filter(t -> rules.in(RuleBook.WordList.MILITARY_PLATFORM, t.lowerLemma()))
                .map(Token::text).findFirst().orElse(null);
        return bySource(c, "military", armed);
    }

    /**
     * "Protesters clashed with police": violence by protesters, strikers or farmers on the street is a violent
     * protest (the {@code popular} map), not military force.
     */
    private Candidate byProtesters(Candidate c, ActorMention source) {
        boolean popular = rules.in(RuleBook.WordList.POPULAR_SECTOR, source.code().length() >= 6 ? source.code().substring(3, 6) : "");
        return bySource(c, "popular", popular ? source.text() : null);
    }

    /** Re-codes by a source map ({@code military}, {@code popular}) when {@code who}, the words calling for it, is set. */
    private Candidate bySource(Candidate c, String mapping, String who) {
        String mapped = who == null ? null : rules.map(mapping, c.code());
        if (mapped == null || mapped.equals(c.code())) {
            return c;
        }
        return c.recoded(mapped, mapping + " via '" + who + "' from " + c.code(), c.modality(), c.modalityRule());
    }
}
