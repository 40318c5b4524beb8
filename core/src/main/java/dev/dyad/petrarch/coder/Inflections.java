package dev.dyad.petrarch.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regular English forms PETRARCH generates from a dictionary entry: a verb's -S/-ED/-ING forms (with a doubled
 * final consonant where English doubles it), an agent's plural (-S, -ES, -IES, -MAN to -MEN) and a synonym set
 * member's plural (-S, -IES, -ES after S). Upper-case words in, upper-case words out. Stateless.
 */
public final class Inflections {
    private Inflections() {
    }

    /** The regular forms of a verb form's verb word ({@code +}-marked, else the first of its {@code _}-joined words). */
    static List<String> verbForms(String form) {
        String[] w = form.split("_");
        int verb = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i].startsWith("+")) {
                verb = i;
            }
        }
        String v = w[verb].replace("+", "").toUpperCase(Locale.ROOT);
        String mark = w[verb].startsWith("+") ? "+" : "";
        List<String> out = new ArrayList<>();
        for (String inf : regularVerb(v)) {
            String[] copy = w.clone();
            copy[verb] = mark + inf;
            out.add(String.join("_", copy));
        }
        return out;
    }

    /** -S/-ES/-IES, -ED/-D/-IED, -ING, and the doubled final consonant after one short vowel ({@code STOPPED}). */
    static List<String> regularVerb(String v) {
        List<String> out = new ArrayList<>();
        if (v.length() < 2) {
            return out;
        }
        char last = v.charAt(v.length() - 1);
        char prev = v.charAt(v.length() - 2);
        boolean vowel = "AEIOU".indexOf(prev) >= 0;
        if (last == 'E') {
            out.add(v + "S");
            out.add(v + "D");
            out.add(v.substring(0, v.length() - 1) + "ING");
        } else if (last == 'Y' && !vowel) {
            out.add(v.substring(0, v.length() - 1) + "IES");
            out.add(v.substring(0, v.length() - 1) + "IED");
            out.add(v + "ING");
        } else {
            out.add(v.endsWith("S") || v.endsWith("SH") || v.endsWith("CH") || v.endsWith("X") ? v + "ES" : v + "S");
            out.add(v + "ED");
            out.add(v + "ING");
            if ("AEIOUWXY".indexOf(last) < 0 && vowel && (v.length() < 3 || "AEIOU".indexOf(v.charAt(v.length() - 3)) < 0)) {
                out.add(v + last + "ED");
                out.add(v + last + "ING");
            }
        }
        return out;
    }

    /** An agent phrase's regular plural (its last word): -MAN to -MEN, consonant + Y to -IES, -S/-X/-CH/-SH + ES, else + S. */
    static String agentPlural(String phrase) {
        String p = phrase.trim();
        if (p.endsWith("MAN")) {
            return p.substring(0, p.length() - 3) + "MEN";
        } else if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "IES";
        } else if (p.endsWith("S") || p.endsWith("X") || p.endsWith("CH") || p.endsWith("SH")) {
            return p + "ES";
        }
        return p + "S";
    }

    /** A synonym set member's plural as dictionaries.rst gives it: Y to IES, S + ES, else + S. */
    static String synonymPlural(String member) {
        String p = member.trim();
        if (p.endsWith("Y")) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        return p.endsWith("S") ? p + "ES" : p + "S";
    }
}
