package dev.dyad.pipeline;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.actors.ActorResolverStage;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.events.EventCoderStage;
import dev.dyad.events.ModelFallbackStage;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RootClassifier;
import dev.dyad.events.RuleBook;
import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.nlp.CoreNlpStage;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.place.Gazetteer;
import dev.dyad.place.PlaceStage;
import dev.dyad.quotes.QuoteStage;
import dev.dyad.time.EventDatingStage;
import java.util.List;

/**
 * The assembled dyad pipeline: CoreNLP → actors → quotes → events → dates → places. Loading takes seconds
 * (CoreNLP models); build one and share it: {@link #code} is thread-safe.
 */
public final class Dyad {
    public static final String VERSION = "0.1.0";
    private final Pipeline pipeline;
    private final String version;
    private final Dictionaries dictionaries;

    private Dyad(Dictionaries dictionaries, CoreNlpStage nlp, java.util.function.Function<String, Stage> eventCoder,
                 RootClassifier fallback, List<Stage> extraStages) {
        this.dictionaries = dictionaries;
        this.version = versionOf(dictionaries);
        RuleBook rules = dictionaries.rules();
        EventCoderStage events = new EventCoderStage(dictionaries.ontology(), dictionaries.patterns(), rules, version);
        List<Stage> stages = new java.util.ArrayList<>(List.of(
                nlp,
                new ActorResolverStage(dictionaries.actors()),
                new QuoteStage(new SpeechVerbs(rules)),
                eventCoder == null ? events : eventCoder.apply(version)));
        if (fallback != null) {
            stages.add(new ModelFallbackStage(events, fallback, ModelFallbackStage.DEFAULT_MIN_PROBABILITY));
        }
        stages.add(new EventDatingStage());
        stages.add(new PlaceStage(dictionaries.places()));
        stages.addAll(extraStages);
        this.pipeline = Pipeline.of(stages);
    }

    /** Dictionaries only (fast, no models): for validation and dictionary tools. */
    public record Dictionaries(CameoOntology ontology, ActorDictionary actors, PatternDictionary patterns,
                               RuleBook rules, Gazetteer places, String hash) {
        public static Dictionaries builtIn() {
            CameoOntology ontology = CameoOntology.builtIn();
            StringBuilder all = new StringBuilder();
            for (String f : ActorDictionary.HASHED_FILES) {
                all.append(DictionaryFiles.resourceText(f));
            }
            for (String f : List.of("events/verbs.txt", "events/rules.txt", "cameo/cameo.tsv")) {
                all.append(DictionaryFiles.resourceText(f));
            }
            Gazetteer.Sources places = Gazetteer.Sources.builtIn();
            all.append(places.countryPoints()).append(places.cities()).append(places.aliases()).append(places.regions());
            return new Dictionaries(ontology, ActorDictionary.builtIn(), PatternDictionary.builtIn(ontology),
                    RuleBook.builtIn(ontology), Gazetteer.of(places), DictionaryFiles.sha256(all.toString()));
        }
    }

    public static Dyad load() {
        return load(List.of());
    }

    /**
     * The pipeline with extra stages after dating (geolocation, a learned second opinion, ...), which
     * live in modules the core does not depend on.
     */
    public static Dyad load(List<Stage> extraStages) {
        return load(Dictionaries.builtIn(), extraStages);
    }

    /** The pipeline with other dictionaries (imported ones, e.g. {@code dev.dyad.petrarch}) and extra stages. */
    public static Dyad load(Dictionaries d, List<Stage> extraStages) {
        return load(d, (RootClassifier) null, extraStages);
    }

    /**
     * The pipeline with a learned fallback for sentences no pattern codes ({@link ModelFallbackStage}, right
     * after the rules, so its events are dated and located like theirs); {@code fallback} may be null.
     */
    public static Dyad load(Dictionaries d, RootClassifier fallback, List<Stage> extraStages) {
        CandidateFilter filter = fallback == null ? CandidateFilter.forRules(d.actors(), d.patterns(), d.rules())
                : CandidateFilter.forRulesAndFallback(d.actors(), d.patterns(), d.rules());
        return new Dyad(d, new CoreNlpStage(filter), null, fallback, extraStages);
    }

    /**
     * The pipeline with another event coder in place of {@link EventCoderStage} (PETRARCH's, {@code
     * dev.dyad.petrarch.PetrarchCoderStage}), made from the pipeline version; every sentence is parsed.
     */
    public static Dyad load(Dictionaries d, java.util.function.Function<String, Stage> eventCoder,
                            List<Stage> extraStages) {
        return new Dyad(d, new CoreNlpStage(), eventCoder, null, extraStages);
    }

    /** The version string of a pipeline over these dictionaries, without loading the models (for the store). */
    public static String versionOf(Dictionaries dictionaries) {
        return "dyad " + VERSION + "; dictionaries " + dictionaries.hash().substring(0, 12);
    }

    public AnnotatedDocument code(Article article) {
        return pipeline.process(article);
    }

    public String version() {
        return version;
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }
}
