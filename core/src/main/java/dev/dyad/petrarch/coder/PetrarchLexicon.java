package dev.dyad.petrarch.coder;

import dev.dyad.dict.DictionaryException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH's actor, agent and verb dictionaries as PETRARCH2 reads them, for {@link PetrarchCoder}: phrases
 * are upper-case word lists matched on whole words; actor codes keep their date restrictions; agent codes
 * keep their side ({@code ~GOV} after the actor, {@code NGO~} before it); verb families keep their patterns
 * with the words before and after {@code *}. Immutable once read; thread-safe.
 */
public final class PetrarchLexicon {
    /** An actor code valid from {@code from} to {@code to} (inclusive, yyyymmdd); {@code codes} empty: a null code. */
    public record DatedCode(List<String> codes, long from, long to) {
    }

    /** {@code gaps.get(k)}: word k was written after a space (not {@code _}), so adjectives may come between. */
    public record Actor(List<String> words, List<Boolean> gaps, List<DatedCode> codes) {
        /** The codes for a date: the first restriction covering it, else the undated code; null when none. */
        public List<String> codesOn(LocalDate date) {
            long d = date == null ? 0 : date.getYear() * 10000L + date.getMonthValue() * 100L + date.getDayOfMonth();
            List<String> fallback = null;
            for (DatedCode c : codes) {
                boolean undated = c.from == Long.MIN_VALUE && c.to == Long.MAX_VALUE;
                if (undated) {
                    if (fallback == null) {
                        fallback = c.codes;
                    }
                } else if (d != 0 && d >= c.from && d <= c.to) {
                    return c.codes;
                }
            }
            return fallback;
        }
    }

    /** {@code before}: a {@code CODE~} agent, written before the actor's code. */
    public record Agent(List<String> words, String code, boolean before) {
    }

    /** One element of a verb pattern. */
    public enum Kind { WORD, SYNSET, SKIP, SOURCE, TARGET, COMPOUND }

    /** {@code joined}: connected by {@code _} to the element nearer the verb (so no word may come between). */
    public record Element(Kind kind, String text, boolean joined) {
    }

    /** {@code upper}: elements before {@code *}, nearest the verb first; {@code lower}: after it, in order. */
    public record VerbPattern(List<Element> upper, List<Element> lower, String code, int line) {
        int weight() {
            int w = 0;
            for (Element e : upper) {
                w += e.kind == Kind.WORD || e.kind == Kind.SYNSET ? 1 : 0;
            }
            for (Element e : lower) {
                w += e.kind == Kind.WORD || e.kind == Kind.SYNSET ? 1 : 0;
            }
            return w;
        }
    }

    public record Family(String name, String code, List<VerbPattern> patterns) {
    }

    /** A verb form: the verb word, words required right before it and right after it, its own code or null. */
    public record VerbForm(String verb, List<String> before, List<String> after, String code, Family family) {
    }

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RESTRICTED = Pattern.compile("([A-Za-z0-9-]*)\\s*(<|>)\\s*(\\d{6}|\\d{8})|([A-Za-z0-9-]*)\\s*(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8})");

    final Map<String, List<Actor>> actors = new HashMap<>();
    final Map<String, List<Agent>> agents = new HashMap<>();
    final Map<String, List<VerbForm>> verbs = new HashMap<>();
    final Map<String, List<List<String>>> synsets = new HashMap<>();

    private String verbFile = "verbs";

    PetrarchLexicon() {
    }

    public static PetrarchLexicon read(String verbs, String actors, String agents) {
        return read("verbs", verbs, actors, agents);
    }

    /** {@code verbFile} names the verb dictionary in errors ({@code file:line: problem}). */
    public static PetrarchLexicon read(String verbFile, String verbs, String actors, String agents) {
        PetrarchLexicon l = new PetrarchLexicon();
        l.verbFile = verbFile;
        if (actors != null) {
            l.readActors(actors);
        }
        if (agents != null) {
            l.readAgents(agents);
        }
        if (verbs != null) {
            l.readVerbs(verbs);
        }
        return l;
    }

    static String stripComment(String line) {
        String s = line;
        if (s.trim().startsWith("<")) {
            return "";
        }
        int hash = -1;
        boolean inBracket = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (c == '#' && !inBracket) {
                hash = i;
                break;
            }
        }
        return (hash >= 0 ? s.substring(0, hash) : s).trim();
    }

    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().toUpperCase(Locale.ROOT).split("[\\s_]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- actors

    private void readActors(String text) {
        List<String> phrases = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = stripComment(raw);
            if (line.isEmpty()) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0)) && line.startsWith("[");
            if (!indented && !line.startsWith("+")) {
                flushActor(phrases, codes);
                phrases = new ArrayList<>();
                codes = new ArrayList<>();
            }
            String phrase = line;
            Matcher m = BRACKET.matcher(line);
            int firstBracket = -1;
            while (m.find()) {
                if (firstBracket < 0) {
                    firstBracket = m.start();
                }
                codes.add(dated(m.group(1)));
            }
            if (firstBracket >= 0) {
                phrase = line.substring(0, firstBracket);
            }
            phrase = phrase.startsWith("+") ? phrase.substring(1) : phrase;
            if (!phrase.isBlank()) {
                phrases.add(phrase);
            }
        }
        flushActor(phrases, codes);
    }

    private void flushActor(List<String> phrases, List<DatedCode> codes) {
        if (phrases.isEmpty() || codes.isEmpty()) {
            return;
        }
        for (String raw : phrases) {
            List<String> p = words(raw);
            if (!p.isEmpty()) {
                actors.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Actor(p, gaps(raw), List.copyOf(codes)));
            }
        }
    }

    /** For each word of a phrase, whether a space (not {@code _}) comes before it. */
    static List<Boolean> gaps(String phrase) {
        List<Boolean> out = new ArrayList<>();
        String[] spaced = phrase.trim().split("\\s+");
        for (String token : spaced) {
            boolean firstOfToken = true;
            for (String w : token.split("_")) {
                if (w.isEmpty()) {
                    continue;
                }
                out.add(firstOfToken && !out.isEmpty());
                firstOfToken = false;
            }
        }
        return out;
    }

    static DatedCode dated(String body) {
        String b = body.trim();
        Matcher m = RESTRICTED.matcher(b);
        if (m.matches()) {
            if (m.group(2) != null) {
                long d = day(m.group(3));
                return m.group(2).equals("<") ? new DatedCode(codes(m.group(1)), Long.MIN_VALUE + 1, d - 1)
                        : new DatedCode(codes(m.group(1)), d + 1, Long.MAX_VALUE - 1);
            }
            return new DatedCode(codes(m.group(4)), day(m.group(5)), day(m.group(6)));
        }
        return new DatedCode(codes(b), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static List<String> codes(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty() || c.equals("---") || c.equals("+++")) {
            return List.of();
        }
        return Arrays.asList(c.split("/"));
    }

    private static long day(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return (yy < 30 ? 20000000L : 19000000L) + Long.parseLong(digits);
        }
        return Long.parseLong(digits);
    }

    // ---------------------------------------------------------------- agents

    private static final Pattern SUBST = Pattern.compile("!([A-Z0-9]+)!\\s*=\\s*(.+)");
    private static final Pattern AGENT = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");

    private void readAgents(String text) {
        Map<String, List<String>> subst = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = stripComment(raw);
            if (line.isEmpty()) {
                continue;
            }
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
                continue;
            }
            String code = m.group(3).replace(" ", "").toUpperCase(Locale.ROOT);
            boolean before = code.endsWith("~");
            code = code.replace("~", "");
            for (String phrase : expand(m.group(1).trim().toUpperCase(Locale.ROOT), subst)) {
                Set<String> forms = new LinkedHashSet<>();
                forms.add(phrase);
                if (m.group(2) != null) {
                    String inner = m.group(2).substring(1, m.group(2).length() - 1).trim();
                    for (String f : inner.split("\\s+")) {
                        if (!f.isBlank()) {
                            forms.add(f.toUpperCase(Locale.ROOT));
                        }
                    }
                }
                if (m.group(2) == null) {
                    forms.addAll(plurals(phrase));
                }
                for (String f : forms) {
                    List<String> w = words(f);
                    if (!w.isEmpty()) {
                        agents.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Agent(w, code, before));
                    }
                }
            }
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> subst) {
        Matcher m = Pattern.compile("!([A-Z0-9]+)!").matcher(phrase);
        if (!m.find() || !subst.containsKey(m.group(1))) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>();
        for (String v : subst.get(m.group(1))) {
            out.addAll(expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), subst));
        }
        return out;
    }

    /** PETRARCH's regular English plurals of the last word. */
    static List<String> plurals(String phrase) {
        String p = phrase.trim();
        if (p.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (p.endsWith("MAN")) {
            out.add(p.substring(0, p.length() - 3) + "MEN");
        } else if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            out.add(p.substring(0, p.length() - 1) + "IES");
        } else if (p.endsWith("S") || p.endsWith("X") || p.endsWith("CH") || p.endsWith("SH")) {
            out.add(p + "ES");
        } else {
            out.add(p + "S");
        }
        return out;
    }

    // ---------------------------------------------------------------- verbs

    private static final Pattern FAMILY = Pattern.compile("---\\s*(.+?)\\s*\\[([^\\]]*)\\].*");

    private void readVerbs(String text) {
        String[] lines = text.split("\n");
        // synsets first: patterns may use a synset defined further down
        String synset = null;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.startsWith("&")) {
                synset = line.substring(1).trim().toUpperCase(Locale.ROOT).replaceAll("_+$", "");
                synsets.put(synset, new ArrayList<>());
            } else if (synset != null && line.startsWith("+")) {
                synsets.get(synset).add(List.of(line.substring(1).trim().toUpperCase(Locale.ROOT)));
            } else if (!line.isEmpty()) {
                synset = null;
            }
        }
        Map<String, List<List<String>>> expanded = new LinkedHashMap<>();
        for (String name : synsets.keySet()) {
            expanded.put(name, expandSynset(name, new LinkedHashSet<>()));
        }
        synsets.clear();
        synsets.putAll(expanded);

        Family family = null;
        boolean inPatterns = false;
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]);
            if (line.isEmpty() || line.startsWith("&")) {
                if (line.startsWith("&")) {
                    family = null;
                }
                continue;
            }
            Matcher f = FAMILY.matcher(line);
            if (line.startsWith("---") && f.matches()) {
                family = new Family(f.group(1).trim().toUpperCase(Locale.ROOT), f.group(2).trim(), new ArrayList<>());
                inPatterns = false;
                continue;
            }
            if (family == null) {
                continue; // synset members
            }
            if (line.startsWith("-")) {
                inPatterns = true;
                VerbPattern p = pattern(line.substring(1).trim(), n + 1);
                if (p != null) {
                    family.patterns.add(p);
                }
            } else if (!inPatterns) {
                verbForms(line, family);
            }
        }
    }

    private List<List<String>> expandSynset(String name, Set<String> seen) {
        List<List<String>> out = new ArrayList<>();
        if (!seen.add(name) || !synsets.containsKey(name)) {
            return out;
        }
        for (List<String> m : synsets.get(name)) {
            String member = m.get(0);
            if (member.startsWith("&")) {
                out.addAll(expandSynset(member.substring(1).replaceAll("_+$", ""), seen));
            } else {
                out.add(words(member));
            }
        }
        return out;
    }

    private void verbForms(String line, Family family) {
        String l = line;
        String code = null;
        Matcher c = BRACKET.matcher(l);
        if (c.find()) {
            code = c.group(1).trim();
            l = l.substring(0, c.start()) + l.substring(c.end());
        }
        List<String> forms = new ArrayList<>();
        int brace = l.indexOf('{');
        String main = brace >= 0 ? l.substring(0, brace) : l;
        if (brace >= 0) {
            int close = l.indexOf('}', brace);
            for (String f : l.substring(brace + 1, close < 0 ? l.length() : close).trim().split("\\s+")) {
                if (!f.isBlank()) {
                    forms.add(f.trim());
                }
            }
        }
        main = main.trim();
        if (main.startsWith("+")) {
            main = main.substring(1);
        }
        String[] parts = main.trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return;
        }
        // "BREAK DOWN" (a verb and its particle) reads like "BREAK_DOWN"
        String head = String.join("_", parts);
        List<String> all = new ArrayList<>();
        all.add(head);
        if (brace < 0) {
            all.addAll(inflections(head));
        }
        all.addAll(forms);
        for (String form : all) {
            addForm(form, code, family);
        }
    }

    private void addForm(String form, String code, Family family) {
        String f = form.toUpperCase(Locale.ROOT);
        String[] w = f.split("_");
        int verb = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i].startsWith("+")) {
                verb = i;
                w[i] = w[i].substring(1);
            }
        }
        List<String> before = new ArrayList<>(Arrays.asList(w).subList(0, verb));
        List<String> after = new ArrayList<>(Arrays.asList(w).subList(verb + 1, w.length));
        before.removeIf(String::isEmpty);
        after.removeIf(String::isEmpty);
        if (w[verb].isEmpty()) {
            return;
        }
        VerbForm vf = new VerbForm(w[verb], before, after, code, family);
        List<VerbForm> list = verbs.computeIfAbsent(w[verb], k -> new ArrayList<>());
        if (!list.contains(vf)) {
            list.add(vf);
        }
    }

    /** Regular inflections of the verb word of a form ({@code +}-marked, else the first): -S, -ED, -ING. */
    static List<String> inflections(String form) {
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
        for (String inf : regular(v)) {
            String[] copy = w.clone();
            copy[verb] = mark + inf;
            out.add(String.join("_", copy));
        }
        return out;
    }

    static List<String> regular(String v) {
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

    private VerbPattern pattern(String body, int line) {
        Matcher c = BRACKET.matcher(body);
        if (!c.find()) {
            throw new DictionaryException(verbFile, line, "pattern without [code]: '" + body + "'");
        }
        String code = c.group(1).trim();
        if (code.equals("+++") || code.equals("###")) {
            return null; // TABARI's markers, not codes: PETRARCH does not load the pattern
        }
        String p = body.substring(0, c.start()).trim();
        List<Element> seq = new ArrayList<>();
        int star = -1;
        for (String token : p.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String[] parts = token.split("_", -1);
            for (int i = 0; i < parts.length; i++) {
                String w = parts[i].toUpperCase(Locale.ROOT);
                boolean joinedPrev = i > 0;
                if (w.isEmpty()) {
                    continue;
                }
                if (i > 0 && parts[i - 1].isEmpty()) {
                    joinedPrev = i > 1;
                }
                if (w.equals("*")) {
                    star = seq.size();
                    seq.add(new Element(Kind.WORD, "*", joinedPrev));
                    continue;
                }
                Kind k = switch (w) {
                    case "^" -> Kind.SKIP;
                    case "$" -> Kind.SOURCE;
                    case "+" -> Kind.TARGET;
                    case "%" -> Kind.COMPOUND;
                    default -> w.startsWith("&") ? Kind.SYNSET : Kind.WORD;
                };
                String t = k == Kind.SYNSET ? w.substring(1).replaceAll("_+$", "") : w;
                if (k == Kind.SYNSET && !synsets.containsKey(t)) {
                    throw new DictionaryException(verbFile, line, "unknown synset &" + t);
                }
                seq.add(new Element(k, t, joinedPrev));
            }
        }
        if (star < 0) {
            throw new DictionaryException(verbFile, line, "pattern without '*' (the verb's place): '" + body + "'");
        }
        // upper: nearest the verb first; an element is "joined" when the next one (toward the verb) was joined to it
        List<Element> upper = new ArrayList<>();
        for (int i = star - 1; i >= 0; i--) {
            Element e = seq.get(i);
            upper.add(new Element(e.kind(), e.text(), seq.get(i + 1).joined()));
        }
        List<Element> lower = new ArrayList<>(seq.subList(star + 1, seq.size()));
        return new VerbPattern(upper, lower, code, line);
    }

    public Map<String, List<List<String>>> synsets() {
        return synsets;
    }

    public String verbFile() {
        return verbFile;
    }

    /** Every event code the verb dictionary can give (both halves of {@code [a:b]}), without {@code ---}. */
    public Set<String> codes() {
        Set<String> out = new java.util.TreeSet<>();
        for (List<VerbForm> forms : verbs.values()) {
            for (VerbForm f : forms) {
                addCodes(out, f.code());
                addCodes(out, f.family().code());
                for (VerbPattern p : f.family().patterns()) {
                    addCodes(out, p.code());
                }
            }
        }
        return out;
    }

    private static void addCodes(Set<String> out, String code) {
        if (code == null) {
            return;
        }
        for (String c : code.split(":")) {
            if (!c.isBlank() && !c.trim().equals("---")) {
                out.add(c.trim());
            }
        }
    }
}
