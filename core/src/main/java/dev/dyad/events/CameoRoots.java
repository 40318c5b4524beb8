package dev.dyad.events;

/** Ranges of CAMEO roots (the code's first two digits), as the coding rules name them. */
final class CameoRoots {
    /** CAMEO roots (from, to) coded without a stated source: disapprove (11) to mass violence (20). */
    static final int UNSTATED_SOURCE_FROM = 11;
    static final int UNSTATED_SOURCE_TO = 20;

    private CameoRoots() {
    }

    static boolean between(String code, int lo, int hi) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= lo && root <= hi;
    }
}
