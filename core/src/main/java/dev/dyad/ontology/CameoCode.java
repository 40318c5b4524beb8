package dev.dyad.ontology;

/**
 * One CAMEO event code with its name, Goldstein score (GDELT table), QuadClass (GDELT 1-4),
 * PentaClass (Phoenix 0-4) and PLOVER event type and mode (mode may be null).
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, int pentaClass,
                        String ploverEvent, String ploverMode) {
    public String root() {
        return code.substring(0, 2);
    }
}
