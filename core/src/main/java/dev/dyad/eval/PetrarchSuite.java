package dev.dyad.eval;

import dev.dyad.dict.DictionaryException;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.petrarch.PetrarchDictionaries;
import dev.dyad.petrarch.coder.PetrarchCoder;
import dev.dyad.petrarch.coder.PtbTree;
import dev.dyad.pipeline.Dyad;
import dev.dyad.pipeline.PipelineFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs a PETRARCH validation file ({@code PETR.UnitTest.records.xml}, schema {@code validation.rng}):
 * each {@code <Sentence>} is coded by dyad with the dictionaries its {@code <Environment>} names (in the
 * same directory) and counts as right when dyad's (source, target, code) triples equal the
 * {@code <EventCoding>}s exactly. Like PETRARCH's default ({@code require_dyad}), events without a
 * target are not counted. {@code <Parse>} trees are ignored: dyad parses the text itself.
 */
public final class PetrarchSuite {
    /** One expected or coded event. */
    public record Triple(String source, String target, String code) implements Comparable<Triple> {
        @Override
        public int compareTo(Triple o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

    /** One {@code <Sentence>}; {@code expected} is empty for records expecting no event (errors, discards). */
    /** {@code requireDyad}, {@code newActorLength}: the {@code <Config>} options in force for the record. */
    public record Record(String id, String category, LocalDate date, String text, Set<Triple> expected,
            String parse, boolean requireDyad, int newActorLength) {
        public Record(String id, String category, LocalDate date, String text, Set<Triple> expected) {
            this(id, category, date, text, expected, null, true, 0);
        }

        Record withoutParse() {
            return new Record(id, category, date, text, expected, null, requireDyad, newActorLength);
        }
    }

    public record Outcome(Record record, Set<Triple> coded) {
        public boolean exact() {
            return record.expected().equals(coded);
        }
    }

    /** The file's records and the dictionary files named in its {@code <Environment>}. */
    public record Suite(List<Record> records, Map<String, String> environment) {
    }

    public record Result(List<Outcome> outcomes) {
        public long exact() {
            return outcomes.stream().filter(Outcome::exact).count();
        }

        public double rate() {
            return outcomes.isEmpty() ? 0 : (double) exact() / outcomes.size();
        }

        /** category → {records, exact}, sorted by category. */
        public Map<String, int[]> byCategory() {
            Map<String, int[]> m = new TreeMap<>();
            for (Outcome o : outcomes) {
                int[] c = m.computeIfAbsent(o.record().category(), k -> new int[2]);
                c[0]++;
                c[1] += o.exact() ? 1 : 0;
            }
            return m;
        }
    }

    private PetrarchSuite() {
    }

    public static Suite read(Path xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(xml.toFile());
            Map<String, String> env = new TreeMap<>();
            NodeList envs = doc.getElementsByTagName("Environment");
            if (envs.getLength() > 0) {
                for (var n = envs.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        env.put(e.getTagName(), e.getTextContent().trim());
                    }
                }
            }
            List<Record> records = new ArrayList<>();
            boolean requireDyad = true;
            int newActorLength = 0;
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String option = e.getAttribute("option");
                String value = e.getAttribute("value").trim();
                if (e.getTagName().equals("Config") && option.equals("require_dyad")) {
                    requireDyad = !value.equalsIgnoreCase("false");
                } else if (e.getTagName().equals("Config") && option.equals("new_actor_length")) {
                    try {
                        newActorLength = Integer.parseInt(value);
                    } catch (NumberFormatException bad) {
                        throw new DictionaryException(xml + ": <Config option=\"new_actor_length\">: not a number: '" + value + "'");
                    }
                } else if (e.getTagName().equals("Sentence")) {
                    records.add(record(xml, e, requireDyad, newActorLength));
                }
            }
            return new Suite(records, env);
        } catch (DictionaryException e) {
            throw e;
        } catch (Exception e) {
            throw new DictionaryException(xml + ": not a PETRARCH validation file: " + e.getMessage());
        }
    }

    private static Record record(Path xml, Element s, boolean requireDyad, int newActorLength) {
        String id = s.getAttribute("id");
        Set<Triple> expected = new TreeSet<>();
        NodeList codings = s.getElementsByTagName("EventCoding");
        for (int j = 0; j < codings.getLength(); j++) {
            Element c = (Element) codings.item(j);
            if (c.hasAttribute("eventcode")) {
                expected.add(new Triple(c.getAttribute("sourcecode"), c.getAttribute("targetcode"),
                        c.getAttribute("eventcode")));
            } else if (!c.hasAttribute("error") && !c.hasAttribute("noevents")) {
                throw new DictionaryException(xml + ": record " + id + ": <EventCoding> without eventcode, error or noevents");
            }
        }
        NodeList text = s.getElementsByTagName("Text");
        if (text.getLength() != 1) {
            throw new DictionaryException(xml + ": record " + id + ": expected one <Text>");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s.getAttribute("date"), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            throw new DictionaryException(xml + ": record " + id + ": bad date '" + s.getAttribute("date") + "'");
        }
        NodeList parse = s.getElementsByTagName("Parse");
        return new Record(id, s.getAttribute("category"), date,
                text.item(0).getTextContent().trim().replaceAll("\\s+", " "), expected,
                parse.getLength() == 1 ? parse.item(0).getTextContent() : null, requireDyad, newActorLength);
    }

    /** The dictionaries named in the environment, resolved in the XML file's directory. */
    public static PetrarchDictionaries dictionaries(Path xml, Suite suite) {
        Path dir = xml.toAbsolutePath().getParent();
        return PetrarchDictionaries.load(file(dir, suite, "Verbfile"), file(dir, suite, "Actorfile"),
                file(dir, suite, "Agentfile"), file(dir, suite, "Discardfile"));
    }

    private static Path file(Path dir, Suite suite, String key) {
        String name = suite.environment().get(key);
        if (name == null || name.isBlank()) {
            return null;
        }
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new DictionaryException(p + ": named in <Environment> <" + key + "> but not found");
        }
        return p;
    }

    /** Codes every record (in parallel: {@link Dyad#code} is thread-safe). */
    public static Result run(List<Record> records, Dyad dyad) {
        return score(records, r -> triples(dyad.code(new Article(r.id(), r.text(), r.date()))));
    }

    public static Result score(List<Record> records, Function<Record, Set<Triple>> coder) {
        List<Outcome> outcomes = records.parallelStream().map(r -> new Outcome(r, coder.apply(r))).toList();
        return new Result(outcomes);
    }

    public static Set<Triple> triples(AnnotatedDocument doc) {
        Set<Triple> t = new TreeSet<>();
        for (Event e : doc.events()) {
            if (e.target() != null) {
                t.add(new Triple(e.source().code(), e.target().code(), e.cameo()));
            }
        }
        return t;
    }

    /** The Markdown report: per-category table, then every record that differs. */
    public static String markdown(Path xml, Result result, PetrarchDictionaries dicts) {
        return markdown(xml, result, dicts, false);
    }

    public static String markdown(Path xml, Result result, PetrarchDictionaries dicts, boolean ownParse) {
        StringBuilder b = new StringBuilder();
        b.append("## PETRARCH2 unit-test records (").append(xml.getFileName()).append(")\n\n");
        b.append("Exact match: dyad's set of (source, target, code) equals the record's `<EventCoding>`s; ")
                .append("records expecting no event are right when dyad codes none.\n\n");
        b.append("| category | records | exact | rate |\n|---|---|---|---|\n");
        for (var e : result.byCategory().entrySet()) {
            b.append(String.format("| %s | %d | %d | %.1f%% |%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[1] / e.getValue()[0]));
        }
        b.append(String.format("| **all** | %d | %d | %.1f%% |%n%n", result.outcomes().size(), result.exact(),
                100 * result.rate()));
        if (dicts != null) {
            b.append("Coded by `PetrarchCoder` (PETRARCH2's algorithm) over ")
                    .append(ownParse ? "CoreNLP's PCFG parse of each record's `<Text>` (`dyad code --dictionaries petrarch:`), not the record's `<Parse>`. "
                            : "each record's `<Parse>` tree. ")
                    .append("Loading the dictionaries approximated or skipped ").append(dicts.report().defects().size())
                    .append(" lines (`dyad validate --dictionaries petrarch:DIR`, docs/petrarch.md).\n\n");
        }
        b.append("### Differences\n\n");
        for (Outcome o : result.outcomes()) {
            if (!o.exact()) {
                b.append("- `").append(o.record().id()).append("` expected ").append(o.record().expected())
                        .append(", dyad ").append(o.coded()).append(": ").append(o.record().text()).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Codes every record as PETRARCH2 does, with {@link PetrarchCoder} over the record's {@code <Parse>} tree
     * (a tree with unbalanced brackets codes nothing, PETRARCH's {@code bad_input_parse}); discarded
     * sentences and stories code nothing. Records without a tree are coded by {@code fallback}.
     */
    public static Result runPetrarch(List<Record> records, PetrarchDictionaries dicts, java.util.function.Supplier<Dyad> fallback) {
        PetrarchCoder coder = new PetrarchCoder(dicts.lexicon());
        return score(records, r -> {
            if (r.parse() == null) {
                return triples(fallback.get().code(new Article(r.id(), r.text(), r.date())));
            }
            Set<Triple> t = new TreeSet<>();
            if (dicts.discards().discards(r.text())) {
                return t;
            }
            PtbTree tree;
            try {
                tree = PtbTree.parse(r.parse());
            } catch (PtbTree.MalformedTreeException e) {
                return t;
            }
            for (PetrarchCoder.Coded c : coder.code(tree, r.date(),
                    new PetrarchCoder.Options(r.requireDyad(), r.newActorLength()))) {
                t.add(new Triple(c.source(), c.target(), c.code()));
            }
            return t;
        });
    }

    /** Reads, loads the environment's dictionaries, codes and reports: what {@code dyad eval --petrarch-xml} prints. */
    /** The markdown report and the exact-match rate of one run of the suite. */
    public record Report(String markdown, double rate) {
    }

    /**
     * Codes the suite with the dictionaries its {@code <Environment>} names. With {@code ownParse} (the default
     * of {@code dyad eval}, as issue 9 asks) the records' {@code <Parse>} trees are ignored and each {@code <Text>}
     * goes through {@code dyad code}'s pipeline (CoreNLP's constituency parse, then {@link PetrarchCoder});
     * without it the records' own trees are coded, as PETRARCH2 does.
     */
    public static Report evaluate(Path xml, boolean ownParse) {
        Suite suite = read(xml);
        PetrarchDictionaries dicts = dictionaries(xml, suite);
        List<Record> records = !ownParse ? suite.records() : suite.records().stream()
                .map(Record::withoutParse).toList();
        Dyad[] dyad = new Dyad[1];
        Result r = runPetrarch(records, dicts, () -> {
            synchronized (dyad) {
                if (dyad[0] == null) {
                    dyad[0] = PipelineFactory.build(dicts, xml.toAbsolutePath().getParent());
                }
                return dyad[0];
            }
        });
        return new Report(markdown(xml, r, dicts, ownParse), r.rate());
    }
}
