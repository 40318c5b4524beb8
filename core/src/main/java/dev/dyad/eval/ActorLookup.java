package dev.dyad.eval;

import dev.dyad.events.EventCoderStage;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Sentence;
import dev.dyad.pipeline.Dyad;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Codes short phrases ("Nigeria's defence minister", "Islamabad rejected the claim.") on a date through the
 * pipeline, as {@code dyad actors lookup} and the actor suites do. Thread-safe (the pipeline is).
 */
public final class ActorLookup {
    private final Dyad dyad;

    public ActorLookup(Dyad dyad) {
        this.dyad = dyad;
    }

    /**
     * The built-in pipeline with every sentence parsed: a phrase has no event trigger, so the coding pipeline
     * would skip its parse, and descriptions ("the governor of Texas") need it.
     */
    public static ActorLookup load() {
        return load(dev.dyad.pipeline.PipelineConfig.rulesOnly());
    }

    /** {@code config}'s pipeline with every sentence parsed (the configuration's stages and models otherwise). */
    public static ActorLookup load(dev.dyad.pipeline.PipelineConfig config) {
        return new ActorLookup(dev.dyad.pipeline.SharedPipeline.get(config.withEverySentenceParsed()));
    }

    public Result lookup(String phrase, LocalDate date) {
        AnnotatedDocument doc = dyad.code(new Article("lookup", phrase, date));
        List<ActorMention> actors = doc.actors();
        ActorMention main = actors.stream().filter(m -> m.kind() != ActorMention.Kind.PRONOUN)
                .min(Comparator.<ActorMention>comparingInt(m -> depth(doc.sentences().get(m.sentence()), m.head()))
                        .thenComparing(m -> !doc.sentences().get(m.sentence()).relation(m.head()).startsWith("nsubj"))
                        .thenComparing(m -> !ActorMention.countryKnown(m.code()))
                        .thenComparing(m -> -(m.span().end() - m.span().start()))
                        .thenComparingInt(m -> m.span().start()))
                .orElse(null);
        return new Result(phrase, date, actors, main);
    }

    /** How far a token is from its sentence's root (0 for the root, or for every token of an unparsed sentence). */
    private static int depth(Sentence s, int token) {
        int d = 0;
        for (int i = s.governor(token); i >= 0 && d <= s.size(); i = s.governor(i)) {
            d++;
        }
        return d;
    }

    /**
     * One phrase's actors; {@code main} is the one the phrase is about (the mention nearest the root of the
     * parse, then a subject, then one with a country, then the longest), or null when none was found.
     */
    public record Result(String phrase, LocalDate date, List<ActorMention> actors, ActorMention main) {
        public Result {
            actors = List.copyOf(actors);
        }

        /** The JSON Lines shape of {@code dyad actors lookup}. */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phrase", phrase);
            m.put("date", date.toString());
            m.put("main", main == null ? null : actors.indexOf(main));
            m.put("actors", actors.stream().map(ActorLookup::json).toList());
            return m;
        }
    }

    public static Map<String, Object> json(ActorMention a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("code", a.code());
        m.put("country", country(a.code()));
        m.put("sector", sector(a.code()));
        m.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("rule", a.rule());
        m.put("span", List.of(a.span().start(), a.span().end()));
        return m;
    }

    /** The country (or organisation) slot of a code; null for "---". */
    public static String country(String code) {
        String c = code.substring(0, Math.min(3, code.length()));
        return c.equals(ActorMention.UNKNOWN_COUNTRY) ? null : c;
    }

    /** The first sector after the country slot ("GOV" of "USAGOV"), or null. */
    public static String sector(String code) {
        return code.length() >= 6 ? code.substring(3, 6) : null;
    }
}
