package dev.dyad.quotes;

import dev.dyad.model.Sentence;

/** The words of a noun phrase around its head, from the parse: what a speaker's description is. */
final class NounPhrase {
    private static final String[] LEFT = {"det", "amod", "compound", "nmod:poss", "nummod", "flat", "case", "advmod"};
    private static final String[] RIGHT = {"nmod", "amod", "acl", "flat", "compound", "nummod", "case"};

    private NounPhrase() {
    }

    /**
     * First and last token of the phrase headed by {@code head}: its determiners and modifiers, and the phrases after it
     * up to the first comma ("a spokesman for the Kremlin", "officials familiar with the matter"), never a relative
     * clause or an apposition.
     */
    static int[] extent(Sentence s, DepIndex idx, int head) {
        int lo = head;
        int hi = head;
        for (int c : idx.children(head)) {
            if (c < head && idx.is(c, LEFT) && !idx.relation(c).equals("case")) {
                lo = Math.min(lo, idx.extent(c)[0]);
            } else if (c > head && idx.is(c, RIGHT) && !idx.relation(c).equals("acl:relcl")) {
                hi = Math.max(hi, idx.extent(c)[1]);
            }
        }
        for (int i = head + 1; i <= hi; i++) {
            String t = s.token(i).text();
            if (t.equals(",") || t.equals("(") || t.equals("--") || t.equals("\u2014")) {
                hi = i - 1;
                break;
            }
        }
        while (lo < head && isPunctuation(s, lo)) {
            lo++;
        }
        return new int[] {lo, hi};
    }

    static boolean isPunctuation(Sentence s, int i) {
        String tag = s.token(i).pos();
        return !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0)) || tag.equals("HYPH");
    }
}
