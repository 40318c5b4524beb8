package dev.dyad.events;

import dev.dyad.model.Modality;

/**
 * A trigger that matched a pattern, before arguments are attached. {@code code} may differ from the
 * pattern's code after control-verb or intent/threat re-coding; {@code codeRule} says why.
 *
 * @param argumentHead the token whose arguments give source and target: the trigger for verbs, the
 *                     light verb for "held talks with"
 * @param controller   the control verb above the trigger ("rejected a proposal to mediate"), or -1
 */
record Candidate(int trigger, EventPattern pattern, String code, String codeRule, Modality modality,
                 String modalityRule, int argumentHead, boolean nominal, int controller) {
    Candidate recoded(String newCode, String why, Modality m, String modalityWhy) {
        return new Candidate(trigger, pattern, newCode, why, m, modalityWhy, argumentHead, nominal, controller);
    }

    /** The same candidate with its arguments read off another verb (as a verb, not as an event noun). */
    Candidate withArgumentHead(int verb) {
        return new Candidate(verb, pattern, code, codeRule, modality, modalityRule, verb, false, controller);
    }

    Candidate controlledBy(int verb) {
        return new Candidate(trigger, pattern, code, codeRule, modality, modalityRule, argumentHead, nominal, verb);
    }
}
