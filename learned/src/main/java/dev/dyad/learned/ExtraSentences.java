package dev.dyad.learned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.HeldOutSplit;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training sentences beyond the gold files, as {@link RootTraining.Example}s labelled with a CAMEO root (0 = no event):
 * <ul>
 *   <li>sentences written for dyad ({@code learned/data/written.tsv}: {@code ROOT<TAB>sentence});</li>
 *   <li>silver sentences ({@code learned/data/silver.tsv}: {@code CORPUS<TAB>KEY<TAB>ROOT<TAB>why}), references into
 *       corpora that may not be committed: {@code reuters} keys are {@code articleId:start-end} offsets into an article
 *       of the Reuters-21578 JSON Lines file; {@code conflibert} keys are {@code cameo_class_train.tsv:LINE}.</li>
 * </ul>
 * Both formats are described in {@code learned/data/FORMAT.md}; a malformed line is an error naming file and line.
 * Silver keys in the test part of {@link HeldOutSplit} are skipped, whoever wrote the file.
 */
public final class ExtraSentences {
    private ExtraSentences() {
    }

    public static List<RootTraining.Example> written(Path tsv) throws IOException {
        List<RootTraining.Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected ROOT<TAB>sentence");
            }
            out.add(new RootTraining.Example(f[1].trim(), root(f[0], tsv, i + 1), tsv.getFileName() + ":" + (i + 1)));
        }
        return out;
    }

    /**
     * The silver sentences of {@code tsv}, their texts read from {@code reuters} (JSON Lines articles) and
     * {@code classTsv} (the ConfliBERT class file).
     */
    public static List<RootTraining.Example> silver(Path tsv, Path reuters, Path classTsv) throws IOException {
        record Ref(String corpus, String key, int root, String where) {
        }
        List<Ref> refs = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = tsv + ":" + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException(where + ": expected CORPUS<TAB>KEY<TAB>ROOT<TAB>why");
            }
            switch (f[0]) {
                case "reuters" -> {
                    int colon = f[1].lastIndexOf(':');
                    if (colon <= 0 || !f[1].substring(colon + 1).matches("\\d+-\\d+")) {
                        throw new IllegalArgumentException(where + ": a reuters key is articleId:start-end, got " + f[1]);
                    }
                    articles.add(f[1].substring(0, colon));
                }
                case "conflibert" -> {
                    if (!f[1].matches("cameo_class_train\\.tsv:\\d+")) {
                        throw new IllegalArgumentException(where + ": a conflibert key is cameo_class_train.tsv:LINE, got " + f[1]);
                    }
                    if (HeldOutSplit.test(f[1])) {
                        continue; // the test part never trains
                    }
                }
                default -> throw new IllegalArgumentException(where + ": unknown corpus " + f[0] + " (reuters, conflibert)");
            }
            refs.add(new Ref(f[0], f[1], root(f[2], tsv, i + 1), where));
        }
        Map<String, String> texts = articleTexts(reuters, articles);
        Map<String, String> classLines = new HashMap<>();
        for (LabelledText t : TrainingData.classTsv(classTsv)) {
            classLines.put(t.origin(), t.text());
        }
        List<RootTraining.Example> out = new ArrayList<>();
        for (Ref r : refs) {
            String text;
            if (r.corpus().equals("reuters")) {
                int colon = r.key().lastIndexOf(':');
                String article = texts.get(r.key().substring(0, colon));
                String[] span = r.key().substring(colon + 1).split("-");
                int start = Integer.parseInt(span[0]);
                int end = Integer.parseInt(span[1]);
                if (article == null || start >= end || end > article.length()) {
                    throw new IllegalArgumentException(r.where() + ": " + r.key() + " is not in " + reuters);
                }
                text = article.substring(start, end).trim();
            } else {
                text = classLines.get(r.key());
                if (text == null) {
                    throw new IllegalArgumentException(r.where() + ": " + r.key() + " is not in " + classTsv);
                }
            }
            out.add(new RootTraining.Example(text, r.root(), r.key() + " (silver)"));
        }
        return out;
    }

    private static int root(String field, Path file, int line) {
        try {
            int r = Integer.parseInt(field.trim());
            if (r >= 0 && r <= 20) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file + ":" + line + ": ROOT must be 0 (no event) or a CAMEO root 1-20, got " + field);
    }

    private static Map<String, String> articleTexts(Path jsonl, Set<String> ids) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < ids.size()) {
                // cheap test before parsing: most articles are not wanted
                int idAt = line.indexOf("\"id\"");
                if (idAt < 0) {
                    continue;
                }
                JsonNode a = json.readTree(line);
                String id = a.path("id").asText();
                if (ids.contains(id)) {
                    out.put(id, a.path("text").asText(""));
                }
            }
        }
        return out;
    }
}
