package dev.dyad.input;

/**
 * Which article ids dyad accepts. An id is a key in the store, in file names of exports and in URLs of the
 * workbench, so it must be printable text: no control characters (NUL, newline, ...), no invisible format
 * characters (bidi overrides, zero-width), no unpaired surrogates, and at most {@link #MAX_LENGTH} characters.
 */
public final class ArticleIds {
    public static final int MAX_LENGTH = 512;

    private ArticleIds() {
    }

    /** What is wrong with {@code id}, or null when it is a valid article id. */
    public static String problem(String id) {
        if (id == null || id.isBlank()) {
            return "missing \"id\"";
        }
        if (id.length() > MAX_LENGTH) {
            return "\"id\" of " + id.length() + " characters is over the limit of " + MAX_LENGTH;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return String.format("\"id\" contains the control or format character U+%04X at %d; ids must be printable text",
                        (int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "\"id\" contains an unpaired surrogate at " + i + "; ids must be valid Unicode text";
            }
        }
        return null;
    }
}
