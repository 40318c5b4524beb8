package dev.dyad.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code .meta.json} sidecar of a plain-text article: {@code {"id": ..., "date": "YYYY-MM-DD"}}. */
record MetaFile(String id, LocalDate date) {
    /** Looks for {@code name.meta.json} (extension replaced) and then {@code name.txt.meta.json}. */
    static MetaFile find(Path article) {
        String file = article.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path dir = article.toAbsolutePath().getParent();
        Path[] candidates = {
            dir.resolve((dot > 0 ? file.substring(0, dot) : file) + ".meta.json"),
            dir.resolve(file + ".meta.json")
        };
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return read(p);
            }
        }
        return null;
    }

    static MetaFile read(Path p) {
        try {
            JsonNode n = new ObjectMapper().readTree(p.toFile());
            String id = n.hasNonNull("id") ? n.get("id").asText() : null;
            LocalDate date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
            return new MetaFile(id, date);
        } catch (IOException e) {
            throw new InputException(p + ": invalid meta file: " + e.getMessage().split("\n")[0]);
        } catch (DateTimeParseException e) {
            throw new InputException(p + ": bad \"date\": expected YYYY-MM-DD");
        }
    }
}
