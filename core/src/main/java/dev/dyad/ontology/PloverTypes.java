package dev.dyad.ontology;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PLOVER event types as the evaluations read gold records ({@code cameo/plover-types.txt}, see
 * {@code cameo/FORMAT.md}): the CAMEO roots of each PLOVER 0.5 type, its PLOVER 2021 name where that differs, and
 * whether its events are verbal, material conflict or material cooperation. Immutable and thread-safe.
 */
public final class PloverTypes {
    public static final String FILE = "cameo/plover-types.txt";

    /** Which kind of event a type names: what the place search treats as verbal (no place of its own). */
    public enum Kind {
        VERBAL(3), MATERIAL_COOPERATION(2), MATERIAL_CONFLICT(4);

        private final int quadClass;

        Kind(int quadClass) {
            this.quadClass = quadClass;
        }

        /** The QuadClass standing for the kind (verbal conflict for every verbal type, as the place search reads it). */
        public int quadClass() {
            return quadClass;
        }
    }

    private record Type(Set<String> roots, String type2021, Kind kind) {
    }

    private static volatile PloverTypes builtIn;
    private final Map<String, Type> types;

    private PloverTypes(Map<String, Type> types) {
        this.types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    public static PloverTypes builtIn() {
        PloverTypes t = builtIn;
        if (t == null) {
            t = fromLines(DictionaryFiles.resource(FILE));
            builtIn = t;
        }
        return t;
    }

    public static PloverTypes fromLines(List<DictionaryLine> lines) {
        Map<String, Type> types = new LinkedHashMap<>();
        for (DictionaryLine line : lines) {
            line.requireFields(4, 4);
            String type = line.field(0);
            if (!type.matches("[A-Z]+")) {
                throw line.error("expected a PLOVER type in capitals but found '" + type + "'");
            }
            java.util.SortedSet<String> roots = new TreeSet<>();
            for (String r : line.field(1).isEmpty() ? new String[0] : line.field(1).split(",")) {
                if (!r.strip().matches("(0[1-9]|1[0-9]|20)")) {
                    throw line.error("expected CAMEO roots such as 19,20 but found '" + r.strip() + "'");
                }
                roots.add(r.strip());
            }
            Kind kind;
            try {
                kind = Kind.valueOf(line.field(3).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + line.field(3) + "' (expected verbal, material-cooperation, "
                        + "material-conflict)");
            }
            String t2021 = line.field(2).isEmpty() ? type : line.field(2);
            if (types.put(type, new Type(java.util.Collections.unmodifiableSortedSet(roots), t2021, kind)) != null) {
                throw line.error("duplicate type '" + type + "'");
            }
        }
        return new PloverTypes(types);
    }

    /** The PLOVER 0.5 types with CAMEO roots (the types gold records are scored by), in file order. */
    public List<String> scoredTypes() {
        return types.entrySet().stream().filter(e -> !e.getValue().roots().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The CAMEO roots of a PLOVER 0.5 type, in order; null for a type without roots or an unknown one. */
    public Set<String> roots(String type) {
        Type t = types.get(type);
        return t == null || t.roots().isEmpty() ? null : t.roots();
    }

    /** The PLOVER 2021 name of a type (the type itself where they agree or the type is unknown). */
    public String type2021(String type) {
        Type t = types.get(type);
        return t == null ? type : t.type2021();
    }

    /** The kind of a type; material cooperation for a type the file does not list. */
    public Kind kind(String type) {
        Type t = types.get(type);
        return t == null ? Kind.MATERIAL_COOPERATION : t.kind();
    }
}
