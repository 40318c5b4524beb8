package dev.dyad.pipeline;

import dev.dyad.dictionaries.Dictionaries;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.stage.Pipeline;
import dev.dyad.stage.Stage;
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
    private final String dictionaryNotes;

    Dyad(PipelineConfig config, Dictionaries dictionaries, Pipeline pipeline, String fingerprint, String dictionaryNotes) {
        this.config = config;
        this.dictionaries = dictionaries;
        this.pipeline = pipeline;
        this.fingerprint = fingerprint;
        this.dictionaryNotes = dictionaryNotes;
    }

    /**
     * One line on what loading external dictionaries left out or approximated (PETRARCH's: how many lines, listed by
     * {@code dyad validate --dictionaries petrarch:DIR}); null for dyad's own dictionaries, which load strictly.
     */
    public String dictionaryNotes() {
        return dictionaryNotes;
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
