package dev.dyad.dedup;

/**
 * An actor code at country level, the unit of dyads and deduplication: the first three letters of a
 * state or sector code ({@code RUSGOV} → {@code RUS}, {@code WST} → {@code WST}), but the whole code of an
 * international or non-governmental organisation ({@code IGOWSTNAT} stays {@code IGOWSTNAT}), since
 * "IGO" alone would merge NATO with the UN.
 */
public final class CountryLevel {
    private CountryLevel() {
    }

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.startsWith("IGO") || code.startsWith("NGO") || code.length() <= 3) {
            return code;
        }
        return code.substring(0, 3);
    }
}
