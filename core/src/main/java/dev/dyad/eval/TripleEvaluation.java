package dev.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.model.Event;
import dev.dyad.model.Modality;
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

/**
 * Triple-level scoring of coded events against a gold file in the seed's format
 * ({@code {"id", "kind": required|optional|forbidden, "evidence", "source": [...], "target": [...], "root": [...]}}).
 * A predicted triple is (sentence, source code, target code, CAMEO root), duplicates removed. Gold actor
 * patterns are code prefixes (so country level: "RUS" matches RUSGOV), "*NAT" matches a code containing
 * NAT, null in a target list accepts no target — the rules of {@code ../shared/tools/score_events.py}.
 * Recall: required gold lines matched by a triple; precision: triples matching a required or optional
 * line; forbidden: asserted triples matching a forbidden line.
 */
public final class TripleEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold line. */
    public record Gold(String id, String kind, String evidence, List<String> source, List<String> target,
                       List<String> root) {
    }

    /** One predicted triple with the sentence it was read from. */
    public record Triple(String sentence, String source, String target, String root, boolean asserted) {
    }

    public record Result(int required, int found, int predicted, int correct, int forbidden, List<String> lines,
                         Map<String, int[]> perRoot) {
        public double recall() {
            return required == 0 ? 1 : (double) found / required;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Rows: root, predicted triples, correct, gold required lines whose first root it is, found. */
        public String perRootTable() {
            StringBuilder sb = new StringBuilder("| root | predicted | correct | gold required | found |\n|---|---|---|---|---|\n");
            perRoot.forEach((root, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", root, c[0],
                    c[1], c[2], c[3])));
            return sb.toString();
        }
    }

    private TripleEvaluation() {
    }

    public static List<Gold> readGold(Path jsonl) throws IOException {
        List<Gold> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = JSON.readTree(line);
            if (!g.has("root")) {
                throw new IllegalArgumentException(jsonl + ":" + n + ": gold line without \"root\"");
            }
            out.add(new Gold(g.path("id").asText("line " + n), g.path("kind").asText("required"),
                    g.path("evidence").asText(""), strings(g.get("source")), g.has("target") ? strings(g.get("target"))
                    : java.util.Collections.singletonList(null), strings(g.get("root"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            a.forEach(v -> out.add(v.isNull() ? null : v.asText()));
        }
        return out;
    }

    public static List<Triple> triples(List<Event> events) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Event e : events) {
            out.add(new Triple(e.sentenceText(), e.source() == null ? null : e.source().code(),
                    e.target() == null ? null : e.target().code(), e.cameo().substring(0, 2),
                    e.modality() == Modality.ASSERTED));
        }
        return new ArrayList<>(out);
    }

    public static Result score(List<Gold> gold, List<Triple> predicted) {
        Map<String, int[]> perRoot = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int required = 0;
        int found = 0;
        for (Gold g : gold) {
            if (!g.kind().equals("required")) {
                continue;
            }
            required++;
            boolean hit = predicted.stream().anyMatch(t -> matches(g, t));
            found += hit ? 1 : 0;
            int[] c = perRoot.computeIfAbsent(g.root().get(0), k -> new int[4]);
            c[2]++;
            c[3] += hit ? 1 : 0;
            lines.add((hit ? "found  " : "MISSED ") + g.id() + " " + g.source() + " -> " + g.target() + " " + g.root());
        }
        int correct = 0;
        int forbidden = 0;
        for (Triple t : predicted) {
            boolean ok = gold.stream().anyMatch(g -> !g.kind().equals("forbidden") && matches(g, t));
            boolean bad = t.asserted() && gold.stream().anyMatch(g -> g.kind().equals("forbidden") && matches(g, t));
            correct += ok ? 1 : 0;
            forbidden += bad ? 1 : 0;
            int[] c = perRoot.computeIfAbsent(t.root(), k -> new int[4]);
            c[0]++;
            c[1] += ok ? 1 : 0;
            if (!ok) {
                lines.add((bad ? "FORBIDDEN " : "extra  ") + t.source() + " -> " + t.target() + " " + t.root());
            }
        }
        return new Result(required, found, predicted.size(), correct, forbidden, lines, new LinkedHashMap<>(perRoot));
    }

    static boolean matches(Gold g, Triple t) {
        if (!g.evidence().isEmpty() && !norm(t.sentence()).contains(norm(g.evidence()))) {
            return false;
        }
        return g.root().stream().anyMatch(r -> r.length() >= 2 && r.substring(0, 2).equals(t.root()))
                && actorOk(g.source(), t.source()) && actorOk(g.target(), t.target());
    }

    static boolean actorOk(List<String> patterns, String code) {
        for (String p : patterns) {
            if (p == null) {
                if (code == null || code.isEmpty()) {
                    return true;
                }
            } else if (code != null && !code.isEmpty() && (p.startsWith("*") ? code.contains(p.substring(1)) : code.startsWith(p))) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        return String.join(" ", (s == null ? "" : s).replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .trim().split("\\s+"));
    }
}
