package dev.dyad.dictionaries;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.actors.DescriptionWords;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.place.Gazetteer;
import dev.dyad.quotes.SpeakerLexicon;
import java.util.List;

/**
 * Every loaded dictionary a pipeline codes with, and the hash of their files; no models, fast to load (validation and
 * dictionary tools use it alone). A package of its own because both the assembler ({@code pipeline}) and the PETRARCH
 * importer ({@code petrarch}) build one, and the assembler imports the importer: in either of them it would close a
 * cycle. ({@code dev.dyad.dict} is the file format every dictionary shares; this is the bundle of loaded ones.)
 */
public record Dictionaries(CameoOntology ontology, ActorDictionary actors, PatternDictionary patterns,
                           RuleBook rules, Gazetteer places, String hash) {
    public static Dictionaries builtIn() {
        CameoOntology ontology = CameoOntology.builtIn();
        Gazetteer.Sources places = Gazetteer.Sources.builtIn();
        return new Dictionaries(ontology, ActorDictionary.builtIn(), PatternDictionary.builtIn(ontology),
                RuleBook.builtIn(ontology), Gazetteer.of(places), hash(places));
    }

    /**
     * The hash of every built-in dictionary and rule file, from their text alone: what the fingerprint needs,
     * without parsing ~60,000 dictionary lines ({@code dyad --version}, {@code recode}, {@code serve}).
     */
    public static String builtInHash() {
        return hash(Gazetteer.Sources.builtIn());
    }

    private static String hash(Gazetteer.Sources places) {
        StringBuilder all = new StringBuilder();
        for (String f : ActorDictionary.HASHED_FILES) {
            all.append(DictionaryFiles.resourceText(f));
        }
        all.append(DictionaryFiles.resourceText(DescriptionWords.FILE));
        all.append(DictionaryFiles.resourceText(dev.dyad.actors.MentionWord.FILE));
        for (String f : List.of("events/verbs.txt", PatternDictionary.UNDERLAY, "events/rules.txt", "cameo/cameo.tsv",
                SpeakerLexicon.FILE)) {
            all.append(DictionaryFiles.resourceText(f));
        }
        all.append(places.countryPoints()).append(places.cities()).append(places.aliases()).append(places.regions())
                .append(places.words());
        return DictionaryFiles.sha256(all.toString());
    }
}
