package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dictionary files of a PETRARCH directory: those its {@code PETR_config.ini} names ({@code verbfile_name},
 * {@code actorfile_list}, {@code agentfile_name}, {@code discardfile_name}, {@code issuefile_name}), else found by the
 * names PETRARCH's distributions use: one verb dictionary ({@code *verbs*.txt}, or {@code CAMEO*.txt} as in
 * PETRARCH2's {@code CAMEO.2.0.txt}), every {@code *actors*.txt} (country, international, non-state: PETRARCH2's
 * {@code actorfile_list}), {@code *agents*.txt}, {@code *discards*.txt}; {@code *issue*.txt} is listed but not read
 * (dyad codes no issues). Files of a kind are in name order.
 */
public record PetrarchDirectory(Path verbs, List<Path> actors, List<Path> agents, List<Path> discards, List<Path> unused) {
    public PetrarchDirectory {
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        discards = List.copyOf(discards);
        unused = List.copyOf(unused);
    }

    /** Single files (any may be null but the verbs): the PETRARCH2 suite's {@code <Environment>}. */
    public static PetrarchDirectory of(Path verbs, Path actors, Path agents, Path discards) {
        return new PetrarchDirectory(verbs, listOf(actors), listOf(agents), listOf(discards), List.of());
    }

    private static List<Path> listOf(Path p) {
        return p == null ? List.of() : List.of(p);
    }

    public static PetrarchDirectory find(Path dir) {
        Path config = dir.resolve("PETR_config.ini");
        if (Files.isRegularFile(config)) {
            return configured(dir, config);
        }
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> name(p).endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new DictionaryException(dir + ": cannot list the directory: " + e.getMessage());
        }
        List<Path> verbs = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> discards = new ArrayList<>();
        List<Path> unused = new ArrayList<>();
        for (Path p : files) {
            String n = name(p);
            if (n.contains("verbs") || n.startsWith("cameo")) {
                verbs.add(p);
            } else if (n.contains("actors")) {
                actors.add(p);
            } else if (n.contains("agents")) {
                agents.add(p);
            } else if (n.contains("discards")) {
                discards.add(p);
            } else if (n.contains("issue")) {
                unused.add(p);
            }
        }
        if (verbs.isEmpty()) {
            throw new DictionaryException(dir + ": no PETRARCH verb dictionary (*verbs*.txt or CAMEO*.txt)");
        }
        if (verbs.size() > 1) {
            throw new DictionaryException(dir + ": more than one verb dictionary: "
                    + verbs.stream().map(PetrarchDirectory::name).toList());
        }
        return new PetrarchDirectory(verbs.get(0), actors, agents, discards, unused);
    }

    /** The files PETRARCH2's configuration names; other keys ({@code [Options]}) are PETRARCH2's, not read here. */
    private static PetrarchDirectory configured(Path dir, Path config) {
        java.util.Map<String, List<Path>> named = new java.util.HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(config);
        } catch (IOException e) {
            throw new DictionaryException(config + ": cannot read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            int eq = l.indexOf('=') >= 0 ? l.indexOf('=') : l.indexOf(':');
            if (l.isEmpty() || l.startsWith("#") || l.startsWith(";") || l.startsWith("[") || eq < 0) {
                continue;
            }
            String key = l.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!List.of("verbfile_name", "actorfile_list", "agentfile_name", "discardfile_name", "issuefile_name").contains(key)) {
                continue;
            }
            List<Path> paths = new ArrayList<>();
            for (String name : l.substring(eq + 1).split(",")) {
                if (!name.isBlank()) {
                    Path p = dir.resolve(name.strip());
                    if (!Files.isRegularFile(p)) {
                        throw new DictionaryException(config.toString(), i + 1, key + ": no file " + p);
                    }
                    paths.add(p);
                }
            }
            named.put(key, paths);
        }
        List<Path> verbs = named.getOrDefault("verbfile_name", List.of());
        if (verbs.size() != 1) {
            throw new DictionaryException(config + ": verbfile_name must name one verb dictionary");
        }
        return new PetrarchDirectory(verbs.get(0), named.getOrDefault("actorfile_list", List.of()),
                named.getOrDefault("agentfile_name", List.of()), named.getOrDefault("discardfile_name", List.of()),
                named.getOrDefault("issuefile_name", List.of()));
    }

    /** Every file that is read, verbs first: what the pipeline fingerprint hashes. */
    public List<Path> read() {
        List<Path> all = new ArrayList<>();
        all.add(verbs);
        all.addAll(actors);
        all.addAll(agents);
        all.addAll(discards);
        return all;
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
