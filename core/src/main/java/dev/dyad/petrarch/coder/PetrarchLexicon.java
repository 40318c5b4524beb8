package dev.dyad.petrarch.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PETRARCH's actor, agent and verb dictionaries as PETRARCH2 reads them, for {@link PetrarchCoder}: phrases
 * are upper-case word lists matched on whole words; actor codes keep the days they hold; agent codes
 * keep their side ({@code ~GOV} after the actor, {@code NGO~} before it); verb families keep their patterns
 * with the words before and after {@code *}. Each file kind has its reader ({@link ActorReader},
 * {@link AgentReader}, {@link VerbReader}) over one line reader ({@link PetrarchLines}); what they cannot
 * represent goes to a {@link DefectReport}. Immutable once read; thread-safe.
 */
public final class PetrarchLexicon {
    /** Actor codes and the days they hold; {@code codes} empty: a null code (the phrase names an actor without one). */
    public record DatedCode(List<String> codes, Validity validity) {
    }

    /** {@code gaps.get(k)}: word k was written after a space (not {@code _}), so adjectives may come between. */
    public record Actor(List<String> words, List<Boolean> gaps, List<DatedCode> codes) {
        /** The codes for a day: the first dated code holding it, else the first undated code; null when none. */
        public List<String> codesOn(LocalDate date) {
            List<String> fallback = null;
            for (DatedCode c : codes) {
                if (c.validity().always()) {
                    if (fallback == null) {
                        fallback = c.codes();
                    }
                } else if (c.validity().contains(date)) {
                    return c.codes();
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

    /** A dictionary file's name (for {@code file:line} in reports and rules) and its text. */
    public record Source(String file, String text) {
    }

    final Map<String, List<Actor>> actors = new HashMap<>();
    final Map<String, List<Agent>> agents = new HashMap<>();
    final Map<String, List<VerbForm>> verbs = new HashMap<>();
    final Map<String, List<List<String>>> synsets = new HashMap<>();

    private String verbFile = "verbs";

    private PetrarchLexicon() {
    }

    /** Dictionary texts named {@code verbs}, {@code actors}, {@code agents} (any may be null); lines it cannot read are dropped. */
    public static PetrarchLexicon read(String verbs, String actors, String agents) {
        return read("verbs", verbs, actors, agents, new DefectReport());
    }

    /** {@code verbFile} names the verb dictionary in rules and reports ({@code file:line}). */
    public static PetrarchLexicon read(String verbFile, String verbs, String actors, String agents, DefectReport report) {
        return load(verbs == null ? null : new Source(verbFile, verbs),
                actors == null ? List.of() : List.of(new Source("actors", actors)),
                agents == null ? List.of() : List.of(new Source("agents", agents)), report);
    }

    /** Reads the files in order (several actor files add up, as PETRARCH2's {@code actorfile_list}); defects go to {@code report}. */
    public static PetrarchLexicon load(Source verbs, List<Source> actorFiles, List<Source> agentFiles, DefectReport report) {
        PetrarchLexicon l = new PetrarchLexicon();
        for (Source s : actorFiles) {
            ActorReader.read(PetrarchLines.read(s.file(), s.text()), l, report);
        }
        for (Source s : agentFiles) {
            AgentReader.read(PetrarchLines.read(s.file(), s.text()), l, report);
        }
        if (verbs != null) {
            l.verbFile = verbs.file();
            VerbReader.read(PetrarchLines.read(verbs.file(), verbs.text()), l, report);
        }
        return l;
    }

    /** A phrase's words, upper-cased, split at spaces and {@code _}. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().toUpperCase(Locale.ROOT).split("[\\s_]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** For each word of a phrase, whether a space (not {@code _}) comes before it. */
    static List<Boolean> gaps(String phrase) {
        List<Boolean> out = new ArrayList<>();
        for (String token : phrase.trim().split("\\s+")) {
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

    public Map<String, List<List<String>>> synsets() {
        return synsets;
    }

    public String verbFile() {
        return verbFile;
    }

    /** Number of actor phrases, agent phrases and verb forms: for summaries. */
    public int[] sizes() {
        return new int[] {actors.values().stream().mapToInt(List::size).sum(),
                agents.values().stream().mapToInt(List::size).sum(), verbs.values().stream().mapToInt(List::size).sum()};
    }

    /** Every event code the verb dictionary can give (both halves of {@code [a:b]}), without {@code ---}. */
    public Set<String> codes() {
        Set<String> out = new TreeSet<>();
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
