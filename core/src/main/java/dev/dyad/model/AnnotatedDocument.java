package dev.dyad.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An article and everything the pipeline has found in it so far. Immutable: each stage returns a new
 * document with its layer filled in; {@code layers} says which ones are. Events travel as {@link CodedEvent}s (one
 * record per stage); {@link #events()} assembles the output records. Quotes travel as {@link AttributedQuote}s (the
 * output record and the speaker's entity, for later stages); {@link #quotes()} gives the output records. A document
 * that claims the {@link Layer#DATES} or {@link Layer#PLACES} layer must have the matching record on every event, so a
 * stage that adds events after the dating stage fails the pipeline instead of writing an undated event.
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<ActorMention> actors,
                                List<AttributedQuote> attributedQuotes, List<CodedEvent> codedEvents, Set<Layer> layers) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        attributedQuotes = List.copyOf(attributedQuotes);
        codedEvents = List.copyOf(codedEvents);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        for (CodedEvent e : codedEvents) {
            if (layers.contains(Layer.DATES) && e.dating() == null || layers.contains(Layer.PLACES) && e.placement() == null) {
                throw new IllegalStateException("article " + article.id() + ": an event of sentence " + e.coding().sentence()
                        + " lacks the " + (e.dating() == null ? Layer.DATES : Layer.PLACES) + " layer the document claims");
            }
        }
    }

    /** The output records of the events, assembled from their layers ({@link Event#of(CodedEvent)}). */
    public List<Event> events() {
        return codedEvents.stream().map(Event::of).toList();
    }

    /** The output records of the quotes ({@link AttributedQuote#quote()}). */
    public List<Quote> quotes() {
        return attributedQuotes.stream().map(AttributedQuote::quote).toList();
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
        return new AnnotatedDocument(article, s, actors, attributedQuotes, codedEvents, plus(Layer.SENTENCES));
    }

    public AnnotatedDocument withActors(List<ActorMention> a) {
        return new AnnotatedDocument(article, sentences, a, attributedQuotes, codedEvents, plus(Layer.ACTORS));
    }

    public AnnotatedDocument withQuotes(List<AttributedQuote> q) {
        return new AnnotatedDocument(article, sentences, actors, q, codedEvents, plus(Layer.QUOTES));
    }

    public AnnotatedDocument withEvents(List<CodedEvent> e) {
        return new AnnotatedDocument(article, sentences, actors, attributedQuotes, e, plus(Layer.EVENTS));
    }

    /** The events with their {@link EventDating} set. */
    public AnnotatedDocument withDatedEvents(List<CodedEvent> e) {
        return new AnnotatedDocument(article, sentences, actors, attributedQuotes, e, plus(Layer.DATES));
    }

    /** The events with their {@link EventPlacement} set. */
    public AnnotatedDocument withLocatedEvents(List<CodedEvent> e) {
        return new AnnotatedDocument(article, sentences, actors, attributedQuotes, e, plus(Layer.PLACES));
    }

    public List<ActorMention> actorsIn(int sentence) {
        return actors.stream().filter(a -> a.sentence() == sentence).toList();
    }

    public int sentenceCount() {
        return sentences.size();
    }
}
