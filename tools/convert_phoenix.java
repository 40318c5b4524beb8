// Converts the PETRARCH2/Phoenix production actor and agent dictionaries (MIT licence, Open Event Data Alliance) into
// dyad's actor dictionary format (core/src/main/resources/dyad/dictionaries/actors/FORMAT.md), the "phoenix layer"
// that dyad loads under its own dictionaries.
//
// Usage (not run at build time; rerun when the sources or the filters change):
//   java tools/convert_phoenix.java ../shared/data/phoenix core/src/main/resources/dyad/dictionaries/actors/phoenix \
//       --dyad core/src/main/resources/dyad/dictionaries/actors --corpus ../shared/bench/reuters21578.jsonl \
//       --places core/src/main/resources/dyad/dictionaries/places --exclude tools/phoenix-exclusions.tsv
//
// Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,
// Phoenix.agents.txt and Phoenix.discards.txt (those present in the directory; format: dictionaries.rst) and writes
// countries.txt, international.txt, milnonstate.txt, agents.txt and REPORT.tsv. Every source line that is not
// converted, or converted only in part, is listed in REPORT.tsv with file:line, a reason and the detail; nothing is
// dropped silently. --dyad gives dyad's own actor files (for the country and organisation codes dyad knows);
// --corpus a JSON-lines news corpus ({"text": ...}) whose lower-case words are the "common English words" that are
// too dangerous as actor names (the layer is matched ignoring case). Both are optional (then no code check and no
// common-word filter). --places gives dyad's gazetteer (cities are scenes, not actors); --exclude a list of phrases
// found to code false actors in news (phrase TAB reason).
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ConvertPhoenix {
    static final Pattern CODE_BODY = Pattern.compile("(\\S+)(?:\\s+(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)))?");
    static final Pattern ACTOR_CODE = Pattern.compile("([A-Z]{3})+");
    static final Pattern PHRASE_CHARS = Pattern.compile("[\\p{L}\\p{N} .,'&/()\\-]+");
    /** Words written in lower case in titles ("Islamic Republic of Afghanistan"); cosmetic, matching ignores case. */
    /**
     * Words written in lower case inside names ("Islamic Republic of Afghanistan", "Bashar al-Assad"): the layer's
     * loader lets them be lower case in the article, while every word written capitalized must have a capital there.
     */
    static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de", "la", "del",
            "du", "des", "le", "el", "y", "et", "al", "bin", "ibn", "van", "von", "der", "den", "da", "dos", "das", "di");
    /** CAMEO codes of states that no longer exist (the Phoenix country file dates them but has no record for them). */
    static final Set<String> FORMER_STATES = Set.of("USR", "YUG", "SCG", "CSK", "FRY");
    /** A word is common English when the corpus writes it in lower case at least this often... */
    static final int COMMON_MIN_LOWER = 5;

    record Defect(String file, int line, String reason, String detail) {}
    record Role(String code, LocalDate from, LocalDate to, int line) {
        boolean undated() { return from == null && to == null; }
    }
    record Name(String text, int line) {}
    record Out(String code, String kind, String phrase, String range, String src) {
        String key() { return phrase.toLowerCase(Locale.ROOT); }
    }

    final List<Defect> report = new ArrayList<>();
    final Set<String> knownPrefixes = new HashSet<>();
    /** Country codes (of the Phoenix country file's country records and of dyad's countries.txt). */
    final Set<String> countryCodes = new HashSet<>();
    /** Lower-case phrase -> why it is excluded (tools/phoenix-exclusions.tsv). */
    final Map<String, String> exclusions = new HashMap<>();
    final Map<String, int[]> wordCounts = new HashMap<>(); // lower-case word -> {lower, capitalized inside a sentence}
    final Set<String> discards = new HashSet<>();
    /** Lower-case city names of dyad's gazetteer -> country. */
    final Map<String, String> cities = new HashMap<>();
    /** Lower-case phrase -> where it was first converted, across the actor files (first wins). */
    final Map<String, String> seen = new HashMap<>();
    /** Lower-case phrase -> the codes it was first converted with (names only). */
    final Map<String, String> seenCodes = new HashMap<>();
    /** Name phrases two records code differently: converted from neither. */
    final Set<String> ambiguous = new HashSet<>();
    final Map<String, String> seenAgents = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java tools/convert_phoenix.java PHOENIX_DIR OUT_DIR [--dyad DYAD_ACTORS_DIR] [--corpus NEWS.jsonl]");
            System.exit(2);
        }
        ConvertPhoenix c = new ConvertPhoenix();
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dyad" -> c.readDyadCodes(Path.of(args[i + 1]));
                case "--corpus" -> c.readCorpus(Path.of(args[i + 1]));
                case "--places" -> c.readPlaces(Path.of(args[i + 1]));
                case "--exclude" -> c.readExclusions(Path.of(args[i + 1]));
                default -> { System.err.println("unknown option " + args[i]); System.exit(2); }
            }
        }
        Files.createDirectories(out);
        c.run(in, out);
    }

    void run(Path in, Path out) throws IOException {
        Path discardFile = in.resolve("Phoenix.discards.txt");
        if (Files.exists(discardFile)) {
            readDiscards(discardFile);
        }
        Path countries = in.resolve("Phoenix.Countries.actors.txt");
        if (Files.exists(countries)) {
            // the country records ("AFGHANISTAN_ [AFG]") name the country codes the other files may use
            for (String l : Files.readAllLines(countries, StandardCharsets.UTF_8)) {
                Matcher m = Pattern.compile("^[^\\s+#\\[][^\\[#]*\\[([A-Z]{3})\\]").matcher(l);
                if (m.find()) {
                    knownPrefixes.add(m.group(1));
                    countryCodes.add(m.group(1));
                }
            }
        }
        String[][] actorFiles = {{"Phoenix.Countries.actors.txt", "countries.txt"},
                {"Phoenix.International.actors.txt", "international.txt"}, {"Phoenix.MilNonState.actors.txt", "milnonstate.txt"}};
        Map<String, Integer> written = new LinkedHashMap<>();
        Map<String[], List<Out>> converted = new LinkedHashMap<>();
        for (String[] f : actorFiles) {
            Path p = in.resolve(f[0]);
            if (Files.exists(p)) {
                converted.put(f, actors(f[0], Files.readAllLines(p, StandardCharsets.UTF_8)));
            }
        }
        for (Map.Entry<String[], List<Out>> e : converted.entrySet()) {
            List<Out> lines = e.getValue().stream().filter(o -> !ambiguous.contains(o.key())).toList();
            write(out.resolve(e.getKey()[1]), e.getKey()[0], lines);
            written.put(e.getKey()[1], lines.size());
        }
        Path agents = in.resolve("Phoenix.agents.txt");
        if (Files.exists(agents)) {
            List<Out> lines = agents("Phoenix.agents.txt", Files.readAllLines(agents, StandardCharsets.UTF_8));
            write(out.resolve("agents.txt"), "Phoenix.agents.txt", lines);
            written.put("agents.txt", lines.size());
        }
        writeReport(out.resolve("REPORT.tsv"), written);
    }

    // ---- inputs ----------------------------------------------------------------------------------------

    void readDyadCodes(Path dir) throws IOException {
        knownPrefixes.addAll(FORMER_STATES);
        for (String f : List.of("countries.txt", "organizations.txt")) {
            for (String l : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
                String body = l.contains("#") ? l.substring(0, l.indexOf('#')) : l;
                String code = body.split("\\|")[0].strip();
                if (code.length() >= 3 && ACTOR_CODE.matcher(code).matches()) {
                    knownPrefixes.add(code.substring(0, 3));
                    if (f.equals("countries.txt") && code.length() == 3) {
                        countryCodes.add(code);
                    }
                }
            }
        }
    }

    /** Phrases found to code false actors in news, one per line: phrase TAB reason ('#' comments). */
    void readExclusions(Path p) throws IOException {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException(p + ": expected 'phrase<TAB>reason': " + l);
            }
            exclusions.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
        }
    }

    /** City names of dyad's gazetteer (cities.txt.gz: name and ASCII name; aliases.txt). */
    void readPlaces(Path dir) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("cities.txt.gz")))) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = l.split("\\|");
                if (!l.startsWith("#") && f.length > 3) {
                    cities.put(f[1].toLowerCase(Locale.ROOT), f[3]);
                    cities.put(f[2].toLowerCase(Locale.ROOT), f[3]);
                }
            }
        }
        for (String l : Files.readAllLines(dir.resolve("aliases.txt"), StandardCharsets.UTF_8)) {
            if (!l.startsWith("#") && l.contains("|")) {
                cities.put(l.split("\\|")[0].strip().toLowerCase(Locale.ROOT), "");
            }
        }
        cities.remove("");
    }

    /** Counts each word written in lower case and capitalized inside a sentence in the corpus' "text" fields. */
    void readCorpus(Path jsonl) throws IOException {
        Pattern word = Pattern.compile("[A-Za-z]+");
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            int t = l.indexOf("\"text\": \"");
            if (t < 0) {
                continue;
            }
            String text = l.substring(t + 9);
            Matcher m = word.matcher(text);
            while (m.find()) {
                String w = m.group();
                int[] c = wordCounts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                if (Character.isLowerCase(w.charAt(0))) {
                    c[0]++;
                } else if (!sentenceStart(text, m.start())) {
                    c[1]++;
                }
            }
        }
    }

    static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\\')) {
            i--;
        }
        return i < 0 || ".!?:;n".indexOf(text.charAt(i)) >= 0; // 'n': an escaped newline "\n"
    }

    boolean common(String word) {
        int[] c = wordCounts.get(word.toLowerCase(Locale.ROOT));
        // however often it is also capitalized: "South" (in "South Korea") is still "the south" at a sentence start
        return c != null && c[0] >= COMMON_MIN_LOWER;
    }

    void readDiscards(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = stripComment(lines.get(i));
            if (l.isEmpty()) {
                continue;
            }
            String phrase = l.replaceFirst("^\\+", "").replace('_', ' ').strip().replaceAll("\\s+", " ");
            discards.add(phrase.toLowerCase(Locale.ROOT));
            report.add(new Defect(p.getFileName().toString(), i + 1, "discard not converted",
                    "dyad's own pipeline has no sentence/story discard list; the phrase is used only to keep it out of "
                            + "the actor layer ('" + phrase + "')"));
        }
    }

    // ---- actors ----------------------------------------------------------------------------------------

    List<Out> actors(String file, List<String> lines) {
        List<Out> out = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String l = stripComment(lines.get(i));
            if (l.isEmpty() || l.startsWith("<!")) {
                continue;
            }
            int b = l.indexOf('[');
            String phrasePart = (b >= 0 ? l.substring(0, b) : l).strip();
            String codePart = b >= 0 ? l.substring(b) : "";
            if (l.startsWith("+")) {
                if (names.isEmpty()) {
                    report.add(new Defect(file, n, "synonym without a record", "'" + l + "'"));
                    continue;
                }
                names.add(new Name(phrasePart.substring(1).strip(), n));
            } else if (phrasePart.isEmpty()) {
                if (names.isEmpty()) {
                    report.add(new Defect(file, n, "code without a record", "'" + l + "'"));
                    continue;
                }
            } else {
                flush(file, names, roles, out);
                names = new ArrayList<>();
                roles = new ArrayList<>();
                names.add(new Name(phrasePart, n));
            }
            roles.addAll(codes(file, n, codePart));
        }
        flush(file, names, roles, out);
        return out;
    }

    /** The {@code [CODE restriction]} brackets of a line; malformed ones are reported and skipped. */
    List<Role> codes(String file, int n, String s) {
        List<Role> out = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty()) {
            int close = rest.indexOf(']');
            if (!rest.startsWith("[") || close < 0) {
                report.add(new Defect(file, n, "malformed code", "'" + rest + "' (expected [CODE] or [CODE restriction])"));
                break;
            }
            String body = rest.substring(1, close).strip();
            rest = rest.substring(close + 1).strip();
            Matcher m = CODE_BODY.matcher(body);
            if (!m.matches()) {
                report.add(new Defect(file, n, "malformed code", "'[" + body + "]'"));
                continue;
            }
            try {
                LocalDate from = null;
                LocalDate to = null;
                if (m.group(2) != null) {
                    LocalDate d = date(m.group(3));
                    if (m.group(2).equals("<")) {
                        to = d;
                    } else {
                        from = d;
                    }
                } else if (m.group(4) != null) {
                    from = date(m.group(4));
                    to = date(m.group(5));
                    if (to.isBefore(from)) {
                        report.add(new Defect(file, n, "date range ends before it starts", "'[" + body + "]'"));
                        continue;
                    }
                }
                out.add(new Role(m.group(1), from, to, n));
            } catch (IllegalArgumentException e) {
                report.add(new Defect(file, n, "bad date", "'[" + body + "]': " + e.getMessage()));
            }
        }
        return out;
    }

    /** YYMMDD (YY < 20 is 20YY: the files are from 2014) or YYYYMMDD, inclusive as dictionaries.rst says. */
    static LocalDate date(String digits) {
        if (digits.length() != 6 && digits.length() != 8) {
            throw new IllegalArgumentException(digits.length() + "-digit date '" + digits + "' (expected YYMMDD or YYYYMMDD)");
        }
        if (digits.length() == 6) {
            digits = (Integer.parseInt(digits.substring(0, 2)) < 20 ? "20" : "19") + digits;
        }
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day '" + digits + "'");
        }
    }

    void flush(String file, List<Name> names, List<Role> roles, List<Out> out) {
        if (names.isEmpty()) {
            return;
        }
        int first = names.get(0).line();
        if (roles.isEmpty()) {
            report.add(new Defect(file, first, "record without a code", "'" + names.get(0).text() + "' and "
                    + (names.size() - 1) + " synonym(s): nothing to code them with"));
            return;
        }
        List<Role> usable = usableRoles(file, roles);
        if (usable.isEmpty()) {
            return; // every code was reported
        }
        boolean dated = usable.stream().anyMatch(r -> !r.undated());
        Role latest = usable.get(usable.size() - 1);
        if (dated && latest.code().length() == 3) {
            // a state whose code changed ("BELARUS_" [USRBLR <910825] [BLR >911221]): dyad's names are undated
            report.add(new Defect(file, first, "dated state code approximated", "'" + names.get(0).text() + "': dyad's "
                    + "names have no dates; converted with its latest code " + latest.code() + " (line " + latest.line() + ")"));
            usable = List.of(new Role(latest.code(), null, null, latest.line()));
            dated = false;
        }
        String codes = String.join(",", usable.stream().map(r -> primary(r.code()) + " " + iso(r.from()) + ".." + iso(r.to())).toList());
        for (Name name : names) {
            for (String phrase : phrases(file, name)) {
                if (dangerous(file, name.line(), phrase, dated)) {
                    continue;
                }
                if (!dated && usable.get(0).code().length() == 3 && cities.containsKey(phrase.toLowerCase(Locale.ROOT))) {
                    report.add(new Defect(file, name.line(), "city", "'" + phrase + "' (" + usable.get(0).code() + ") is a city "
                            + "of dyad's gazetteer: news names it mostly as a scene (\"talks in Geneva\"), which dyad locates; "
                            + "as an actor it would code the country there. Capitals are dyad's own 'capital' entries"));
                    continue;
                }
                String key = phrase.toLowerCase(Locale.ROOT);
                String before = seen.putIfAbsent(key, file + ":" + name.line());
                if (before != null) {
                    String otherCodes = seenCodes.get(key);
                    if (!dated && otherCodes != null && !otherCodes.equals(codes)) {
                        ambiguous.add(key);
                        report.add(new Defect(file, name.line(), "ambiguous phrase", "'" + phrase + "' is coded " + codes
                                + " here and " + otherCodes + " at " + before + ": converted from neither"));
                    } else {
                        report.add(new Defect(file, name.line(), "duplicate phrase", "'" + phrase + "' already converted from "
                                + before + (otherCodes == null ? " as a person" : "") + " (the first wins)"));
                    }
                    continue;
                }
                if (!dated) {
                    seenCodes.put(key, codes);
                }
                for (Role r : usable) {
                    String src = file + ":" + name.line() + (r.line() == name.line() ? "" : " code:" + r.line());
                    String code = primary(r.code());
                    if (!code.equals(r.code())) {
                        src += " [" + r.code() + "]";
                    }
                    out.add(dated ? new Out(code, "person", phrase, iso(r.from()) + ".." + iso(r.to()), src)
                            : new Out(code, "name", phrase, null, src));
                }
            }
        }
    }

    /**
     * The roles as disjoint date segments, earlier lines winning where ranges overlap (the overlap is reported); an
     * undated code fills the periods no range covers; codes dyad cannot express are reported.
     */
    List<Role> usableRoles(String file, List<Role> roles) {
        Role fallback = null;
        List<Role> dated = new ArrayList<>();
        for (Role r : roles) {
            if (!validCode(file, r)) {
                continue;
            }
            if (r.undated()) {
                if (fallback != null) {
                    report.add(new Defect(file, r.line(), "second undated code", "[" + r.code() + "] after ["
                            + fallback.code() + "] (line " + fallback.line() + "): the first is kept"));
                } else {
                    fallback = r;
                }
            } else {
                dated.add(r);
            }
        }
        // the narrower range wins: "[USAELI >19480101]" followed by "[USAGOV 890125-920823]" means an elite who
        // held office from 1989 to 1992 (a role inside a period is the files' convention, not a defect)
        dated.sort(Comparator.comparingLong(ConvertPhoenix::days));
        List<Role> segments = new ArrayList<>();
        for (Role r : dated) {
            List<Role> pieces = subtract(r, segments);
            Role partial = segments.stream().filter(o -> overlap(o, r) && !contains(r, o)).findFirst().orElse(null);
            if (partial != null) {
                String kept = pieces.isEmpty() ? "dropped (wholly inside narrower ranges)" : "kept only "
                        + String.join(", ", pieces.stream().map(p -> iso(p.from()) + ".." + iso(p.to())).toList());
                report.add(new Defect(file, r.line(), "overlapping date ranges", "[" + r.code() + " " + iso(r.from()) + ".."
                        + iso(r.to()) + "] overlaps [" + partial.code() + " " + iso(partial.from()) + ".." + iso(partial.to())
                        + "] of line " + partial.line() + " (the narrower wins): " + kept));
            }
            segments.addAll(pieces);
        }
        boolean hasDated = !segments.isEmpty();
        if (fallback != null) {
            if (hasDated && (fallback.code().equals("ELI") || fallback.code().equals("---"))) {
                report.add(new Defect(file, fallback.line(), "undated code implied", "[" + fallback.code() + "] outside the "
                        + "dated roles: dyad codes a person by country alone before the first role and as former elite "
                        + "(ELI; an IGO keeps its code) after the last"));
                fallback = null;
            } else if (fallback.code().equals("---")) {
                report.add(new Defect(file, fallback.line(), "null code", "[---] (known, codes nothing): dyad's actor "
                        + "dictionaries have no such entry"));
                fallback = null;
            } else if (fallback.code().equals("ELI")) {
                report.add(new Defect(file, fallback.line(), "code without a country", "[ELI] alone names no actor"));
                fallback = null;
            }
        }
        if (fallback != null) {
            segments.addAll(subtract(fallback, segments));
        }
        List<Role> usable = new ArrayList<>();
        for (Role r : segments) {
            if (r.code().equals("---")) {
                report.add(new Defect(file, r.line(), "null code period", "[--- " + iso(r.from()) + ".." + iso(r.to())
                        + "]: dyad codes the person by its default for the period (country alone, or ELI after a role)"));
            } else {
                usable.add(r);
            }
        }
        usable.sort(Comparator.comparing((Role r) -> r.from() == null ? LocalDate.MIN : r.from()));
        return usable;
    }

    boolean validCode(String file, Role r) {
        String c = r.code();
        if (c.equals("---") || c.equals("ELI")) {
            return true; // handled by the caller
        }
        if (!ACTOR_CODE.matcher(c).matches()) {
            report.add(new Defect(file, r.line(), "malformed code", "'" + c + "' (dyad codes are upper-case letters, a multiple of 3)"));
            return false;
        }
        if (c.startsWith("MNC")) {
            report.add(new Defect(file, r.line(), "company", "'" + c + "': dyad codes no business actors (business news is "
                    + "not political event data)"));
            return false;
        }
        if (!knownPrefixes.isEmpty() && !knownPrefixes.contains(c.substring(0, 3))) {
            report.add(new Defect(file, r.line(), "unknown country or organisation code", "'" + c + "': '" + c.substring(0, 3)
                    + "' is no country of the Phoenix country file and no code of dyad's own dictionaries"));
            return false;
        }
        return true;
    }

    /** Length of a range in days (open ends count as far away). */
    static long days(Role r) {
        long from = r.from() == null ? -1_000_000 : r.from().toEpochDay();
        long to = r.to() == null ? 1_000_000 : r.to().toEpochDay();
        return to - from;
    }

    /** Whether range a holds all of range b. */
    static boolean contains(Role a, Role b) {
        return (a.from() == null || b.from() != null && !b.from().isBefore(a.from()))
                && (a.to() == null || b.to() != null && !b.to().isAfter(a.to()));
    }

    static boolean overlap(Role a, Role b) {
        LocalDate af = a.from() == null ? LocalDate.MIN : a.from(), at = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bf = b.from() == null ? LocalDate.MIN : b.from(), bt = b.to() == null ? LocalDate.MAX : b.to();
        return !at.isBefore(bf) && !bt.isBefore(af);
    }

    static List<Role> subtract(Role r, List<Role> covered) {
        List<Role> pieces = new ArrayList<>(List.of(r));
        for (Role c : covered) {
            List<Role> next = new ArrayList<>();
            for (Role p : pieces) {
                if (!overlap(c, p)) {
                    next.add(p);
                    continue;
                }
                if (c.from() != null && (p.from() == null || p.from().isBefore(c.from()))) {
                    next.add(new Role(p.code(), p.from(), c.from().minusDays(1), p.line()));
                }
                if (c.to() != null && (p.to() == null || p.to().isAfter(c.to()))) {
                    next.add(new Role(p.code(), c.to().plusDays(1), p.to(), p.line()));
                }
            }
            pieces = next;
        }
        return pieces;
    }

    /** Phrases for a Phoenix name: underscores are spaces; "NAME_(ACR)" gives "Name" and "ACR". */
    List<String> phrases(String file, Name name) {
        String words = name.text().replace('_', ' ').strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            report.add(new Defect(file, name.line(), "empty phrase", "'" + name.text() + "'"));
            return List.of();
        }
        if (!PHRASE_CHARS.matcher(words).matches()) {
            report.add(new Defect(file, name.line(), "malformed phrase", "'" + name.text()
                    + "' (characters other than letters, digits, spaces and . , ' & / ( ) -)"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher paren = Pattern.compile("\\(([^()]*)\\)").matcher(words);
        String outside = words.replaceAll("\\([^()]*\\)", " ").strip().replaceAll("\\s+", " ");
        if (outside.contains("(") || outside.contains(")")) {
            report.add(new Defect(file, name.line(), "malformed phrase", "'" + name.text() + "' (unbalanced parentheses)"));
            return List.of();
        }
        if (!outside.isEmpty()) {
            out.add(titleCase(outside));
        }
        while (paren.find()) {
            String inner = paren.group(1).strip();
            if (inner.matches("[A-Z][A-Z.\\-]{1,7}") && !seen.containsKey(inner.toLowerCase(Locale.ROOT))) {
                out.add(inner); // an acronym ("(AAIA)"), not a country name the file already knows ("(BOLIVIA)")
            } else if (!inner.isEmpty()) {
                report.add(new Defect(file, name.line(), "parenthesis not converted", "'(" + inner + ")' in '" + name.text()
                        + "' is no acronym; the phrase is converted without it"));
            }
        }
        return out;
    }

    static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        String[] ws = words.split(" ");
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                b.append(' ');
            }
            if (i > 0 && SMALL_WORDS.contains(w)) {
                b.append(w);
                continue;
            }
            boolean start = true;
            for (char ch : w.toCharArray()) {
                b.append(start ? Character.toUpperCase(ch) : ch);
                start = ch == '-' || ch == '.' || ch == '/';
            }
        }
        return b.toString();
    }

    /**
     * dyad's code for a Phoenix code: a country with its first sector only ("BENGOVEDU" is BENGOV), as dyad's own
     * files and CAMEO's sector codes have it; organisation codes (IGO..., NGO...) as written. The converted line's
     * comment keeps the full Phoenix code.
     */
    String primary(String code) {
        return code.length() > 6 && countryCodes.contains(code.substring(0, 3)) ? code.substring(0, 6) : code;
    }

    /** Phrases that would code false actors in news: common words, surnames alone, discarded phrases. */
    boolean dangerous(String file, int line, String phrase, boolean person) {
        String[] words = phrase.split(" ");
        String reason = null;
        if (discards.contains(phrase.toLowerCase(Locale.ROOT))) {
            reason = "listed in Phoenix.discards.txt";
        } else if (exclusions.containsKey(phrase.toLowerCase(Locale.ROOT))) {
            reason = exclusions.get(phrase.toLowerCase(Locale.ROOT)) + " (tools/phoenix-exclusions.tsv)";
        } else if (words.length == 1 && phrase.replaceAll("[^\\p{L}\\p{N}]", "").length() <= 2) {
            reason = "one or two letters";
        } else if (person && words.length == 1) {
            reason = "a single-word person name (a surname alone names many people)";
        } else if (!wordCounts.isEmpty() && words.length == 1 && commonOrSmall(words[0])) {
            // capitalized at the start of a sentence ("Rebels said", "North of the city") it would match; a name of
            // several common words ("Federal Security Service") is kept: the layer matches it only capitalized, and
            // the generic ones ("National Assembly") are in several countries' records, so ambiguous
            reason = "a common English word";
        }
        if (reason != null) {
            report.add(new Defect(file, line, "dangerous phrase", "'" + phrase + "': " + reason));
            return true;
        }
        return false;
    }

    boolean commonOrSmall(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return SMALL_WORDS.contains(w) || w.matches("[\\p{Punct}]+") || Arrays.stream(w.split("[-/]")).allMatch(this::common);
    }

    // ---- agents ----------------------------------------------------------------------------------------

    List<Out> agents(String file, List<String> lines) {
        Map<String, List<String>> markers = new LinkedHashMap<>();
        List<Out> out = new ArrayList<>();
        Pattern entry = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]*)[\\]}]\\s*");
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String l = stripComment(lines.get(i));
            if (l.isEmpty() || l.startsWith("<!")) {
                continue;
            }
            if (l.matches("!\\w+!\\s*=.*")) {
                String marker = l.substring(0, l.indexOf('=')).strip();
                markers.put(marker, Arrays.stream(l.substring(l.indexOf('=') + 1).split(",")).map(String::strip).toList());
                continue;
            }
            Matcher m = entry.matcher(l);
            if (!m.matches()) {
                report.add(new Defect(file, n, "malformed agent", "'" + l + "' (expected PHRASE {plural} [~CODE])"));
                continue;
            }
            String code = m.group(3).strip();
            String sector;
            if (code.startsWith("~")) {
                sector = code.substring(1);
            } else if (code.endsWith("~")) {
                sector = code.substring(0, code.length() - 1);
                report.add(new Defect(file, n, "prefix agent code approximated", "'" + code + "': PETRARCH puts it before "
                        + "the actor's code; dyad's agent nouns add a sector after the country, so it is converted as " + sector));
            } else {
                report.add(new Defect(file, n, "malformed agent code", "'" + code + "' (no '~')"));
                continue;
            }
            if (!ACTOR_CODE.matcher(sector).matches()) {
                report.add(new Defect(file, n, "malformed agent code", "'" + code + "'"));
                continue;
            }
            String phrase = m.group(1).strip();
            if (phrase.matches(".*[A-Za-z!]\\s+[A-Za-z!].*")) {
                report.add(new Defect(file, n, "gap approximated", "'" + phrase + "': PETRARCH lets other words come "
                        + "between words separated by a blank; dyad matches them adjacent"));
            }
            List<String> forms = new ArrayList<>(List.of(phrase));
            for (Map.Entry<String, List<String>> mk : markers.entrySet()) {
                List<String> next = new ArrayList<>();
                for (String f : forms) {
                    if (f.contains(mk.getKey())) {
                        mk.getValue().forEach(v -> next.add(f.replace(mk.getKey(), v)));
                    } else {
                        next.add(f);
                    }
                }
                forms = next;
            }
            for (String f : forms) {
                String words = f.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (f.contains("!")) {
                    report.add(new Defect(file, n, "unknown substitution marker", "'" + f + "'"));
                    continue;
                }
                if (!PHRASE_CHARS.matcher(words).matches() || words.isEmpty()) {
                    report.add(new Defect(file, n, "malformed phrase", "'" + f + "'"));
                    continue;
                }
                String before = seenAgents.putIfAbsent(words, file + ":" + n);
                if (before != null) {
                    report.add(new Defect(file, n, "duplicate phrase", "'" + words + "' already converted from " + before
                            + " (the first wins)"));
                    continue;
                }
                String excluded = exclusions.get(words);
                if (excluded != null) {
                    report.add(new Defect(file, n, "excluded", "'" + words + "': " + excluded + " (tools/phoenix-exclusions.tsv)"));
                    continue;
                }
                out.add(new Out(sector.substring(0, 3), "noun", words, null, file + ":" + n
                        + (sector.length() > 3 ? " [" + code + "]" : "")));
            }
        }
        return out;
    }

    // ---- output ----------------------------------------------------------------------------------------

    static String stripComment(String raw) {
        String l = raw.strip();
        boolean inCode = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            inCode = c == '[' || inCode && c != ']';
            if (c == '#' && !inCode) {
                return l.substring(0, i).strip();
            }
        }
        return l;
    }

    static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static void write(Path p, String source, List<Out> lines) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# dyad actor dictionary, Phoenix layer (loaded under dyad's own files; see ../FORMAT.md, section 'Layers').\n")
         .append("# Origin: PETRARCH2/Phoenix production dictionaries, file ").append(source)
         .append(" (Open Event Data Alliance),\n")
         .append("# converted by tools/convert_phoenix.java; lines it could not convert: REPORT.tsv.\n")
         .append("# Licence: MIT, Copyright (c) 2014 Open Event Data Alliance; full text in LICENSE.petrarch2 beside this file.\n")
         .append("# Each line's comment names the source line (and the line of its code when that differs).\n")
         .append("# Do not edit by hand: fix dyad's own files (they win) or the converter.\n");
        for (Out o : lines) {
            b.append(o.code()).append(" | ").append(o.kind()).append(" | ").append(o.phrase());
            if (o.range() != null) {
                b.append(" | ").append(o.range());
            }
            b.append("  # ").append(o.src()).append('\n');
        }
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
    }

    void writeReport(Path p, Map<String, Integer> written) throws IOException {
        Map<String, Integer> byReason = new TreeMap<>();
        report.forEach(d -> byReason.merge(d.reason(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        b.append("# Phoenix source lines not converted, or converted only in part, by tools/convert_phoenix.java.\n")
         .append("# Columns: source file:line <TAB> reason <TAB> detail. Lines written: ").append(written).append('\n')
         .append("# Counts by reason: ").append(byReason).append('\n');
        for (Defect d : report) {
            b.append(d.file()).append(':').append(d.line()).append('\t').append(d.reason()).append('\t').append(d.detail()).append('\n');
        }
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
    }
}
