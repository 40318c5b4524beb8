package dev.dyad.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An article and everything the pipeline has found in it so far. Immutable: each stage returns a new
 * document with its layer filled in; {@code layers} says which ones are.
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<ActorMention> actors,
                                List<Quote> quotes, List<Event> events, Set<Layer> layers) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    }

    public static AnnotatedDocument of(Article article) {
        return new AnnotatedDocument(article, List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    private Set<Layer> plus(Layer layer) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.add(layer);
        return s;
    }

    public AnnotatedDocument withSentences(List<Sentence> s) {
        return new AnnotatedDocument(article, s, actors, quotes, events, plus(Layer.SENTENCES));
    }

    public AnnotatedDocument withActors(List<ActorMention> a) {
        return new AnnotatedDocument(article, sentences, a, quotes, events, plus(Layer.ACTORS));
    }

    public AnnotatedDocument withQuotes(List<Quote> q) {
        return new AnnotatedDocument(article, sentences, actors, q, events, plus(Layer.QUOTES));
    }

    public AnnotatedDocument withEvents(List<Event> e) {
        return new AnnotatedDocument(article, sentences, actors, quotes, e, plus(Layer.EVENTS));
    }

    public AnnotatedDocument withDatedEvents(List<Event> e) {
        return new AnnotatedDocument(article, sentences, actors, quotes, e, plus(Layer.DATES));
    }

    public AnnotatedDocument withLocatedEvents(List<Event> e) {
        return new AnnotatedDocument(article, sentences, actors, quotes, e, plus(Layer.PLACES));
    }

    public List<ActorMention> actorsIn(int sentence) {
        return actors.stream().filter(a -> a.sentence() == sentence).toList();
    }

    public int sentenceCount() {
        return sentences.size();
    }
}
