package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorRef;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Layer;
import dev.dyad.model.Quote;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Direct and indirect quotes with their speakers. A direct quote's speaker is the subject of the
 * speech verb nearest to it outside the quote in the sentences it touches ("…,” said Sergei Lavrov",
 * "he went on to say", "what he called “…”"); without one, the speaker of the previous quote continues.
 * First-person pronouns inside a quote become mentions of the speaker ("we will take measures").
 * Thread-safe.
 */
public final class QuoteStage implements Stage {
    /** Verbs that introduce a quoted name or phrase but are not verbs of saying in general. */
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "dub", "label", "brand");
    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "ours", "i", "me", "my");
    private final SpeechVerbs speech;

    public QuoteStage(SpeechVerbs speech) {
        this.speech = speech;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.QUOTES, Layer.ACTORS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        String text = doc.article().text();
        List<Quote> quotes = new ArrayList<>();
        List<ActorMention> actors = new ArrayList<>(doc.actors());
        ActorMention previousSpeaker = null;
        for (int[] q : QuoteFinder.find(text)) {
            Span span = new Span(q[0], q[1]);
            List<Sentence> touched = doc.sentences().stream()
                    .filter(s -> s.start() <= span.end() + 1 && span.start() - 1 <= s.end()).toList();
            if (touched.isEmpty()) {
                continue;
            }
            Found found = speakerNear(doc, touched, span);
            String rule = found == null ? null : found.rule();
            ActorMention speaker = found == null ? null : found.speaker();
            if (speaker == null && previousSpeaker != null) {
                speaker = previousSpeaker;
                rule = "continues the previous quote's speaker";
            }
            if (speaker != null) {
                previousSpeaker = speaker;
                actors.addAll(firstPersonMentions(touched, span, speaker));
            }
            quotes.add(new Quote(doc.article().id(), "direct", text.substring(span.start(), span.end()),
                    new int[] {span.start(), span.end()}, touched.get(0).index(),
                    speaker == null ? null : speakerRef(speaker), rule, speaker == null ? null : speaker.entity()));
        }
        quotes.addAll(indirect(doc, quotes));
        quotes.sort(Comparator.comparingInt(x -> x.span()[0]));
        actors.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(ActorMention::first));
        return doc.withActors(actors).withQuotes(quotes);
    }

    private record Found(ActorMention speaker, String rule) {
    }

    private Found speakerNear(AnnotatedDocument doc, List<Sentence> touched, Span quote) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : touched) {
            List<ActorMention> mentions = doc.actorsIn(s.index());
            for (int t = 0; t < s.size(); t++) {
                var tok = s.token(t);
                if (quote.contains(new Span(tok.start(), tok.end()))) {
                    continue;
                }
                String lemma = tok.lowerLemma();
                if (!speech.isSpeechVerb(lemma) && !NAMING_VERBS.contains(lemma)) {
                    continue;
                }
                ActorMention who = speech.speaker(s, t, mentions);
                if (who == null || quote.contains(who.span())) {
                    continue;
                }
                int distance = Math.min(Math.abs(tok.start() - quote.end()), Math.abs(tok.end() - quote.start()));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Found(who, "subject of '" + tok.text() + "' (sentence " + s.index() + ")");
                }
            }
        }
        return best;
    }

    /** "Blinken said that Washington is working ...": the complement of a speech verb with a known speaker. */
    private List<Quote> indirect(AnnotatedDocument doc, List<Quote> direct) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<ActorMention> mentions = doc.actorsIn(s.index());
            for (int t = 0; t < s.size(); t++) {
                if (!speech.isSpeechVerb(s.token(t).lowerLemma())) {
                    continue;
                }
                for (int comp : s.children(t, "ccomp")) {
                    int[] range = subtree(s, comp);
                    Span span = s.span(range[0], range[1]);
                    boolean quoted = direct.stream().anyMatch(q -> q.charSpan().overlaps(span));
                    ActorMention who = speech.speaker(s, t, mentions);
                    if (quoted || who == null) {
                        continue;
                    }
                    out.add(new Quote(doc.article().id(), "indirect",
                            doc.article().text().substring(span.start(), span.end()), new int[] {span.start(), span.end()},
                            s.index(), speakerRef(who), "complement of '" + s.token(t).text() + "'", who.entity()));
                }
            }
        }
        return out;
    }

    private static int[] subtree(Sentence s, int root) {
        return s.subtreeRange(root); // indexed in Sentence: linear in the subtree, not quadratic in the sentence
    }

    private static List<ActorMention> firstPersonMentions(List<Sentence> touched, Span quote, ActorMention speaker) {
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : touched) {
            for (int t = 0; t < s.size(); t++) {
                var tok = s.token(t);
                if (tok.isPronoun() && FIRST_PERSON.contains(tok.text().toLowerCase(Locale.ROOT))
                        && quote.contains(new Span(tok.start(), tok.end()))) {
                    out.add(new ActorMention(s.index(), t, t, t, new Span(tok.start(), tok.end()), tok.text(),
                            speaker.code(), ActorMention.Kind.PRONOUN, speaker.entity(),
                            "first person in a quote by '" + speaker.text() + "'"));
                }
            }
        }
        return out;
    }

    /** The speaker as written in the quote record: the full name of a person, the mention's own span. */
    private static ActorRef speakerRef(ActorMention m) {
        String name = m.kind() == ActorMention.Kind.PERSON || m.kind() == ActorMention.Kind.PRONOUN ? m.entity() : m.text();
        return new ActorRef(name, m.code(), new int[] {m.span().start(), m.span().end()}, m.rule());
    }
}
