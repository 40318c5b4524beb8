package dev.dyad.dedup;

/**
 * An actor code at country level, the unit of dyads and deduplication: the first three letters of a
 * state or sector code ({@code RUSGOV} → {@code RUS}, {@code WST} → {@code WST}), but the whole code of an
 * international or non-governmental organisation ({@code IGOWSTNAT} stays {@code IGOWSTNAT}), since
 * "IGO" alone would merge NATO with the UN, and the whole code of an actor whose country is unknown
 * ({@code ---REB}), since "---" alone would merge rebels with governments.
 */
public final class CountryLevel {
    private CountryLevel() {
    }

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        // an actor of unknown country ("---REB") is only comparable by its sector
        if (code.startsWith("IGO") || code.startsWith("NGO") || code.length() <= 3
                || !dev.dyad.model.ActorMention.countryKnown(code)) {
            return code;
        }
        return code.substring(0, 3);
    }
}
