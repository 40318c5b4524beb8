package dev.dyad.pipeline;

import dev.dyad.actors.ActorResolverStage;
import dev.dyad.dict.DictionaryException;
import dev.dyad.dictionaries.Dictionaries;
import dev.dyad.events.EventCoderStage;
import dev.dyad.events.ModelFallbackStage;
import dev.dyad.events.SpeechVerbs;
import dev.dyad.nlp.ConstituencyParser;
import dev.dyad.nlp.CoreNlpStage;
import dev.dyad.nlp.ParseFilter;
import dev.dyad.petrarch.PetrarchCoderStage;
import dev.dyad.petrarch.PetrarchDictionaries;
import dev.dyad.place.PlaceStage;
import dev.dyad.quotes.QuoteStage;
import dev.dyad.stage.Pipeline;
import dev.dyad.stage.Stage;
import dev.dyad.time.EventDatingStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one place pipelines are built: every entry point turns a {@link PipelineConfig} into a {@link Dyad} here.
 * Loading takes seconds (CoreNLP models, and the MiniLM encoder when the configuration uses the learned models);
 * share the result ({@link SharedPipeline}) — it is thread-safe.
 */
public final class PipelineFactory {
    private PipelineFactory() {
    }

    /** Builds the pipeline a configuration describes, with the learned models found on the class path. */
    public static Dyad build(PipelineConfig config) {
        return build(config, config.needsModels() ? learnedModels() : null);
    }

    /**
     * Builds the pipeline with the given learned models (null when the configuration needs none): for
     * cross-validation, where the models must not have seen the records being scored.
     */
    public static Dyad build(PipelineConfig config, LearnedModels models) {
        if (config.coder() == PipelineConfig.Coder.PETRARCH) {
            return build(config, PetrarchDictionaries.loadDirectory(petrarchDirectory(config)));
        }
        return assemble(config, Dictionaries.builtIn(), null, models);
    }

    /** Builds PETRARCH's coder over dictionaries already loaded (the PETRARCH2 suite reads its own files). */
    public static Dyad build(PipelineConfig config, PetrarchDictionaries petrarch) {
        if (config.coder() != PipelineConfig.Coder.PETRARCH) {
            throw new IllegalArgumentException("PETRARCH dictionaries given to a " + config.coder() + " configuration");
        }
        return assemble(config, petrarch.dictionaries(), petrarch, null);
    }

    /**
     * dyad's pipeline coding events with {@link PetrarchCoderStage} (PETRARCH2's algorithm over CoreNLP constituency
     * parses) in place of dyad's own coder, over dictionaries read from {@code directory}: what
     * {@code dyad code --dictionaries petrarch:DIR} runs.
     */
    public static Dyad build(PetrarchDictionaries petrarch, Path directory) {
        return build(PipelineConfig.petrarch(directory.toString()), petrarch);
    }

    /**
     * The fingerprint a configuration's pipeline will have, without loading CoreNLP or the models (for {@code recode},
     * which must know which stored articles to re-code before deciding to load anything).
     */
    public static String fingerprint(PipelineConfig config) {
        String dictionaryHash = config.coder() == PipelineConfig.Coder.PETRARCH
                ? PetrarchDictionaries.hash(dev.dyad.petrarch.PetrarchDirectory.find(petrarchDirectory(config)))
                : Dictionaries.builtInHash();
        LearnedModels models = config.needsModels() ? learnedModels() : null;
        return fingerprint(config, dictionaryHash, models);
    }

    private static String fingerprint(PipelineConfig config, String dictionaryHash, LearnedModels models) {
        List<Class<?>> code = new ArrayList<>(List.of(Dyad.class));
        if (models != null) {
            code.add(models.getClass());
        }
        return PipelineFingerprint.of(config, dictionaryHash, models == null ? null : models.fingerprint(), code);
    }

    private static Dyad assemble(PipelineConfig config, Dictionaries d, PetrarchDictionaries petrarch,
                                 LearnedModels models) {
        if (config.needsModels() && models == null) {
            throw new IllegalStateException("configuration '" + config.preset() + "' needs the learned models");
        }
        String fingerprint = fingerprint(config, d.hash(), models);
        EventCoderStage rules = new EventCoderStage(d.ontology(), d.patterns(), d.rules(), fingerprint);
        List<Stage> stages = new ArrayList<>();
        for (PipelineConfig.StageKind kind : config.stages()) {
            stages.add(switch (kind) {
                case NLP -> new CoreNlpStage(switch (config.parsing()) {
                    case RULE_CANDIDATES -> DictionaryCandidates.forRules(d.actors(), d.patterns(), d.rules(), config.quotes());
                    case RULE_AND_FALLBACK_CANDIDATES -> DictionaryCandidates.forRulesAndFallback(d.actors(), d.patterns(), d.rules(), config.quotes());
                    case EVERY_SENTENCE -> ParseFilter.ALL;
                });
                case ACTORS -> new ActorResolverStage(d.actors(), d.places());
                case QUOTES -> new QuoteStage(new SpeechVerbs(d.rules()));
                case EVENT_RULES -> rules;
                case PETRARCH_CODER -> new PetrarchCoderStage(petrarch, new ConstituencyParser(), fingerprint);
                case ROOT_FALLBACK -> new ModelFallbackStage(rules, models.rootClassifier(), config.fallbackMinProbability());
                case DATING -> new EventDatingStage();
                case PLACES -> new PlaceStage(d.places());
                case SECOND_OPINION -> models.secondOpinion(d.ontology(), config.vetoBelow());
            });
        }
        return new Dyad(config, d, Pipeline.of(stages), fingerprint, petrarch == null ? null : petrarch.summary());
    }

    private static Path petrarchDirectory(PipelineConfig config) {
        Path dir = Path.of(config.petrarchDirectory());
        if (!Files.isDirectory(dir)) {
            throw new DictionaryException(dir + ": no such directory (--dictionaries petrarch:DIR)");
        }
        return dir;
    }

    private static LearnedModels learnedModels() {
        return ServiceLoader.load(LearnedModels.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "the learned models (module dyad-learned) are not on the class path; use the rules-only configuration"));
    }
}
