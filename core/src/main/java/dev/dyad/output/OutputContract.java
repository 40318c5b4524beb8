package dev.dyad.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output contract, written once: {@code dyad/contract/output.tsv} lists every field of the JSON records dyad
 * writes (events, actor mentions), in order, with its type. The writers are checked against it by tests (the events
 * of the golden files, the workbench's actors), the Spark schema is derived from it, and the store's event columns
 * are checked against it; README's "Output contract" describes the same file in prose. Immutable, thread-safe.
 */
public final class OutputContract {
    public static final String RESOURCE = "/dyad/contract/output.tsv";
    /** The leaf types: JSON string, integer, 64-bit integer, number, and a {@code [start, end)} pair of ints. */
    public enum ValueType {
        STRING, INT, BIGINT, DOUBLE, SPAN;

        /** The name the contract file writes ({@code string}, {@code span}, ...). */
        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static boolean isWritten(String type) {
            return java.util.Arrays.stream(values()).anyMatch(v -> v.written().equals(type));
        }
    }
    private static final OutputContract BUILT_IN = load();

    /** One field; {@code path} is dotted for a field of a nested object ({@code source.code}). */
    public record Field(String path, String type) {
        /** The top-level field this one belongs to. */
        public String top() {
            int dot = path.indexOf('.');
            return dot < 0 ? path : path.substring(0, dot);
        }

        /** The name inside its nested object, or the whole path for a top-level field. */
        public String leaf() {
            return path.substring(path.indexOf('.') + 1);
        }

        public boolean nested() {
            return path.indexOf('.') >= 0;
        }
    }

    private final Map<String, List<Field>> records;

    private OutputContract(Map<String, List<Field>> records) {
        this.records = records;
    }

    public static OutputContract builtIn() {
        return BUILT_IN;
    }

    /** The fields of a record ({@code event} or {@code actor}), in the order they are written. */
    public List<Field> fields(String record) {
        List<Field> f = records.get(record);
        if (f == null) {
            throw new IllegalArgumentException("no record '" + record + "' in " + RESOURCE);
        }
        return f;
    }

    /** The top-level field names of a record, in order. */
    public List<String> topLevel(String record) {
        return fields(record).stream().map(Field::top).distinct().toList();
    }

    /** The fields of one nested object of a record ({@code source}), in order; empty for a plain field. */
    public List<Field> children(String record, String top) {
        return fields(record).stream().filter(f -> f.nested() && f.top().equals(top)).toList();
    }

    /**
     * Why a JSON object is not a {@code record} of the contract (a missing, extra or misplaced field; a value of the
     * wrong type), or null when it is one. Null values are allowed everywhere: absent values are written as null.
     */
    public String problem(String record, JsonNode node) {
        if (node == null || !node.isObject()) {
            return record + ": expected a JSON object";
        }
        List<String> names = fieldNames(node);
        if (!names.equals(topLevel(record))) {
            return record + ": fields " + names + ", the contract has " + topLevel(record);
        }
        for (String top : topLevel(record)) {
            JsonNode value = node.get(top);
            List<Field> children = children(record, top);
            if (children.isEmpty()) {
                String p = typeProblem(fields(record).stream().filter(f -> f.path().equals(top)).findFirst().orElseThrow(),
                        value);
                if (p != null) {
                    return record + "." + p;
                }
            } else if (!value.isNull()) {
                if (!value.isObject()) {
                    return record + "." + top + ": expected an object or null";
                }
                List<String> want = children.stream().map(Field::leaf).toList();
                if (!fieldNames(value).equals(want)) {
                    return record + "." + top + ": fields " + fieldNames(value) + ", the contract has " + want;
                }
                for (Field c : children) {
                    String p = typeProblem(c, value.get(c.leaf()));
                    if (p != null) {
                        return record + "." + p;
                    }
                }
            }
        }
        return null;
    }

    private static String typeProblem(Field f, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        boolean ok = switch (f.type()) {
            case "string" -> v.isTextual();
            case "int" -> v.isIntegralNumber() && v.canConvertToInt();
            case "bigint" -> v.isIntegralNumber() && v.canConvertToLong();
            case "double" -> v.isNumber();
            case "span" -> v.isArray() && v.size() == 2 && v.get(0).isInt() && v.get(1).isInt()
                    && 0 <= v.get(0).asInt() && v.get(0).asInt() <= v.get(1).asInt();
            default -> false;
        };
        return ok ? null : f.path() + ": expected " + f.type() + ", found " + v;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static OutputContract parse(String file, String text) {
        Map<String, List<Field>> records = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String where = file + ":" + (i + 1) + ": ";
            if (cols.length < 3) {
                throw new IllegalStateException(where + "expected record<TAB>field<TAB>type<TAB>meaning");
            }
            if (!ValueType.isWritten(cols[2])) {
                throw new IllegalStateException(where + "unknown type '" + cols[2] + "', expected one of "
                        + java.util.Arrays.stream(ValueType.values()).map(ValueType::written).toList());
            }
            if (cols[1].chars().filter(c -> c == '.').count() > 1) {
                throw new IllegalStateException(where + "a field nests one level at most: '" + cols[1] + "'");
            }
            List<Field> fields = records.computeIfAbsent(cols[0], k -> new ArrayList<>());
            Field f = new Field(cols[1], cols[2]);
            if (fields.stream().anyMatch(g -> g.path().equals(f.path()))) {
                throw new IllegalStateException(where + "field '" + f.path() + "' listed twice");
            }
            if (!fields.isEmpty() && !fields.get(fields.size() - 1).top().equals(f.top())
                    && fields.stream().anyMatch(g -> g.top().equals(f.top()))) {
                throw new IllegalStateException(where + "the fields of '" + f.top() + "' must be listed together");
            }
            fields.add(f);
        }
        Map<String, List<Field>> frozen = new LinkedHashMap<>();
        records.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new OutputContract(java.util.Collections.unmodifiableMap(frozen));
    }

    private static OutputContract load() {
        try (InputStream in = OutputContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": missing from the class path");
            }
            return parse("contract/output.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
