package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.petrarch.ImportReport.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary ({@code !SUBST! = A, B} substitutions, {@code PHRASE {PLURALS} [~CODE]})
 * into dyad sector nouns ({@code CODE | noun | phrase}, see {@code actors/FORMAT.md}).
 */
public final class PetrarchAgents {
    private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z0-9]+)!\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");

    private PetrarchAgents() {
    }

    public static void read(String file, String text, ImportReport report, List<DictionaryLine> out,
                            Map<String, String> phrases) {
        Map<String, List<String>> subst = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String l = PetrarchActors.clean(lines[i]);
            if (l.isEmpty()) {
                continue;
            }
            Matcher s = SUBSTITUTION.matcher(l);
            if (s.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : s.group(2).split(",")) {
                    values.add(v.trim());
                }
                subst.put(s.group(1), values);
                continue;
            }
            Matcher m = ENTRY.matcher(l);
            if (!m.matches()) {
                throw new DictionaryException(file, n, "malformed agent line '" + l + "' (expected PHRASE [~CODE] "
                        + "or PHRASE {PLURALS} [~CODE])");
            }
            String raw = m.group(3).replace(" ", "");
            String code;
            if (raw.startsWith("~")) {
                code = raw.substring(1);
            } else if (raw.endsWith("~")) {
                code = raw.substring(0, raw.length() - 1);
                report.add(file + ":" + n, Severity.APPROXIMATED, "agent code before the actor (CODE~)",
                        "[" + raw + "] appended after the country like ~" + code);
            } else {
                throw new DictionaryException(file, n, "agent code '" + raw + "' without '~' (expected ~CODE or CODE~)");
            }
            if (!CODE.matcher(code).matches()) {
                throw new DictionaryException(file, n, "malformed agent code '" + raw + "' (upper-case 3-letter groups)");
            }
            for (String phrase : expand(file, n, m.group(1), subst)) {
                for (String variant : variants(phrase)) {
                    String before = phrases.putIfAbsent("agent\u0000" + variant, file + ":" + n);
                    if (before == null) {
                        out.add(new DictionaryLine(file, n, List.of(code, "noun", variant), ""));
                    } else if (!before.equals(file + ":" + n)) {
                        report.add(file + ":" + n, Severity.UNSUPPORTED, "agent phrase defined twice",
                                "'" + variant + "' already at " + before + ": not loaded");
                    }
                }
            }
        }
    }

    /** Replaces each {@code !NAME!} by each of its values; underscores are spaces. */
    private static List<String> expand(String file, int n, String phrase, Map<String, List<String>> subst) {
        int a = phrase.indexOf('!');
        if (a < 0) {
            return List.of(phrase.replace('_', ' ').trim().toLowerCase(Locale.ROOT));
        }
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) {
            throw new DictionaryException(file, n, "unclosed !substitution! in '" + phrase + "'");
        }
        List<String> values = subst.get(phrase.substring(a + 1, b));
        if (values == null) {
            throw new DictionaryException(file, n, "unknown substitution " + phrase.substring(a, b + 1));
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(file, n, phrase.substring(0, a) + v + phrase.substring(b + 1), subst));
        }
        return out;
    }

    /** dyad matches sector nouns on lemmas: a plural entry ("troops") is also loaded as its singular ("troop"). */
    private static Set<String> variants(String phrase) {
        Set<String> v = new LinkedHashSet<>();
        v.add(phrase);
        String[] w = phrase.split(" ");
        String last = w[w.length - 1];
        String lemma = PetrarchVerbs.nounLemma(last);
        if (!lemma.equals(last)) {
            w[w.length - 1] = lemma;
            v.add(String.join(" ", w));
        }
        return v;
    }
}
