package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.petrarch.coder.DefectReport;
import dev.dyad.petrarch.coder.PetrarchLexicon;
import dev.dyad.dictionaries.Dictionaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PETRARCH/TABARI dictionaries as {@code dyad code --dictionaries petrarch:DIR} uses them: the {@link PetrarchLexicon}
 * and {@link PetrarchDiscards} its coder reads, every line they approximate or skip ({@link DefectReport}), and the
 * dictionaries of dyad's other stages (dyad's own actors, for mentions, quotes and places; CAMEO with the verb file's
 * extra codes). Immutable.
 */
public record PetrarchDictionaries(Dictionaries dictionaries, PetrarchLexicon lexicon, PetrarchDiscards discards,
                                   DefectReport report, PetrarchDirectory files) {
    /** The files of a directory ({@link PetrarchDirectory#find}). */
    public static PetrarchDictionaries loadDirectory(Path dir) {
        return load(PetrarchDirectory.find(dir));
    }

    /** Single files; any may be null but the verbs (then none of that kind). */
    public static PetrarchDictionaries load(Path verbs, Path actors, Path agents, Path discards) {
        if (verbs == null) {
            throw new DictionaryException("no PETRARCH verb dictionary given");
        }
        return load(PetrarchDirectory.of(verbs, actors, agents, discards));
    }

    public static PetrarchDictionaries load(PetrarchDirectory files) {
        DefectReport report = new DefectReport();
        for (Path p : files.unused()) {
            report.add(p.getFileName().toString(), 1, DefectReport.Kind.SKIPPED, "issues dictionary not read: dyad codes no issues", null);
        }
        PetrarchLexicon lexicon = PetrarchLexicon.load(source(files.verbs()), sources(files.actors()),
                sources(files.agents()), report);
        PetrarchDiscards discards = PetrarchDiscards.none();
        for (Path p : files.discards()) {
            discards = discards.plus(p.getFileName().toString(), text(p), report);
        }
        Dictionaries own = Dictionaries.builtIn();
        Dictionaries dicts = new Dictionaries(own.ontology().withExtraCodes(lexicon.codes()), own.actors(),
                own.patterns(), own.rules(), own.places(), hash(files));
        return new PetrarchDictionaries(dicts, lexicon, discards, report, files);
    }

    /** The hash of the files read and of dyad's own dictionaries, from their text alone (no parsing): for the fingerprint. */
    public static String hash(PetrarchDirectory files) {
        StringBuilder all = new StringBuilder();
        for (Path p : files.read()) {
            all.append(p.getFileName()).append('\n').append(text(p));
        }
        all.append(Dictionaries.builtInHash());
        return DictionaryFiles.sha256(all.toString());
    }

    private static PetrarchLexicon.Source source(Path p) {
        return new PetrarchLexicon.Source(p.getFileName().toString(), text(p));
    }

    private static List<PetrarchLexicon.Source> sources(List<Path> paths) {
        List<PetrarchLexicon.Source> out = new ArrayList<>();
        for (Path p : paths) {
            out.add(source(p));
        }
        return out;
    }

    private static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DictionaryException(p + ": cannot read: " + e.getMessage());
        }
    }

    /** One line: what was read and the defect report's counts. */
    public String summary() {
        int[] n = lexicon.sizes();
        return String.format("%d actor phrases, %d agent phrases, %d verb forms from %d files; %s (dyad validate --dictionaries petrarch:DIR lists them)",
                n[0], n[1], n[2], files.read().size(), report.summary());
    }
}
