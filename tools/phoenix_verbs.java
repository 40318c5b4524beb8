// Translates PETRARCH2's verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance) into dyad's event pattern
// format (core/src/main/resources/dyad/dictionaries/events/FORMAT.md), as a layer under dyad's own patterns.
//
// Usage (not run at build time; rerun when CAMEO.2.0.txt, the filter or this translation changes):
//   java tools/phoenix_verbs.java ../shared/data/phoenix/CAMEO.2.0.txt \
//        core/src/main/resources/dyad/dictionaries/cameo/cameo.tsv tools/phoenix_verbs.filter.txt \
//        core/src/main/resources/dyad/dictionaries/events/phoenix-verbs.txt docs/phoenix-verbs-report.md
//
// What translates (PETRARCH2 semantics: every pattern of a verb block applies to every verb of the block):
//   bare verb with a code          ASK [020]                  -> 020 | V ask |
//   verb + particle                +ASK_FOR [020]             -> 020 | V ask for |
//   object head (word or &SET)     - * &CURRENCY [0231]       -> 0231 | V ask | obj=money,currency,...
//   object with modifier           - * {FINANCIAL HELP}       -> obj=help mod=financial
//   particle before the object     - * OUT VIEWS              -> V set out | obj=view
//   preposition alone (target)     - * (AGAINST)              -> prep=against
//   preposition + object words     - * (INTO &INVESTIGATION)  -> pp=into:investigation,inquiry,...
//   target markers                 (WITH +) -> prep=with;  a lone + after the verb -> obj=* target=obj
//   paired code                    [042:043]                  -> 042 (the reciprocal event is dropped; reported)
// Everything else is listed in the report with its line and the reason (subject words before the verb, source
// markers, reverse-only codes, phrases of three words, transformations, undefined synonym sets, ...).
// The filter file removes families, verbs or lines that add false events (precision), each with its reason.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PhoenixVerbs {
    /** Second words of a multiword verb, or first post-verb words, that are particles or prepositions. */
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "in", "on", "over", "back", "away",
            "forward", "for", "at", "after", "about", "into", "with", "through", "around", "along", "aside", "upon",
            "to", "against", "from", "by", "toward", "towards");
    static final Pattern PATTERN = Pattern.compile("^-\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*$");
    static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---\\s*$");
    /** What PETRARCH2 also reads: "--- DISGRACE [110]--- ---". */
    static final Pattern LOOSE_HEADER = Pattern.compile("^---\\s+([^\\s\\[]+)\\s*\\[([^\\]]*)\\].*$");

    /** {@code word}: the verb as the block writes it ("RUSH", "ASK_FOR"), to match a pattern's comment. */
    record Verb(String lemma, String particle, String code, int line, String word) {}
    record Problem(int line, String kind, String why, String text) {}

    final String file;
    final Set<String> cameo;
    final Map<String, List<String>> synsets = new LinkedHashMap<>();
    final Set<String> emptySynsets = new LinkedHashSet<>();
    final Map<String, String> filterFamily = new LinkedHashMap<>();
    final Map<String, String> filterVerb = new LinkedHashMap<>();
    final Map<String, String> filterBare = new LinkedHashMap<>();
    final Map<Integer, String> filterLine = new TreeMap<>();
    final Map<String, Integer> filterUse = new TreeMap<>();
    final List<Problem> untranslated = new ArrayList<>();
    final List<Problem> partial = new ArrayList<>();
    final List<Problem> filtered = new ArrayList<>();
    final List<Problem> notes = new ArrayList<>();
    final Map<String, String> out = new LinkedHashMap<>(); // "CODE | trigger | constraints" key -> line
    final Map<String, Integer> outLine = new LinkedHashMap<>();
    int patterns, bareVerbs, duplicates;

    PhoenixVerbs(String file, Set<String> cameo) {
        this.file = file;
        this.cameo = cameo;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java tools/phoenix_verbs.java CAMEO.2.0.txt cameo.tsv FILTER OUT.txt REPORT.md");
            System.exit(2);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String l : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            codes.add(l.split("\t")[0]);
        }
        Path src = Path.of(args[0]);
        PhoenixVerbs t = new PhoenixVerbs(src.getFileName().toString(), codes);
        t.readFilter(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8), args[2]);
        t.translate(Files.readAllLines(src, StandardCharsets.ISO_8859_1));
        Files.writeString(Path.of(args[3]), t.layer(), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[4]), t.report(), StandardCharsets.UTF_8);
        System.err.printf("%s: %d patterns lines, %d bare verbs -> %d layer lines; %d untranslated, %d partial, %d filtered%n",
                t.file, t.patterns, t.bareVerbs, t.out.size(), t.untranslated.size(), t.partial.size(), t.filtered.size());
    }

    /**
     * Filter lines: {@code family | ARRANGE | reason}, {@code verb | post | reason}, {@code bare | look | reason}
     * ({@code bare | * | reason}: every verb's own code), {@code line | 1234 | reason}.
     */
    void readFilter(List<String> lines, String name) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replaceAll("#.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\\|", -1);
            if (f.length != 3 || f[2].isBlank()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'kind | value | reason'");
            }
            String kind = f[0].strip(), value = f[1].strip(), reason = f[2].strip();
            switch (kind) {
                case "family" -> filterFamily.put(value.toUpperCase(Locale.ROOT), reason);
                case "verb" -> filterVerb.put(value.toLowerCase(Locale.ROOT), reason);
                case "bare" -> filterBare.put(value.toLowerCase(Locale.ROOT), reason);
                case "line" -> filterLine.put(Integer.parseInt(value), reason);
                default -> throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown filter kind '" + kind + "'");
            }
        }
    }

    void translate(List<String> lines) {
        boolean verbs = false;
        String synset = null;
        int synsetLine = 0;
        String family = null;
        List<Verb> block = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            String body = raw.replaceAll("#.*", "").strip();
            if (raw.startsWith("####### VERB PATTERNS")) {
                verbs = true;
                endSynset(synset, synsetLine);
                synset = null;
                continue;
            }
            if (body.isEmpty()) {
                continue;
            }
            if (!verbs) {
                if (body.startsWith("&")) {
                    endSynset(synset, synsetLine);
                    synset = body.split("\\s+")[0];
                    synsetLine = n;
                    synsets.put(synset.replaceAll("_$", ""), new ArrayList<>());
                } else if (body.startsWith("+") && synset != null) {
                    synsets.get(synset.replaceAll("_$", "")).add(body.substring(1).strip());
                }
                continue;
            }
            if (body.startsWith("---")) {
                Matcher m = HEADER.matcher(body);
                if (!m.matches() && (m = LOOSE_HEADER.matcher(body)).matches()) {
                    notes.add(new Problem(n, "header", "malformed verb block header, read as '--- " + m.group(1) + " ["
                            + m.group(2) + "] ---'", raw));
                }
                if (!m.matches()) {
                    untranslated.add(new Problem(n, "header", "verb block header not of the form '--- NAME [CODE] ---'", raw));
                    family = null;
                    block = new ArrayList<>();
                    continue;
                }
                family = m.group(1);
                block = new ArrayList<>();
                String blockCode = m.group(2).strip();
                // the verb lines follow until the first pattern; read them now so patterns see the whole block
                for (int j = i + 1; j < lines.size(); j++) {
                    String vb = lines.get(j).replaceAll("#.*", "").replaceAll(";.*", "").strip(); // ";shan 8/30/93"
                    if (vb.startsWith("---") || vb.startsWith("-") || vb.startsWith("~")) {
                        break;
                    }
                    if (!vb.isEmpty()) {
                        Verb v = verb(vb, j + 1, blockCode, lines.get(j));
                        if (v != null) {
                            block.add(v);
                        }
                    }
                }
                for (Verb v : block) {
                    bare(v, family);
                }
                continue;
            }
            if (body.startsWith("~")) {
                untranslated.add(new Problem(n, "transformation", "verb-verb transformation (dyad's coder does control verbs and speech itself)", raw));
                continue;
            }
            if (body.startsWith("-")) {
                patterns++;
                pattern(body, n, raw, family, block);
            }
            // verb lines were read with their header
        }
    }

    void endSynset(String synset, int line) {
        List<String> entries = synset == null ? null : synsets.get(synset.replaceAll("_$", ""));
        if (entries != null && !synset.endsWith("_") && entries.stream().anyMatch(e -> e.endsWith("_"))) {
            notes.add(new Problem(line, "synset", "synonym set label " + synset + " has no trailing underscore although"
                    + " some entries mark their own plurals (" + entries.stream().filter(e -> e.endsWith("_")).findFirst().get()
                    + "): read as a noun set, underscores stripped (dyad matches lemmas, so plurals need no marking)", synset));
        }
        if (entries != null && entries.isEmpty()) {
            emptySynsets.add(synset.replaceAll("_$", ""));
            notes.add(new Problem(line, "synset", "synonym set " + synset + " has no entries: patterns using it do not translate", synset));
        }
    }

    /** A verb line: {@code ASK [020]}, {@code +ASK_FOR {...} [020]}, {@code HURRY {HURRIES ...}}, {@code WIRE_+TAP}. */
    Verb verb(String body, int n, String blockCode, String raw) {
        String code = blockCode;
        Matcher c = Pattern.compile("\\[([^\\]]*)\\]").matcher(body);
        if (c.find()) {
            code = c.group(1).strip();
        }
        boolean noForms = body.contains("{}");
        String word = body.replaceAll("\\{[^}]*\\}", " ").replaceAll("\\[[^\\]]*\\]", " ").strip();
        if (word.isEmpty() || word.split("\\s+").length > 1) {
            untranslated.add(new Problem(n, "verb", "verb line not understood", raw));
            return null;
        }
        String[] parts = word.toLowerCase(Locale.ROOT).split("_");
        int plus = -1;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].startsWith("+")) {
                plus = k;
                parts[k] = parts[k].substring(1);
            }
        }
        String upper = word.replace("+", "").toUpperCase(Locale.ROOT);
        if (parts.length == 1) {
            return new Verb(parts[0], null, code, n, upper);
        }
        if (plus > 0) {
            untranslated.add(new Problem(n, "multiword verb", "words before the verb ('" + word + "'): dyad's trigger is a verb and a following particle", raw));
            return null;
        }
        if (noForms) {
            untranslated.add(new Problem(n, "multiword verb", "'" + word + "' lists no forms ({}): its verb word is no base form", raw));
            return null;
        }
        if (parts.length > 2) {
            untranslated.add(new Problem(n, "multiword verb", "'" + word + "' has more than one word after the verb", raw));
            return null;
        }
        if (!PARTICLES.contains(parts[1])) {
            untranslated.add(new Problem(n, "multiword verb", "'" + word + "': its second word is no particle or preposition", raw));
            return null;
        }
        return new Verb(parts[0], parts[1], code, n, upper);
    }

    void bare(Verb v, String family) {
        bareVerbs++;
        String code = v.code();
        if (code.equals("---") || code.isEmpty()) {
            return; // codes nothing by itself: nothing to translate, nothing lost
        }
        String trigger = trigger(v);
        String raw = "(verb " + trigger + ")";
        String[] why = {null};
        code = code(code, v.line(), raw, why);
        if (code == null) {
            return;
        }
        String reason = filterFamily.get(family);
        String key = "family " + family;
        if (reason == null && filterVerb.containsKey(v.lemma())) {
            reason = filterVerb.get(v.lemma());
            key = "verb " + v.lemma();
        }
        if (reason == null && filterBare.containsKey(v.lemma())) {
            reason = filterBare.get(v.lemma());
            key = "bare " + v.lemma();
        }
        if (reason == null && filterBare.containsKey("*")) {
            reason = filterBare.get("*");
            key = "bare *";
        }
        if (reason == null && filterLine.containsKey(v.line())) {
            reason = filterLine.get(v.line());
            key = "line " + v.line();
        }
        if (reason != null) {
            filterUse.merge(key, 1, Integer::sum);
            filtered.add(new Problem(v.line(), "filtered", reason, code + " | " + trigger + " |"));
            return;
        }
        if (why[0] != null) {
            partial.add(new Problem(v.line(), "code", why[0], raw));
        }
        emit(code + " | " + trigger + " |", v.line(), raw);
    }

    static String trigger(Verb v) {
        return "V " + v.lemma() + (v.particle() == null ? "" : " " + v.particle());
    }

    /** The dyad code of a PETRARCH code, or null (reported) when it has none. {@code why[0]} gets a partial note. */
    String code(String code, int n, String raw, String[] why) {
        if (code.startsWith(":")) {
            untranslated.add(new Problem(n, "code", "reverse-direction code [" + code + "] (target acts on source): dyad's patterns cannot swap the actors", raw));
            return null;
        }
        if (code.contains(":")) {
            why[0] = "paired code [" + code + "]: coded " + code.substring(0, code.indexOf(':')) + ", the reciprocal event is dropped";
            code = code.substring(0, code.indexOf(':'));
        }
        if (!code.equals("---") && !cameo.contains(code)) {
            untranslated.add(new Problem(n, "code", "unknown CAMEO code [" + code + "]", raw));
            return null;
        }
        return code;
    }

    /** One item after the verb: a word, a &SET, a {PHRASE}, a (PREP ...) group or a marker. */
    static List<String> items(String s) {
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '(' || ch == '{') {
                int end = s.indexOf(ch == '(' ? ')' : '}', i);
                if (end < 0) {
                    return null;
                }
                items.add(s.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "({".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                items.add(s.substring(i, end));
                i = end;
            }
        }
        return items;
    }

    /** Thrown with the reason a pattern does not translate. */
    static final class Untranslatable extends Exception {
        Untranslatable(String why) {
            super(why, null, false, false);
        }
    }

    void pattern(String body, int n, String raw, String family, List<Verb> block) {
        Matcher m = PATTERN.matcher(body);
        if (!m.matches()) {
            untranslated.add(new Problem(n, "syntax", "no [CODE] at the end of the pattern", raw));
            return;
        }
        String[] why = {null};
        String code = code(m.group(2).strip(), n, raw, why);
        if (code == null) {
            return;
        }
        String pat = m.group(1);
        int star = pat.indexOf('*');
        if (star < 0) {
            untranslated.add(new Problem(n, "syntax", "no '*' (verb position) in the pattern", raw));
            return;
        }
        if (!pat.substring(0, star).isBlank()) {
            untranslated.add(new Problem(n, "subject words", "words before the verb ('" + pat.substring(0, star).strip()
                    + "'): dyad's patterns do not constrain the subject", raw));
            return;
        }
        List<String> constraints;
        String particle;
        try {
            List<String> items = items(pat.substring(star + 1));
            if (items == null) {
                throw new Untranslatable("unbalanced ( or {");
            }
            particle = null;
            if (!items.isEmpty() && PARTICLES.contains(items.get(0).toLowerCase(Locale.ROOT)) && items.size() > 1) {
                particle = items.remove(0).toLowerCase(Locale.ROOT);
            }
            constraints = constraints(items, partialNotes(why));
        } catch (Untranslatable e) {
            untranslated.add(new Problem(n, "pattern", e.getMessage(), raw));
            return;
        }
        if (block.isEmpty()) {
            untranslated.add(new Problem(n, "pattern", "its verb block has no verb that translates", raw));
            return;
        }
        String reason = filterFamily.get(family);
        String key = "family " + family;
        if (reason == null && filterLine.containsKey(n)) {
            reason = filterLine.get(n);
            key = "line " + n;
        }
        if (reason != null) {
            filterUse.merge(key, 1, Integer::sum);
            filtered.add(new Problem(n, "filtered", reason, raw.strip()));
            return;
        }
        if (why[0] != null) {
            partial.add(new Problem(n, "pattern", why[0], raw));
        }
        String c = String.join(" ", constraints);
        for (Verb v : foundUnder(raw, block)) {
            if (filterVerb.containsKey(v.lemma())) {
                filterUse.merge("verb " + v.lemma(), 1, Integer::sum);
                continue;
            }
            if (particle != null && v.particle() != null) {
                continue; // "set up" + "* OUT VIEWS": no verb with two particles
            }
            Verb with = particle == null ? v : new Verb(v.lemma(), particle, v.code(), v.line(), v.word());
            emit(code + " | " + trigger(with) + " | " + c, n, raw);
        }
    }

    /**
     * The verbs a pattern applies to: those its comment names (where TABARI's coders found it), else every verb of
     * the block. PETRARCH2 applies every pattern to every verb of its block; with WordNet-wide blocks that gives
     * "felicitate killing" (110) and "ship policymaker" (042), so dyad takes the coders' verb where they named it.
     */
    static List<Verb> foundUnder(String raw, List<Verb> block) {
        int hash = raw.indexOf('#');
        if (hash < 0) {
            return block;
        }
        Set<String> named = new LinkedHashSet<>(List.of(raw.substring(hash + 1).toUpperCase(Locale.ROOT).split("[^A-Z_]+")));
        List<Verb> out = block.stream().filter(v -> named.contains(v.word())).toList();
        return out.isEmpty() ? block : out;
    }

    /** Collects partial-translation notes into why[0]. */
    static List<String> partialNotes(String[] why) {
        return new ArrayList<>() {
            @Override
            public boolean add(String s) {
                why[0] = why[0] == null ? s : why[0] + "; " + s;
                return super.add(s);
            }
        };
    }

    List<String> constraints(List<String> items, List<String> notes) throws Untranslatable {
        List<String> out = new ArrayList<>();
        String object = null;
        Set<String> mods = new LinkedHashSet<>();
        boolean targetObject = false;
        Set<String> preps = new LinkedHashSet<>();
        Set<String> phrasePreps = new LinkedHashSet<>();
        for (String item : items) {
            if (item.startsWith("(")) {
                String[] w = item.substring(1, item.length() - 1).strip().split("\\s+", 2);
                String prep = w[0].toLowerCase(Locale.ROOT);
                if (prep.isEmpty() || !prep.matches("[a-z]+")) {
                    throw new Untranslatable("prepositional phrase " + item + " does not start with a preposition");
                }
                String rest = w.length > 1 ? w[1].strip() : "";
                if (rest.isEmpty() || rest.equals("+")) {
                    preps.add(prep); // its noun is the target
                } else if (!phrasePreps.add(prep)) {
                    throw new Untranslatable("two phrases with the preposition '" + prep + "'");
                } else if (rest.equals("^")) {
                    out.add("pp=" + prep + ":*");
                } else {
                    List<String> inner = items(rest);
                    if (inner == null || inner.size() != 1) {
                        throw new Untranslatable("prepositional phrase " + item + " has more than one noun or marker");
                    }
                    String[] head = head(inner.get(0), mods, notes);
                    out.add("pp=" + prep + ":" + String.join(",", head));
                }
            } else if (item.equals("+")) {
                if (targetObject || object != null) {
                    throw new Untranslatable("target marker + beside an object");
                }
                targetObject = true;
            } else if (item.equals("$") || item.equals("%") || item.equals("^")) {
                throw new Untranslatable("marker " + item + " after the verb (" + (item.equals("$") ? "source position"
                        : item.equals("%") ? "compound actor" : "skipped phrase") + "): dyad's patterns cannot place it");
            } else {
                if (object != null || targetObject) {
                    throw new Untranslatable("more than one noun after the verb: dyad matches one object head");
                }
                object = String.join(",", head(item, mods, notes));
            }
        }
        List<String> c = new ArrayList<>();
        if (object != null) {
            c.add("obj=" + object);
        } else if (targetObject) {
            c.add("obj=*");
        }
        if (!mods.isEmpty()) {
            c.add("mod=" + String.join(",", mods));
        }
        if (!preps.isEmpty()) {
            c.add("prep=" + String.join(",", preps));
        }
        c.addAll(out);
        if (targetObject) {
            c.add("target=obj");
        }
        return c;
    }

    /** Head lemmas of a word, &SET or {MOD HEAD} item; modifiers go to {@code mods}. */
    String[] head(String item, Set<String> mods, List<String> notes) throws Untranslatable {
        if (item.startsWith("{")) {
            String[] w = item.substring(1, item.length() - 1).strip().split("\\s+");
            if (w.length > 2) {
                throw new Untranslatable("phrase " + item + " of three words or more: dyad's mod= asks for one modifier, not all");
            }
            if (w.length == 2) {
                mods.addAll(List.of(words(w[0], notes)));
            }
            return words(w[w.length - 1], notes);
        }
        return words(item, notes);
    }

    /** Lower-case lemmas of a word or synonym set (multiword entries of a set are dropped, with a note). */
    String[] words(String w, List<String> notes) throws Untranslatable {
        if (w.startsWith("&")) {
            String name = w.replaceAll("_$", "");
            if (emptySynsets.contains(name)) {
                throw new Untranslatable("synonym set " + w + " has no entries");
            }
            List<String> members = synsets.get(name);
            if (members == null) {
                throw new Untranslatable("undefined synonym set " + w);
            }
            Set<String> out = new LinkedHashSet<>();
            List<String> dropped = new ArrayList<>();
            for (String m : members) {
                String s = m.toLowerCase(Locale.ROOT).replaceAll("_+$", "");
                if (s.contains("_") || s.contains(" ")) {
                    dropped.add(m);
                } else {
                    out.add(s);
                }
            }
            if (!dropped.isEmpty()) {
                notes.add("multiword entries of " + w + " dropped: " + String.join(" ", dropped));
            }
            if (out.isEmpty()) {
                throw new Untranslatable("synonym set " + w + " has only multiword entries");
            }
            return out.toArray(String[]::new);
        }
        String s = w.toLowerCase(Locale.ROOT).replaceAll("_+$", "");
        if (!s.matches("[a-z][a-z0-9'.-]*")) {
            throw new Untranslatable("word '" + w + "' is not a plain word");
        }
        return new String[] {s};
    }

    void emit(String line, int n, String raw) {
        String[] f = line.split("\\|", -1);
        String key = f[1].strip() + " | " + f[2].strip();
        String before = out.get(key);
        if (before != null) {
            duplicates++;
            if (!before.startsWith(f[0].strip() + " ")) {
                untranslated.add(new Problem(n, "conflict", "same verb and constraints as line " + outLine.get(key) + " with another code ("
                        + before.split(" \\| ")[0] + "): the first is kept", raw + "  -> " + line));
            }
            return;
        }
        out.put(key, line.strip() + " | " + file + ":" + n);
        outLine.put(key, n);
    }

    String layer() {
        StringBuilder sb = new StringBuilder();
        sb.append("# PETRARCH2's verb dictionary ").append(file).append(" (Open Event Data Alliance, MIT licence: LICENSE.petrarch2),\n");
        sb.append("# translated into dyad's pattern format by tools/phoenix_verbs.java. DO NOT EDIT: regenerate.\n");
        sb.append("# Loaded as a layer under verbs.txt: a pattern here is tried only where none of dyad's own matches.\n");
        sb.append("# The fourth field is the ").append(file).append(" line the pattern comes from; untranslated and filtered\n");
        sb.append("# patterns are listed in docs/phoenix-verbs-report.md.\n");
        for (String l : out.values()) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("# PETRARCH2 verb dictionary as a dyad layer: translation report\n\n");
        sb.append("Generated by `tools/phoenix_verbs.java` from `").append(file).append("`; do not edit.\n\n");
        sb.append("| | count |\n|---|---|\n");
        sb.append("| pattern lines read | ").append(patterns).append(" |\n");
        sb.append("| verbs read | ").append(bareVerbs).append(" |\n");
        sb.append("| layer lines written (one per verb of a block and pattern) | ").append(out.size()).append(" |\n");
        sb.append("| duplicates merged (same verb and constraints) | ").append(duplicates).append(" |\n");
        sb.append("| untranslated | ").append(untranslated.size()).append(" |\n");
        sb.append("| translated in part | ").append(partial.size()).append(" |\n");
        sb.append("| filtered for precision | ").append(filtered.size()).append(" |\n\n");
        Map<String, Integer> kinds = new TreeMap<>();
        for (Problem p : untranslated) {
            kinds.merge(p.why().replaceAll("\\('[^']*'\\)|'[^' ]*'|\\([^)]*\\)|\\[[^\\]]*\\]|\\{[^}]*\\}|&\\S+|\\d+", "…"), 1, Integer::sum);
        }
        sb.append("## Untranslated, by reason\n\n");
        kinds.forEach((k, v) -> sb.append("- ").append(v).append(" × ").append(k).append('\n'));
        section(sb, "Filtered for precision (tools/phoenix_verbs.filter.txt)", filtered);
        section(sb, "Untranslated", untranslated);
        section(sb, "Translated in part", partial);
        section(sb, "Notes on the source", notes);
        return sb.toString();
    }

    void section(StringBuilder sb, String title, List<Problem> list) {
        sb.append("\n## ").append(title).append(" (").append(list.size()).append(")\n\n");
        for (Problem p : list) {
            sb.append("- `").append(file).append(':').append(p.line()).append("` ").append(p.why()).append(": `")
                    .append(p.text().strip().replaceAll("\\s+", " ").replace("`", "'")).append("`\n");
        }
    }
}
