package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Layer;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds and codes actor mentions: dictionary names, noun phrases composed of a country and a sector
 * ("Russia's top diplomat" → RUSGOV), persons coded from the dictionary or from their title or
 * apposition, later mentions of a person by surname, and pronouns. Thread-safe: all per-article
 * state lives in a {@link ArticleActors} created for each call.
 */
public final class ActorResolverStage implements Stage {
    private final AtomMatcher matcher;
    private final ActorDictionary dictionary;
    private final Descriptions descriptions;

    /** Without a gazetteer: descriptions find no region ("the governor of Texas" stays ---GOV). */
    public ActorResolverStage(ActorDictionary dictionary) {
        this(dictionary, null);
    }

    /** {@code places} (may be null) gives the country of regions and cities in descriptions. */
    public ActorResolverStage(ActorDictionary dictionary, dev.dyad.place.Gazetteer places) {
        this.dictionary = dictionary;
        this.matcher = new AtomMatcher(dictionary);
        this.descriptions = new Descriptions(dictionary, places);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        ArticleActors state = new ArticleActors(doc.article().text(), doc.article().date(), dictionary, descriptions);
        List<ActorMention> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            all.addAll(state.resolve(s, matcher.match(s, doc.article().date())));
        }
        return doc.withActors(all);
    }

    static Span span(Sentence s, int first, int last) {
        Token a = s.token(first);
        Token b = s.token(last);
        return new Span(a.start(), b.end());
    }
}
