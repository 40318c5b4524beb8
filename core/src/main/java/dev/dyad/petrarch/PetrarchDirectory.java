package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dictionary files of a PETRARCH directory, found by name (PETRARCH2's {@code PETR_config.ini} names them; dyad
 * goes by the names its distributions use): one verb dictionary ({@code *verbs*.txt}, or {@code CAMEO*.txt} as in
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
