package dev.dyad.pipeline;

import dev.dyad.events.ModelFallbackStage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything that decides which pipeline is built and what it outputs, in one immutable value: which
 * dictionaries, which event coder, whether the learned models run and with which thresholds, which sentences are
 * parsed, and how many worker threads code in parallel. Every entry point (CLI commands, server, Spark runner,
 * tests) builds its pipeline from one of these through {@link PipelineFactory}; {@link #stages()} is the one place
 * that derives the stage list from it. Serializable so a Spark driver can ship it to its executors.
 *
 * @param preset                 the preset's name ({@code default}, {@code rules-only}, {@code petrarch:DIR}); part of
 *                               the fingerprint so two configurations never share one
 * @param petrarchDirectory      null for dyad's own dictionaries, else a directory of PETRARCH/TABARI dictionaries
 * @param coder                  dyad's dependency-pattern coder or PETRARCH2's algorithm over constituency parses
 * @param rootFallback           the learned CAMEO-root fallback for sentences no pattern codes
 * @param fallbackMinProbability probability a root needs before the fallback codes it
 * @param secondOpinion          the learned PentaClass second opinion (blended confidence, veto of violent events)
 * @param vetoBelow              the second opinion's veto threshold on P(material conflict)
 * @param parsing                which sentences CoreNLP parses
 * @param quotes                 whether quotes and claims are sought only where they can attribute an event, or in
 *                               every sentence with a speech verb (commands that write quotes)
 * @param threads                worker threads for commands that code many articles (output order is kept)
 */
public record PipelineConfig(String preset, String petrarchDirectory, Coder coder, boolean rootFallback,
                             double fallbackMinProbability, boolean secondOpinion, double vetoBelow, Parsing parsing,
                             Quotes quotes, int threads) implements Serializable {
    /** Chosen for precision; the measurements are in {@link ModelFallbackStage#DEFAULT_MIN_PROBABILITY}'s Javadoc. */
    public static final double DEFAULT_FALLBACK_MIN_PROBABILITY = ModelFallbackStage.DEFAULT_MIN_PROBABILITY;
    /** Measured by 5-fold cross-validation on the ConfliBERT class file ("Veto check" in docs/evaluation.md). */
    public static final double DEFAULT_VETO_BELOW = 0.05;

    public enum Coder { DYAD, PETRARCH }

    /** Which sentences get a dependency parse; the others keep tokens, POS and NER only. */
    public enum Parsing {
        /** sentences with an actor candidate and a trigger one of the rules' patterns could fire on */
        RULE_CANDIDATES,
        /** as above, or any verb the learned fallback could read as a trigger */
        RULE_AND_FALLBACK_CANDIDATES,
        /** every sentence (PETRARCH's coder needs a constituency parse of each) */
        EVERY_SENTENCE
    }

    /**
     * Which sentences the quote stage may read. Not part of the fingerprint: events are the same under both. The
     * sentences only {@link #ALL} adds have a speech verb but no actor candidate, no quotation mark and no trigger,
     * so they hold no event, give the actor stage no subject for later pronouns, and name no quote's speaker
     * ({@code EntryPointEquivalenceTest} compares {@code dyad code} with {@code ingest} and the API, which seek all).
     */
    public enum Quotes {
        /**
         * The sentences parsed for events, and those with a speech verb and an actor or a quotation mark ("…," the
         * ministry said): every quote and claim that can shape an event. What {@code dyad code} writes needs no more.
         */
        FOR_EVENTS,
        /** Also every other sentence with a speech verb ("The company said profits rose"): {@code dyad quotes}, the store. */
        ALL
    }

    /** The stages, in pipeline order; names are the stages' {@link dev.dyad.stage.Stage#name()}. */
    public enum StageKind {
        NLP("corenlp"), ACTORS("actors"), QUOTES("quotes"), EVENT_RULES("events"), PETRARCH_CODER("petrarch-coder"),
        ROOT_FALLBACK("model-fallback"), DATING("dates"), PLACES("places"), SECOND_OPINION("second-opinion");

        private final String stageName;

        StageKind(String stageName) {
            this.stageName = stageName;
        }

        public String stageName() {
            return stageName;
        }
    }

    public PipelineConfig {
        if (preset == null || preset.isBlank()) {
            throw new IllegalArgumentException("a pipeline configuration needs a preset name");
        }
        if (coder == Coder.PETRARCH && petrarchDirectory == null) {
            throw new IllegalArgumentException("PETRARCH's coder needs PETRARCH dictionaries (petrarch:DIR)");
        }
        if (coder == Coder.PETRARCH && (rootFallback || secondOpinion)) {
            throw new IllegalArgumentException("the learned models work with dyad's coder only, not with PETRARCH's");
        }
        if (fallbackMinProbability < 0 || fallbackMinProbability > 1 || vetoBelow < 0 || vetoBelow > 1) {
            throw new IllegalArgumentException("thresholds are probabilities in [0, 1]");
        }
        if (quotes == null) {
            throw new IllegalArgumentException("a pipeline configuration needs a quote policy");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** What {@code dyad code} runs without options: dyad's dictionaries and rules plus both learned models. */
    public static PipelineConfig defaults() {
        return new PipelineConfig("default", null, Coder.DYAD, true, DEFAULT_FALLBACK_MIN_PROBABILITY, true,
                DEFAULT_VETO_BELOW, Parsing.RULE_AND_FALLBACK_CANDIDATES, Quotes.FOR_EVENTS, defaultThreads());
    }

    /** dyad's dictionaries and rules alone ({@code --no-model}). */
    public static PipelineConfig rulesOnly() {
        return new PipelineConfig("rules-only", null, Coder.DYAD, false, DEFAULT_FALLBACK_MIN_PROBABILITY, false,
                DEFAULT_VETO_BELOW, Parsing.RULE_CANDIDATES, Quotes.FOR_EVENTS, defaultThreads());
    }

    /**
     * dyad's rules plus the learned fallback, without the second opinion: what the evaluations score, handing in a
     * fallback trained without the records being scored ({@link GivenModels}).
     */
    public static PipelineConfig rulesWithFallback() {
        return new PipelineConfig("rules+fallback", null, Coder.DYAD, true, DEFAULT_FALLBACK_MIN_PROBABILITY, false,
                DEFAULT_VETO_BELOW, Parsing.RULE_AND_FALLBACK_CANDIDATES, Quotes.FOR_EVENTS, defaultThreads());
    }

    /** PETRARCH/TABARI dictionaries in {@code directory}, coded by PETRARCH2's algorithm; no learned models. */
    public static PipelineConfig petrarch(String directory) {
        return new PipelineConfig("petrarch:" + directory, directory, Coder.PETRARCH, false,
                DEFAULT_FALLBACK_MIN_PROBABILITY, false, DEFAULT_VETO_BELOW, Parsing.EVERY_SENTENCE, Quotes.ALL,
                defaultThreads());
    }

    /** A preset by name: {@code default}, {@code rules-only} or {@code petrarch:DIR}. */
    public static PipelineConfig preset(String name) {
        if (name.equals("default")) {
            return defaults();
        }
        if (name.equals("rules-only")) {
            return rulesOnly();
        }
        if (name.startsWith("petrarch:") && name.length() > "petrarch:".length()) {
            return petrarch(name.substring("petrarch:".length()));
        }
        throw new IllegalArgumentException("unknown pipeline preset '" + name + "' (expected default, rules-only or petrarch:DIR)");
    }

    public PipelineConfig withThreads(int n) {
        return new PipelineConfig(preset, petrarchDirectory, coder, rootFallback, fallbackMinProbability, secondOpinion,
                vetoBelow, parsing, quotes, n);
    }

    /**
     * This configuration with quotes and claims sought in every sentence with a speech verb: for the commands that
     * write quotes ({@code dyad quotes}, {@code ingest}, {@code serve}, the explain format). Same events, same
     * fingerprint (see {@link Quotes}).
     */
    public PipelineConfig withAllQuotes() {
        return new PipelineConfig(preset, petrarchDirectory, coder, rootFallback, fallbackMinProbability, secondOpinion,
                vetoBelow, parsing, Quotes.ALL, threads);
    }

    /**
     * This configuration with every sentence parsed (preset name {@code <preset>+parse-all}): for coding short phrases
     * ({@code dyad actors lookup}), which have no event trigger for the parse filter to find, yet need the parse to read
     * descriptions ("the governor of Texas").
     */
    public PipelineConfig withEverySentenceParsed() {
        return new PipelineConfig(preset + "+parse-all", petrarchDirectory, coder, rootFallback, fallbackMinProbability,
                secondOpinion, vetoBelow, Parsing.EVERY_SENTENCE, quotes, threads);
    }

    /** Whether any stage needs the learned models (and so the {@link LearnedModels} provider). */
    public boolean needsModels() {
        return rootFallback || secondOpinion;
    }

    /** The stage list: the only place it is derived from the configuration. */
    public List<StageKind> stages() {
        List<StageKind> s = new ArrayList<>(List.of(StageKind.NLP, StageKind.ACTORS, StageKind.QUOTES,
                coder == Coder.DYAD ? StageKind.EVENT_RULES : StageKind.PETRARCH_CODER));
        if (rootFallback) {
            s.add(StageKind.ROOT_FALLBACK);
        }
        s.add(StageKind.DATING);
        s.add(StageKind.PLACES);
        if (secondOpinion) {
            s.add(StageKind.SECOND_OPINION);
        }
        return List.copyOf(s);
    }

    /** The settings that shape output, as text for the fingerprint (threads do not: output is equal for any count). */
    String outputShapingSettings() {
        StringBuilder b = new StringBuilder();
        b.append("preset=").append(preset).append('\n').append("coder=").append(coder).append('\n')
                .append("parsing=").append(parsing).append('\n');
        if (rootFallback) {
            b.append(String.format(Locale.ROOT, "fallback.minProbability=%s%n", fallbackMinProbability));
        }
        if (secondOpinion) {
            b.append(String.format(Locale.ROOT, "secondOpinion.vetoBelow=%s%n", vetoBelow));
        }
        b.append("stages=").append(stages().stream().map(StageKind::stageName).toList()).append('\n');
        return b.toString();
    }

    private static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
