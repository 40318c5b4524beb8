package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.input.InputException;
import dev.dyad.output.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads an event file (the output of {@code dyad code --format jsonl} or {@code dyad export --format jsonl}) into
 * the store as it is, without text or re-coding: events are grouped by article id, each article is one
 * transaction, keyed by a hash of its lines (an unchanged article is skipped). A bad line is rejected and the
 * others are loaded.
 */
final class EventFileImport {
    /** What happened to each article and line; called on the reading thread. */
    interface Outcome {
        /** The file has been read (before anything is stored). */
        void read(Read read);

        void rejected(String where, String problem, String raw);

        void stored(int events);

        void skipped();
    }

    /** @param lines non-blank lines read, {@code articles} distinct article ids, {@code rejected} bad lines */
    record Read(long lines, long articles, long rejected) {
    }

    private final StoreWriter writer;

    EventFileImport(StoreWriter writer) {
        this.writer = writer;
    }

    /** A line of the output contract (an event), not an article: it has article_id and cameo but no text. */
    static boolean isEventLine(String line) {
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            return n != null && n.isObject() && n.has("article_id") && n.has("cameo") && !n.has("text");
        } catch (IOException e) {
            return false;
        }
    }

    /** @param done article id → content hash of the articles already stored */
    Read load(String input, Map<String, String> done, Outcome out) {
        Map<String, List<String>> byArticle = new LinkedHashMap<>();
        Map<String, List<JsonNode>> nodes = new LinkedHashMap<>();
        long lines = 0;
        long rejected = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    out.rejected(input + ":" + n, "invalid JSON: " + String.valueOf(e.getMessage()).split("\n")[0], line);
                    rejected++;
                    continue;
                }
                String problem = EventRow.problem(node);
                if (problem != null) {
                    out.rejected(input + ":" + n, problem, line);
                    rejected++;
                    continue;
                }
                String id = node.get("article_id").asText();
                byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(line.strip());
                nodes.computeIfAbsent(id, k -> new ArrayList<>()).add(node);
            }
        } catch (IOException e) {
            throw new InputException(input + ": cannot read: " + e.getMessage());
        }
        Read read = new Read(lines, byArticle.size(), rejected);
        out.read(read);
        for (Map.Entry<String, List<String>> e : byArticle.entrySet()) {
            String hash = DictionaryFiles.sha256(String.join("\n", e.getValue())).substring(0, 32);
            if (hash.equals(done.get(e.getKey()))) {
                out.skipped();
            } else {
                writer.writeImported(e.getKey(), hash, nodes.get(e.getKey()), e.getValue(), input, StoreWriter.IMPORTED);
                out.stored(e.getValue().size());
            }
        }
        return read;
    }
}
