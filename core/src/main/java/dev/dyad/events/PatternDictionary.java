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

/** Verb and noun trigger patterns, validated against the CAMEO table at load. Immutable, thread-safe. */
public final class PatternDictionary {
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private int size;

    public static PatternDictionary builtIn(CameoOntology ontology) {
        return fromLines(DictionaryFiles.resource("events/verbs.txt"), ontology);
    }

    public static PatternDictionary fromLines(List<DictionaryLine> lines, CameoOntology ontology) {
        PatternDictionary d = new PatternDictionary();
        Map<String, String> seen = new HashMap<>();
        for (DictionaryLine line : lines) {
            EventPattern p = parse(line, ontology);
            String key = (p.verb() ? "V " : "N ") + p.lemma() + " " + p.particle() + " " + p.objects() + p.modifiers()
                    + p.preps() + p.xcomps() + p.target();
            String before = seen.putIfAbsent(key, line.where());
            if (before != null) {
                throw line.error("same trigger and constraints as " + before + " (duplicate or ambiguous pattern)");
            }
            (p.verb() ? d.verbs : d.nouns).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
            d.size++;
        }
        Comparator<EventPattern> bySpecificity = Comparator.comparingInt(EventPattern::specificity).reversed();
        d.verbs.values().forEach(l -> l.sort(bySpecificity));
        d.nouns.values().forEach(l -> l.sort(bySpecificity));
        return d;
    }

    static EventPattern parse(DictionaryLine line, CameoOntology ontology) {
        line.requireFields(2, 3);
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
                case "target" -> {
                    if (!(value.equals("obj") || value.equals("none") || value.startsWith("prep:"))) {
                        throw line.error("target must be obj, none or prep:<preposition>, found '" + value + "'");
                    }
                    target = value;
                }
                default -> throw line.error("unknown constraint '" + name + "' (expected obj, mod, prep, xcomp, target)");
            }
        }
        return new EventPattern(code, verb, trigger[1], trigger.length == 3 ? trigger[2] : null, objects, modifiers,
                preps, xcomps, target, line.where());
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
}
