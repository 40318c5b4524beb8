package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.petrarch.ImportReport.Severity;
import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI verb dictionary ({@code --- FAMILY [code] ---} blocks, {@code &SYNSET}s and
 * {@code - pattern [code]} lines) into dyad event-pattern lines ({@code CODE | V lemma [particle] |
 * constraints}, see {@code events/FORMAT.md}) that keep the PETRARCH file and line. How each construct
 * is carried over is in {@code dictionaries/petrarch/FORMAT.md}; every loss goes into the report.
 */
public final class PetrarchVerbs {
    private static final Pattern FAMILY = Pattern.compile("---\\s*(.+?)\\s*\\[([^\\]]*)\\]\\s*(\\[[^\\]]*\\]\\s*)*(---)?");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along", "among",
            "around", "as", "at", "away", "back", "before", "behind", "between", "by", "down", "during", "for", "from",
            "in", "into", "near", "of", "off", "on", "onto", "out", "over", "since", "through", "to", "toward",
            "towards", "under", "until", "up", "upon", "with", "within", "without");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "my", "your");
    private static final Set<String> MARKERS = Set.of("$", "+", "^", "%", "~");

    /** The converted patterns; {@code reverse}: rule (file:line) → code of the mirrored event for {@code [a:b]}. */
    public record Result(List<DictionaryLine> lines, Map<String, String> reverse, Set<String> codes) {
    }

    private record VerbForm(String lemma, String particle, String code, int line) {
    }

    private final String file;
    private final ImportReport report;
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final Map<String, Integer> synsetLines = new HashMap<>();
    private final List<DictionaryLine> out = new ArrayList<>();
    private final Map<String, String> reverse = new HashMap<>();
    private final Set<String> codes = new TreeSet<>();
    private final Map<String, String> seen = new HashMap<>();

    private PetrarchVerbs(String file, ImportReport report) {
        this.file = file;
        this.report = report;
    }

    public static Result read(String file, String text, ImportReport report) {
        PetrarchVerbs r = new PetrarchVerbs(file, report);
        r.parse(text);
        return new Result(List.copyOf(r.out), Map.copyOf(r.reverse), Set.copyOf(r.codes));
    }

    private void parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        // pass 1: synsets (they may be used before they are defined)
        String synset = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("#")) {
                continue; // a comment line inside a synset does not end it (PETRARCH2 drops comments first)
            }
            String l = PetrarchActors.clean(lines[i]);
            if (l.isEmpty() || l.startsWith("---") || l.startsWith("-")) {
                synset = null;
                continue;
            }
            if (l.startsWith("&")) {
                synset = synsetName(l.split("\\s+")[0]);
                if (synsets.containsKey(synset)) {
                    throw new DictionaryException(file, i + 1, "synset " + l + " defined twice (first at line "
                            + synsetLines.get(synset) + ")");
                }
                synsets.put(synset, new ArrayList<>());
                synsetLines.put(synset, i + 1);
            } else if (synset != null && l.startsWith("+")) {
                synsets.get(synset).add(words(l.substring(1)));
            } else {
                synset = null;
            }
        }
        // pass 2: families
        String familyCode = null;
        List<VerbForm> forms = new ArrayList<>();
        boolean inSynset = false;
        boolean inFamily = false;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            if (lines[i].strip().startsWith("#")) {
                continue;
            }
            String l = PetrarchActors.clean(lines[i]);
            if (l.isEmpty()) {
                inSynset = false;
                continue;
            }
            if (l.startsWith("&")) {
                inSynset = true;
                continue;
            }
            if (inSynset && l.startsWith("+")) {
                continue;
            }
            inSynset = false;
            if (l.startsWith("---")) {
                Matcher m = FAMILY.matcher(l);
                if (!m.matches()) {
                    throw new DictionaryException(file, n, "malformed verb family header '" + l
                            + "' (expected --- VERB [code] ---)");
                }
                familyCode = code(n, m.group(2));
                if (m.group(3) != null) {
                    report.add(file + ":" + n, Severity.APPROXIMATED, "second code of a verb family",
                            m.group(3).trim() + " ignored; the family codes [" + m.group(2) + "]");
                }
                inFamily = true;
                forms = new ArrayList<>();
                continue;
            }
            if (!inFamily) {
                throw new DictionaryException(file, n, "'" + l + "' outside a verb family (no --- VERB [code] --- above)");
            }
            if (l.startsWith("-")) {
                pattern(n, l.substring(1).trim(), familyCode, forms);
            } else {
                VerbForm f = verbForm(n, l, familyCode);
                forms.add(f);
                if (f.code() != null) {
                    emit(n, f.code(), f, "", "verb");
                }
            }
        }
    }

    private static String synsetName(String token) {
        String s = token.startsWith("&") ? token.substring(1) : token;
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private static List<String> words(String phrase) {
        List<String> w = new ArrayList<>();
        for (String t : phrase.replace('_', ' ').trim().split("\\s+")) {
            if (!t.isEmpty()) {
                w.add(t);
            }
        }
        return w;
    }

    /** A code in brackets: "---" (match, code nothing) is kept as a null code; "a:b" codes a and the mirrored b. */
    private String code(int n, String raw) {
        String c = raw.trim();
        if (c.isEmpty()) {
            throw new DictionaryException(file, n, "empty code []");
        }
        if (c.contains(" ")) {
            throw new DictionaryException(file, n, "malformed code [" + raw + "]");
        }
        return c.equals("---") ? null : c;
    }

    private VerbForm verbForm(int n, String l, String familyCode) {
        String code = familyCode;
        Matcher m = CODE.matcher(l);
        if (m.find()) {
            code = code(n, m.group(1));
            l = l.substring(0, m.start()).trim();
        }
        int brace = l.indexOf('{');
        if (brace >= 0) {
            if (l.indexOf('}') < brace) {
                throw new DictionaryException(file, n, "unclosed {} of verb forms in '" + l + "'");
            }
            l = l.substring(0, brace).trim(); // inflected forms: dyad matches lemmas, so they are implied
        }
        if (l.startsWith("+")) {
            l = l.substring(1);
        }
        List<String> w = words(l);
        int verb = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).startsWith("+")) {
                verb = i;
                w.set(i, w.get(i).substring(1));
            }
        }
        if (w.isEmpty() || w.get(verb).isEmpty()) {
            throw new DictionaryException(file, n, "empty verb form");
        }
        if (verb > 0) {
            report.add(file + ":" + n, Severity.APPROXIMATED, "words before the verb in a multi-word verb",
                    "'" + String.join(" ", w.subList(0, verb)) + "' not required before '" + w.get(verb) + "'");
        }
        String particle = verb + 1 < w.size() ? w.get(verb + 1).toLowerCase(Locale.ROOT) : null;
        if (verb + 2 < w.size()) {
            report.add(file + ":" + n, Severity.APPROXIMATED, "multi-word verb longer than verb + particle",
                    "'" + String.join(" ", w.subList(verb + 2, w.size())) + "' not required");
        }
        return new VerbForm(verbLemma(w.get(verb)), particle, code, n);
    }

    static String verbLemma(String word) {
        return Morphology.lemmaStatic(word.toLowerCase(Locale.ROOT), "VBD").toLowerCase(Locale.ROOT);
    }

    static String nounLemma(String word) {
        return Morphology.lemmaStatic(word.toLowerCase(Locale.ROOT), "NNS").toLowerCase(Locale.ROOT);
    }

    private void pattern(int n, String body, String familyCode, List<VerbForm> forms) {
        String code = familyCode;
        Matcher m = CODE.matcher(body);
        if (m.find()) {
            code = code(n, m.group(1));
            body = body.substring(0, m.start()).trim();
        } else if (body.contains("[")) {
            throw new DictionaryException(file, n, "unclosed [code] in pattern '" + body + "'");
        }
        List<String> tokens = words(body);
        int star = tokens.indexOf("*");
        if (star < 0) {
            throw new DictionaryException(file, n, "pattern without '*' (the verb's place): '" + body + "'");
        }
        if (forms.isEmpty()) {
            throw new DictionaryException(file, n, "pattern before any verb of its family");
        }
        String where = file + ":" + n;
        if (star > 0) {
            report.add(where, Severity.APPROXIMATED, "words before the verb",
                    "'" + String.join(" ", tokens.subList(0, star)) + "' not required (dyad matches the parse, not word order)");
        }
        List<String> post = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (String t : tokens.subList(star + 1, tokens.size())) {
            if (MARKERS.contains(t)) {
                markers.add(t);
            } else {
                post.add(t);
            }
        }
        for (String t : tokens.subList(0, star)) {
            if (MARKERS.contains(t)) {
                markers.add(t);
            }
        }
        if (!markers.isEmpty()) {
            report.add(where, Severity.APPROXIMATED, "source/target/skip markers ($ + ^ % ~)",
                    markers + " ignored: source and target come from the parse");
        }
        for (List<String> alt : expandPrepositions(n, post)) {
            for (String constraints : constraints(n, alt)) {
                for (VerbForm f : forms) {
                    emit(n, code, f, constraints, "pattern");
                }
            }
        }
    }

    /** A synset of prepositions right after the verb gives one pattern per preposition. */
    private List<List<String>> expandPrepositions(int n, List<String> post) {
        if (!post.isEmpty() && post.get(0).startsWith("&")) {
            List<List<String>> members = synset(n, post.get(0));
            if (members.stream().allMatch(w -> w.size() == 1 && PREPOSITIONS.contains(w.get(0).toLowerCase(Locale.ROOT)))) {
                List<List<String>> out = new ArrayList<>();
                for (List<String> w : members) {
                    List<String> alt = new ArrayList<>(post);
                    alt.set(0, w.get(0));
                    out.add(alt);
                }
                return out;
            }
        }
        return List.of(post);
    }

    private List<List<String>> synset(int n, String token) {
        return synset(n, synsetName(token), new LinkedHashSet<>());
    }

    private List<List<String>> synset(int n, String name, Set<String> visiting) {
        List<List<String>> members = synsets.get(name);
        if (members == null) {
            throw new DictionaryException(file, n, "unknown synset &" + name);
        }
        if (!visiting.add(name)) {
            throw new DictionaryException(file, n, "synset &" + name + " contains itself");
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> w : members) {
            if (w.size() == 1 && w.get(0).startsWith("&")) {
                out.addAll(synset(n, synsetName(w.get(0)), visiting));
            } else {
                out.add(w);
            }
        }
        visiting.remove(name);
        return out;
    }

    /** dyad constraints for the words after the verb: particle, then xcomp (to + verb) or object with modifiers. */
    private List<String> constraints(int n, List<String> post) {
        String where = file + ":" + n;
        int i = 0;
        String particle = null;
        if (i < post.size() && PREPOSITIONS.contains(post.get(i).toLowerCase(Locale.ROOT))) {
            particle = post.get(i++).toLowerCase(Locale.ROOT);
        }
        if ("to".equals(particle) && i < post.size() && !post.get(i).startsWith("&")
                && !DETERMINERS.contains(post.get(i).toLowerCase(Locale.ROOT))) {
            if (i + 1 < post.size()) {
                report.add(where, Severity.APPROXIMATED, "words after an infinitive",
                        "'" + String.join(" ", post.subList(i + 1, post.size())) + "' not required");
            }
            return List.of("xcomp=" + verbLemma(post.get(i)));
        }
        while (i < post.size() && DETERMINERS.contains(post.get(i).toLowerCase(Locale.ROOT))) {
            i++;
        }
        List<String> content = new ArrayList<>();
        while (i < post.size() && !PREPOSITIONS.contains(post.get(i).toLowerCase(Locale.ROOT))) {
            if (!DETERMINERS.contains(post.get(i).toLowerCase(Locale.ROOT))) {
                content.add(post.get(i));
            }
            i++;
        }
        if (i < post.size()) {
            report.add(where, Severity.APPROXIMATED, "second phrase after the verb",
                    "'" + String.join(" ", post.subList(i, post.size())) + "' not required");
        }
        StringBuilder c = new StringBuilder();
        String asModifier = null;
        if (!content.isEmpty()) {
            Set<String> objects = new TreeSet<>();
            String head = content.get(content.size() - 1);
            if (head.startsWith("&")) {
                for (List<String> member : synset(n, head)) {
                    if (member.size() > 1) {
                        report.add(where, Severity.APPROXIMATED, "multi-word synset member as object",
                                "'" + String.join(" ", member) + "' matched on its last word");
                    }
                    addNoun(objects, member.get(member.size() - 1));
                }
            } else {
                addNoun(objects, head);
            }
            c.append("obj=").append(String.join(",", objects));
            Set<String> mods = new TreeSet<>();
            for (String w : content.subList(0, content.size() - 1)) {
                if (w.startsWith("&")) {
                    for (List<String> member : synset(n, w)) {
                        member.forEach(x -> mods.add(x.toLowerCase(Locale.ROOT)));
                    }
                } else {
                    mods.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (!mods.isEmpty()) {
                c.append(" mod=").append(String.join(",", mods));
            } else {
                // "* DIPLOMATIC" matches "diplomatic ties": one word may be the object or its modifier
                Set<String> words = new TreeSet<>();
                if (head.startsWith("&")) {
                    synset(n, head).forEach(m -> words.add(m.get(m.size() - 1).toLowerCase(Locale.ROOT)));
                } else {
                    words.add(head.toLowerCase(Locale.ROOT));
                }
                asModifier = "mod=" + String.join(",", words);
            }
        }
        String prefix = particle == null ? "" : particle + "\u0000";
        return asModifier == null ? List.of(prefix + c) : List.of(prefix + c, prefix + asModifier);
    }

    private static void addNoun(Set<String> objects, String word) {
        objects.add(nounLemma(word));
        objects.add(word.toLowerCase(Locale.ROOT).replace(",", ""));
    }

    private void emit(int n, String code, VerbForm f, String constraints, String what) {
        String particle = f.particle();
        String c = constraints;
        int nul = constraints.indexOf('\u0000');
        if (nul >= 0) {
            String p = constraints.substring(0, nul);
            c = constraints.substring(nul + 1);
            if (particle != null && !particle.equals(p)) {
                report.add(file + ":" + n, Severity.UNSUPPORTED, "preposition after a verb with a particle",
                        "'" + f.lemma() + " " + particle + "' + '" + p + "': not loaded");
                return;
            }
            particle = p;
        }
        String trigger = "V " + f.lemma() + (particle == null ? "" : " " + particle);
        String key = trigger + " | " + c;
        String before = seen.putIfAbsent(key, file + ":" + n);
        if (before != null) {
            report.add(file + ":" + n, Severity.UNSUPPORTED, "pattern equal to an earlier one once approximated",
                    what + " '" + key + "' [" + code + "] already loaded from " + before + ": not loaded");
            return;
        }
        String stored = code == null ? "---" : code;
        int colon = stored.indexOf(':');
        if (colon >= 0) {
            reverse.put(file + ":" + n, stored.substring(colon + 1));
            codes.add(stored.substring(colon + 1));
            stored = stored.substring(0, colon);
        }
        codes.add(stored);
        out.add(new DictionaryLine(file, n, List.of(stored, trigger, c), ""));
    }
}
