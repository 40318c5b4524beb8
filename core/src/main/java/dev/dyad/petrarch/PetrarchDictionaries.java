package dev.dyad.petrarch;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.dictionaries.Dictionaries;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.ontology.CameoOntology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PETRARCH/TABARI dictionaries loaded as dyad's: they replace dyad's actor, agent and verb dictionaries;
 * dyad's coding rules ({@code events/rules.txt}: speech verbs, modality, control verbs) stay. The
 * {@link #stage()} adds discards, null codes and mirrored {@code [a:b]} events; {@link #report()} lists
 * what was approximated or not loaded.
 */
public record PetrarchDictionaries(Dictionaries dictionaries, PetrarchStage stage, ImportReport report,
        dev.dyad.petrarch.coder.PetrarchLexicon lexicon, PetrarchDiscards discards) {
    public static final String VERBS = "PETR.Validate.verbs.txt";
    public static final String ACTORS = "PETR.Validate.actors.txt";
    public static final String AGENTS = "PETR.Validate.agents.txt";
    public static final String DISCARDS = "PETR.Validate.discards.txt";

    /** The four files of a directory: {@code *verbs*}, {@code *actors*}, {@code *agents*}, {@code *discards*} (.txt). */
    public static PetrarchDictionaries loadDirectory(Path dir) {
        return load(find(dir, "verbs"), find(dir, "actors"), find(dir, "agents"), find(dir, "discards"));
    }

    private static Path find(Path dir, String kind) {
        try (var files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().toLowerCase().contains(kind)
                    && p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (found.size() > 1) {
                throw new DictionaryException(dir + ": more than one " + kind + " dictionary: " + found);
            }
            return found.isEmpty() ? null : found.get(0);
        } catch (IOException e) {
            throw new DictionaryException(dir + ": cannot list the directory: " + e.getMessage());
        }
    }

    /** Any file may be null (then none of that kind); a verb dictionary is needed to code events. */
    public static PetrarchDictionaries load(Path verbs, Path actors, Path agents, Path discards) {
        if (verbs == null) {
            throw new DictionaryException("no PETRARCH verb dictionary given");
        }
        ImportReport report = new ImportReport();
        StringBuilder all = new StringBuilder();
        String verbText = text(verbs, all);
        PetrarchVerbs.Result v = PetrarchVerbs.read(verbs.getFileName().toString(), verbText, report);
        String actorText = null;
        String agentText = null;
        List<DictionaryLine> actorLines = new ArrayList<>();
        Map<String, String> phrases = new HashMap<>();
        if (actors != null) {
            actorText = text(actors, all);
            PetrarchActors.read(actors.getFileName().toString(), actorText, report, actorLines, phrases);
        }
        if (agents != null) {
            agentText = text(agents, all);
            PetrarchAgents.read(agents.getFileName().toString(), agentText, report, actorLines, phrases);
        }
        PetrarchDiscards d = discards == null ? PetrarchDiscards.none()
                : PetrarchDiscards.read(discards.getFileName().toString(), text(discards, all));
        CameoOntology ontology = CameoOntology.builtIn().withExtraCodes(v.codes());
        all.append(DictionaryFiles.resourceText("events/rules.txt"));
        Dictionaries dicts = new Dictionaries(ontology, ActorDictionary.fromLines(actorLines),
                PatternDictionary.fromLines(v.lines(), ontology), RuleBook.builtIn(ontology),
                dev.dyad.place.Gazetteer.of(dev.dyad.place.Gazetteer.Sources.builtIn()), DictionaryFiles.sha256(all.toString()));
        dev.dyad.petrarch.coder.PetrarchLexicon lexicon = dev.dyad.petrarch.coder.PetrarchLexicon.read(
                verbs.getFileName().toString(), verbText, actorText, agentText);
        return new PetrarchDictionaries(dicts, new PetrarchStage(d, v.reverse(), ontology), report, lexicon, d);
    }

    private static String text(Path p, StringBuilder all) {
        try {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            all.append(t);
            return t;
        } catch (IOException e) {
            throw new DictionaryException(p + ": cannot read: " + e.getMessage());
        }
    }
}
