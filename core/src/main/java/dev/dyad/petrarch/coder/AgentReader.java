package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Agent;
import dev.dyad.petrarch.coder.PetrarchLines.Line;
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
 * Reads a PETRARCH agent dictionary: {@code PHRASE {PLURALS} [~CODE]} (the code after the actor's) or
 * {@code [CODE~]} (before it); without {@code {...}} the regular plural is added, {@code {}} adds none.
 * {@code !NAME! = A, B} defines a substitution used as {@code !NAME!} in later phrases. Lines dyad reads more
 * loosely ({@code [~CODE}} closed by a brace, a code without {@code ~}) or not at all are reported. Stateless.
 */
final class AgentReader {
    private static final Pattern SUBST = Pattern.compile("!([A-Z0-9]+)!\\s*=\\s*(.+)");
    private static final Pattern AGENT = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*([^\\]}]*?)\\s*([\\]}])");
    private static final Pattern MARKER = Pattern.compile("!([A-Z0-9]+)!");

    private AgentReader() {
    }

    static void read(List<Line> lines, PetrarchLexicon into, DefectReport report) {
        Map<String, List<String>> subst = new HashMap<>();
        for (Line l : lines) {
            String line = l.text();
            Matcher s = SUBST.matcher(line);
            if (s.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : s.group(2).split(",")) {
                    values.add(v.trim().toUpperCase(Locale.ROOT));
                }
                subst.put(s.group(1), values);
                continue;
            }
            Matcher m = AGENT.matcher(line);
            if (!m.find()) {
                report.skipped(l, "not an agent line (PHRASE [~CODE])");
                continue;
            }
            if (m.group(4).equals("}")) {
                report.approximated(l, "code closed by '}' read as closed by ']'");
            }
            String code = m.group(3).replace(" ", "").toUpperCase(Locale.ROOT);
            if (code.isEmpty() || code.equals("~")) {
                report.skipped(l, "agent without a code");
                continue;
            }
            boolean before = code.endsWith("~");
            if (!code.contains("~")) {
                report.approximated(l, "agent code without '~' read as ~CODE (after the actor's)");
            }
            code = code.replace("~", "");
            String phrase = m.group(1).trim().toUpperCase(Locale.ROOT);
            Matcher marker = MARKER.matcher(phrase);
            if (marker.find() && !subst.containsKey(marker.group(1))) {
                report.skipped(l, "substitution !" + marker.group(1) + "! not defined above");
                continue;
            }
            for (String p : expand(phrase, subst)) {
                Set<String> forms = new LinkedHashSet<>();
                forms.add(p);
                if (m.group(2) != null) {
                    String inner = m.group(2).substring(1, m.group(2).length() - 1).trim();
                    for (String f : inner.split("\\s+")) {
                        if (!f.isBlank()) {
                            forms.add(f.toUpperCase(Locale.ROOT));
                        }
                    }
                } else if (!p.isBlank()) {
                    forms.add(Inflections.agentPlural(p));
                }
                for (String f : forms) {
                    List<String> w = PetrarchLexicon.words(f);
                    if (!w.isEmpty()) {
                        into.agents.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Agent(w, code, before));
                    }
                }
            }
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> subst) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find() || !subst.containsKey(m.group(1))) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>();
        for (String v : subst.get(m.group(1))) {
            out.addAll(expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), subst));
        }
        return out;
    }
}
