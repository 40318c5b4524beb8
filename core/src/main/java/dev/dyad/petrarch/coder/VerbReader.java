package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Element;
import dev.dyad.petrarch.coder.PetrarchLexicon.Family;
import dev.dyad.petrarch.coder.PetrarchLexicon.Kind;
import dev.dyad.petrarch.coder.PetrarchLexicon.VerbForm;
import dev.dyad.petrarch.coder.PetrarchLexicon.VerbPattern;
import dev.dyad.petrarch.coder.PetrarchLines.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary: synonym sets ({@code &NAME} and its {@code +MEMBER} lines, each member with its
 * regular plural unless the name or the member ends in {@code _}), verb families ({@code --- NAME [code] ---}), their
 * verb forms and their patterns ({@code - PRE * POST [code]}). PETRARCH2's phrase syntax in patterns ({@code {NOUN
 * PHRASE}}, {@code (PREPOSITION NOUN)}) is read as the words in order; transformations ({@code ~ ...}), patterns with
 * an undefined synset, without {@code *} or without a code are not loaded. Each such line is reported. Stateless.
 */
final class VerbReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("---|[0-9A-Za-z-]*(:[0-9A-Za-z-]*)?");

    private VerbReader() {
    }

    static void read(List<Line> lines, PetrarchLexicon into, DefectReport report) {
        readSynsets(lines, into); // first: patterns may use a synset defined further down
        Family family = null;
        boolean inSynset = false;
        for (Line l : lines) {
            String text = l.text();
            if (text.startsWith("&")) {
                family = null;
                inSynset = true;
                continue;
            }
            if (inSynset && text.startsWith("+")) {
                continue;
            }
            inSynset = false;
            if (text.startsWith("---")) {
                family = family(text);
            } else if (text.startsWith("~")) {
                report.skipped(l, "verb transformation (~): dyad's coder has none");
            } else if (family == null) {
                report.skipped(l, "outside a verb family");
            } else if (text.startsWith("-")) {
                VerbPattern p = pattern(l, text.substring(1).trim(), into, report);
                if (p != null) {
                    family.patterns().add(p);
                }
            } else {
                verbForms(l, family, into, report);
            }
        }
    }

    /** {@code --- NAME [code] ---}; without {@code [code]} the family's code is the null code {@code ---}. */
    private static Family family(String text) {
        String t = text.replaceAll("^-+", "").replaceAll("-+$", "").trim();
        Matcher c = BRACKET.matcher(t);
        String code = "---";
        if (c.find()) {
            code = c.group(1).trim();
            t = t.substring(0, c.start());
        }
        return new Family(t.trim().toUpperCase(Locale.ROOT), code, new ArrayList<>());
    }

    private static void readSynsets(List<Line> lines, PetrarchLexicon into) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, Boolean> plurals = new LinkedHashMap<>();
        String synset = null;
        for (Line l : lines) {
            String text = l.text();
            if (text.startsWith("&")) {
                String name = text.substring(1).trim().toUpperCase(Locale.ROOT);
                synset = name.replaceAll("_+$", "");
                plurals.put(synset, !name.endsWith("_"));
                members.put(synset, new ArrayList<>());
            } else if (synset != null && text.startsWith("+")) {
                members.get(synset).add(text.substring(1).trim().toUpperCase(Locale.ROOT));
            } else {
                synset = null;
            }
        }
        for (String name : members.keySet()) {
            into.synsets.put(name, expand(name, members, plurals, new LinkedHashSet<>()));
        }
    }

    private static List<List<String>> expand(String name, Map<String, List<String>> members,
            Map<String, Boolean> plurals, Set<String> seen) {
        List<List<String>> out = new ArrayList<>();
        if (!seen.add(name) || !members.containsKey(name)) {
            return out;
        }
        for (String member : members.get(name)) {
            if (member.startsWith("&")) {
                out.addAll(expand(member.substring(1).replaceAll("_+$", ""), members, plurals, seen));
                continue;
            }
            List<String> words = PetrarchLexicon.words(member);
            if (words.isEmpty()) {
                continue;
            }
            out.add(words);
            if (plurals.get(name) && !member.endsWith("_")) {
                List<String> plural = new ArrayList<>(words);
                plural.set(plural.size() - 1, Inflections.synonymPlural(words.get(words.size() - 1)));
                out.add(plural);
            }
        }
        return out;
    }

    private static void verbForms(Line line, Family family, PetrarchLexicon into, DefectReport report) {
        String l = line.text();
        int semicolon = l.indexOf(';');
        if (semicolon >= 0) {
            report.approximated(line, "';' read as the start of a comment (TABARI)");
            l = l.substring(0, semicolon);
        }
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
            report.skipped(line, "verb line without a verb");
            return;
        }
        // "BREAK DOWN" (a verb and its particle) reads like "BREAK_DOWN"
        String head = String.join("_", parts);
        List<String> all = new ArrayList<>();
        all.add(head);
        if (brace < 0) {
            all.addAll(Inflections.verbForms(head));
        }
        all.addAll(forms);
        for (String form : all) {
            addForm(form, code, family, into);
        }
    }

    private static void addForm(String form, String code, Family family, PetrarchLexicon into) {
        String[] w = form.toUpperCase(Locale.ROOT).split("_");
        int verb = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i].startsWith("+")) {
                verb = i;
                w[i] = w[i].substring(1);
            }
        }
        if (w[verb].isEmpty()) {
            return;
        }
        List<String> before = new ArrayList<>(Arrays.asList(w).subList(0, verb));
        List<String> after = new ArrayList<>(Arrays.asList(w).subList(verb + 1, w.length));
        before.removeIf(String::isEmpty);
        after.removeIf(String::isEmpty);
        VerbForm vf = new VerbForm(w[verb], before, after, code, family);
        List<VerbForm> list = into.verbs.computeIfAbsent(w[verb], k -> new ArrayList<>());
        if (!list.contains(vf)) {
            list.add(vf);
        }
    }

    private static VerbPattern pattern(Line line, String body, PetrarchLexicon into, DefectReport report) {
        Matcher c = BRACKET.matcher(body);
        if (!c.find()) {
            report.skipped(line, "pattern without [code]");
            return null;
        }
        String code = c.group(1).trim();
        if (code.equals("+++") || code.equals("###")) {
            report.skipped(line, "TABARI marker [" + code + "], not a code");
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            String cleaned = code.replaceAll("[^0-9A-Za-z:-]", "");
            if (cleaned.isEmpty() || !CODE.matcher(cleaned).matches()) {
                report.skipped(line, "code [" + code + "] is not an event code");
                return null;
            }
            report.approximated(line, "code [" + code + "] read as [" + cleaned + "]");
            code = cleaned;
        }
        String p = body.substring(0, c.start()).trim();
        if (p.matches(".*[(){}].*")) {
            report.approximated(line, "PETRARCH2 phrase syntax ({noun phrase}, (preposition phrase)) read as its words in order");
            p = p.replaceAll("[(){}]", " ").trim();
        }
        if (p.matches(".*(\\*[A-Za-z&]|[A-Za-z]\\*).*")) {
            report.approximated(line, "'*' written against a word read as a word of its own");
            p = p.replaceAll("\\*(?=[A-Za-z&])", "* ").replaceAll("(?<=[A-Za-z])\\*", " *");
        }
        List<Element> seq = new ArrayList<>();
        int star = -1;
        for (String token : p.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String[] parts = token.split("_", -1);
            for (int i = 0; i < parts.length; i++) {
                String w = parts[i].toUpperCase(Locale.ROOT);
                if (w.isEmpty()) {
                    continue;
                }
                boolean joinedPrev = i > 0 && (!parts[i - 1].isEmpty() || i > 1);
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
                if (k == Kind.SYNSET && !into.synsets.containsKey(t)) {
                    report.skipped(line, "synset &" + t + " is not defined (PETRARCH2 ignores the pattern)");
                    return null;
                }
                seq.add(new Element(k, t, joinedPrev));
            }
        }
        if (star < 0) {
            report.skipped(line, "pattern without '*' (the verb's place)");
            return null;
        }
        // upper: nearest the verb first; an element is "joined" when the next one (toward the verb) was joined to it
        List<Element> upper = new ArrayList<>();
        for (int i = star - 1; i >= 0; i--) {
            Element e = seq.get(i);
            upper.add(new Element(e.kind(), e.text(), seq.get(i + 1).joined()));
        }
        List<Element> lower = new ArrayList<>(seq.subList(star + 1, seq.size()));
        return new VerbPattern(upper, lower, code, line.number());
    }
}
