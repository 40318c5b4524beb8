package dev.dyad.pipeline;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.place.Gazetteer;
import java.util.List;

/**
 * An assembled pipeline, built by {@link PipelineFactory} from a {@link PipelineConfig}: CoreNLP → actors → quotes →
 * events → (learned fallback) → dates → places → (learned second opinion). Loading takes seconds (CoreNLP models);
 * build one and share it ({@link SharedPipeline}): {@link #code} is thread-safe.
 */
public final class Dyad {
    public static final String VERSION = "0.1.0";
    private final PipelineConfig config;
    private final Dictionaries dictionaries;
    private final Pipeline pipeline;
    private final String fingerprint;

    Dyad(PipelineConfig config, Dictionaries dictionaries, Pipeline pipeline, String fingerprint) {
        this.config = config;
        this.dictionaries = dictionaries;
        this.pipeline = pipeline;
        this.fingerprint = fingerprint;
    }

    /** Dictionaries only (fast, no models): for validation and dictionary tools. */
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
            all.append(DictionaryFiles.resourceText(dev.dyad.actors.DescriptionWords.FILE));
            all.append(DictionaryFiles.resourceText(dev.dyad.actors.MentionWord.FILE));
            for (String f : List.of("events/verbs.txt", PatternDictionary.UNDERLAY, "events/rules.txt", "cameo/cameo.tsv",
                    dev.dyad.quotes.SpeakerLexicon.FILE)) {
                all.append(DictionaryFiles.resourceText(f));
            }
            all.append(places.countryPoints()).append(places.cities()).append(places.aliases()).append(places.regions())
                    .append(places.words());
            return DictionaryFiles.sha256(all.toString());
        }
    }

    public AnnotatedDocument code(Article article) {
        return pipeline.process(article);
    }

    /** The {@link PipelineFingerprint}: in every event's {@code provenance.pipeline} and the store's {@code dyad_version}. */
    public String version() {
        return fingerprint;
    }

    public PipelineConfig config() {
        return config;
    }

    /** The stages' names, in order. */
    public List<String> stageNames() {
        return pipeline.stages().stream().map(Stage::name).toList();
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }
}
