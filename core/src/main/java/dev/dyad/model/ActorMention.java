package dev.dyad.model;

/**
 * An actor found in a sentence. Token indices are sentence-relative and inclusive; {@code head} is the
 * token that dependency arguments resolve to (the chunk's head noun, or the name's last token).
 *
 * @param code   CAMEO actor code, e.g. RUSGOV, or {@link #UNKNOWN_COUNTRY} + sector (---REB) when the text
 *               names no country for a group or titled person; never empty
 * @param entity a key shared by all mentions of one real-world actor in the article (a person's full
 *               name, or the code for states and groups); pronouns carry their antecedent's key
 * @param rule   the dictionary entry ({@code persons.txt:12}) or resolution rule that produced the code
 */
public record ActorMention(int sentence, int first, int last, int head, Span span, String text, String code,
                           Kind kind, String entity, String rule) {
    public enum Kind { PERSON, STATE, ORGANIZATION, GROUP, PRONOUN }

    /** CAMEO's country slot for an actor whose country is not given ("---REB", "---GOV"), as PETRARCH writes it. */
    public static final String UNKNOWN_COUNTRY = "---";

    public static boolean countryKnown(String code) {
        return code != null && !code.startsWith(UNKNOWN_COUNTRY);
    }

    public boolean covers(int token) {
        return first <= token && token <= last;
    }

    public String country() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }
}
