package dev.dyad.events;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verb and noun trigger patterns, validated against the CAMEO table at load. Immutable, thread-safe.
 *
 * <p>Two layers: dyad's own patterns ({@code events/verbs.txt}) and under them the field's verb dictionary translated
 * from PETRARCH2 ({@code events/phoenix-verbs.txt}, see FORMAT.md). A trigger's patterns are listed own first, each
 * layer by specificity, so the matcher's first match is dyad's wherever one of dyad's patterns holds.
 */
public final class PatternDictionary {
    /** The layer under dyad's own patterns: PETRARCH2's CAMEO.2.0 verb dictionary, translated by tools/phoenix_verbs.java. */
    public static final String UNDERLAY = "events/phoenix-verbs.txt";
    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+:[0-9]+");
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private int size;
    private int underlaySize;

    public static PatternDictionary builtIn(CameoOntology ontology) {
        return fromLines(DictionaryFiles.resource("events/verbs.txt"), DictionaryFiles.resource(UNDERLAY), ontology);
    }

    public static PatternDictionary fromLines(List<DictionaryLine> lines, CameoOntology ontology) {
        return fromLines(lines, List.of(), ontology);
    }

    /** Own patterns, and a layer under them whose lines must name their origin (fourth field). */
    public static PatternDictionary fromLines(List<DictionaryLine> own, List<DictionaryLine> underlay,
                                              CameoOntology ontology) {
        PatternDictionary d = new PatternDictionary();
        Map<String, List<EventPattern>> verbsBelow = new HashMap<>();
        Map<String, List<EventPattern>> nounsBelow = new HashMap<>();
        d.add(own, false, ontology, d.verbs, d.nouns);
        d.add(underlay, true, ontology, verbsBelow, nounsBelow);
        d.underlaySize = underlay.size();
        Comparator<EventPattern> bySpecificity = Comparator.comparingInt(EventPattern::specificity).reversed();
        d.verbs.values().forEach(l -> l.sort(bySpecificity));
        d.nouns.values().forEach(l -> l.sort(bySpecificity));
        verbsBelow.forEach((k, l) -> {
            l.sort(bySpecificity);
            d.verbs.computeIfAbsent(k, x -> new ArrayList<>()).addAll(l);
        });
        nounsBelow.forEach((k, l) -> {
            l.sort(bySpecificity);
            d.nouns.computeIfAbsent(k, x -> new ArrayList<>()).addAll(l);
        });
        return d;
    }

    private void add(List<DictionaryLine> lines, boolean underlay, CameoOntology ontology,
                     Map<String, List<EventPattern>> verbMap, Map<String, List<EventPattern>> nounMap) {
        Map<String, String> seen = new HashMap<>();
        for (DictionaryLine line : lines) {
            EventPattern p = parse(line, ontology, underlay);
            String key = (p.verb() ? "V " : "N ") + p.lemma() + " " + p.particle() + " " + p.objects() + p.modifiers()
                    + p.preps() + p.xcomps() + p.target() + new java.util.TreeMap<>(p.phrases());
            String before = seen.putIfAbsent(key, line.where());
            if (before != null) {
                throw line.error("same trigger and constraints as " + before + " (duplicate or ambiguous pattern)");
            }
            (p.verb() ? verbMap : nounMap).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
            size++;
        }
    }

    static EventPattern parse(DictionaryLine line, CameoOntology ontology) {
        return parse(line, ontology, false);
    }

    static EventPattern parse(DictionaryLine line, CameoOntology ontology, boolean underlay) {
        line.requireFields(2, 4);
        String origin = line.field(3);
        if (underlay ? !ORIGIN.matcher(origin).matches() : !origin.isEmpty() && !ORIGIN.matcher(origin).matches()) {
            throw line.error("fourth field must name the pattern's origin as FILE:LINE, found '" + origin + "'");
        }
        String code = line.field(0);
        if (!code.equals(EventPattern.NO_EVENT) && !ontology.contains(code)) {
            throw line.error("unknown CAMEO code '" + code + "'");
        }
        String[] trigger = line.field(1).split("\\s+");
        if (trigger.length < 2 || trigger.length > 3 || !(trigger[0].equals("V") || trigger[0].equals("N"))) {
            throw line.error("trigger must be 'V lemma', 'V lemma particle' or 'N lemma', found '" + line.field(1) + "'");
        }
        boolean verb = trigger[0].equals("V");
        if (!verb && trigger.length == 3) {
            throw line.error("a noun trigger takes one lemma; use mod= for modifiers");
        }
        Set<String> objects = Set.of();
        Set<String> modifiers = Set.of();
        Set<String> preps = Set.of();
        Set<String> xcomps = Set.of();
        Map<String, Set<String>> phrases = new HashMap<>();
        String target = null;
        for (String c : line.field(2).isBlank() ? new String[0] : line.field(2).trim().split("\\s+")) {
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw line.error("malformed constraint '" + c + "' (expected name=value)");
            }
            String name = c.substring(0, eq);
            String value = c.substring(eq + 1);
            Set<String> values = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(value.split(","))));
            switch (name) {
                case "obj" -> objects = values;
                case "mod" -> modifiers = values;
                case "prep" -> preps = values;
                case "xcomp" -> xcomps = values;
                case "pp" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0 || colon == value.length() - 1) {
                        throw line.error("pp must be preposition:lemma,lemma (or preposition:*), found '" + value + "'");
                    }
                    Set<String> nouns = Collections.unmodifiableSet(new LinkedHashSet<>(
                            Arrays.asList(value.substring(colon + 1).split(","))));
                    if (phrases.put(value.substring(0, colon), nouns) != null) {
                        throw line.error("two pp= constraints for '" + value.substring(0, colon) + "'");
                    }
                }
                case "target" -> {
                    if (!(value.equals("obj") || value.equals("none") || value.equals("required") || value.startsWith("prep:"))) {
                        throw line.error("target must be obj, none, required or prep:<preposition>, found '" + value + "'");
                    }
                    target = value;
                }
                default -> throw line.error("unknown constraint '" + name + "' (expected obj, mod, prep, pp, xcomp, target)");
            }
        }
        String where = origin.isEmpty() ? line.where() : line.where() + " (" + origin + ")";
        return new EventPattern(code, verb, trigger[1], trigger.length == 3 ? trigger[2] : null, objects, modifiers,
                preps, xcomps, target, where, phrases, underlay);
    }

    public List<EventPattern> verbPatterns(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<EventPattern> nounPatterns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public int size() {
        return size;
    }

    /** Patterns of the layer under dyad's own. */
    public int underlaySize() {
        return underlaySize;
    }
}
