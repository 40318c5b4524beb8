package dev.dyad.events;

import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One line of the event pattern dictionary (see events/FORMAT.md). Empty sets mean "no constraint".
 *
 * @param target null (default argument search), "obj", "none", or "prep:with"-style
 * @param phrases {@code pp=} constraints: preposition -> lemmas of its noun ({@code *}: any noun)
 * @param underlay true for a pattern of an imported layer (phoenix-verbs.txt), tried only where no own pattern matches
 */
public record EventPattern(String code, boolean verb, String lemma, String particle, Set<String> objects,
                           Set<String> modifiers, Set<String> preps, Set<String> xcomps, String target, String where,
                           Map<String, Set<String>> phrases, boolean underlay) {
    public EventPattern {
        phrases = Map.copyOf(phrases);
    }

    /** A pattern of dyad's own, without prepositional-phrase constraints. */
    public EventPattern(String code, boolean verb, String lemma, String particle, Set<String> objects,
                        Set<String> modifiers, Set<String> preps, Set<String> xcomps, String target, String where) {
        this(code, verb, lemma, particle, objects, modifiers, preps, xcomps, target, where, Map.of(), false);
    }

    /** The code of a pattern that says a construction is no event ("met its payments"): it wins and codes nothing. */
    public static final String NO_EVENT = "---";

    /** {@code obj=*}: the trigger needs a direct object (or passive subject), whatever its word. */
    public static final String ANY = "*";

    public boolean codesNothing() {
        return code.equals(NO_EVENT);
    }

    /**
     * The words a constraint lemma is compared with: CoreNLP's lemma, the lower-cased text, and that text without a
     * plural "s" (CoreNLP keeps "troops" as its own lemma, and patterns write the singular "troop").
     */
    public static List<String> forms(Token t) {
        String text = t.text().toLowerCase(Locale.ROOT);
        return text.length() > 3 && text.endsWith("s") && t.isNoun()
                ? List.of(t.lowerLemma(), text, text.substring(0, text.length() - 1))
                : List.of(t.lowerLemma(), text);
    }

    /** More constraints = more specific; the most specific matching pattern wins. */
    public int specificity() {
        return (particle == null ? 0 : 2) + (objects.isEmpty() ? 0 : 2) + (modifiers.isEmpty() ? 0 : 1)
                + (preps.isEmpty() ? 0 : 2) + (xcomps.isEmpty() ? 0 : 2) + 2 * phrases.size();
    }

    public String describe() {
        return where + " [" + code + " " + (verb ? "V " : "N ") + lemma + (particle == null ? "" : " " + particle) + "]";
    }
}
