package dev.dyad.learned;

/**
 * The Phoenix PentaClass of a CAMEO code (0 neutral … 4 material conflict), the label the sentence
 * classifier predicts. {@link #code()} is the number used in data files and in {@code CameoCode.pentaClass()}.
 */
public enum PentaClass {
    NEUTRAL("neutral"),
    VERBAL_COOPERATION("verbal cooperation"),
    MATERIAL_COOPERATION("material cooperation"),
    VERBAL_CONFLICT("verbal conflict"),
    MATERIAL_CONFLICT("material conflict");

    private final String label;

    PentaClass(String label) {
        this.label = label;
    }

    public int code() {
        return ordinal();
    }

    public String label() {
        return label;
    }

    public static PentaClass of(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("PentaClass must be 0-4, got " + code);
        }
        return values()[code];
    }
}
