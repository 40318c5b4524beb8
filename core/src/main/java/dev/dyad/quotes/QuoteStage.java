package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.AttributedQuote;
import dev.dyad.model.Layer;
import dev.dyad.model.Quote;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Direct quotes and reported claims with their speakers.
 *
 * <p>A direct quote ({@link QuoteFinder}) takes the speaker the text names: the subject of the speech verb nearest
 * to it outside the quote, in the sentences it touches (before, after, or between the parts of a split quote),
 * resolved by {@link SpeakerFinder}. Only when the text names none does the previous quote's speaker continue
 * ("…,” she said. “…”), and only within three sentences. A quote split by its attribution ("First," she said,
 * "second.") is one quote. Reported claims are the complements of speech verbs ("Smith said that ...") and the
 * clauses stated "according to" someone. First-person pronouns in a coded speaker's quote become mentions of the
 * speaker ("we will take measures"). Thread-safe: per-article state lives in objects made per call.
 */
public final class QuoteStage implements Stage {
    private static final int CONTINUES_WITHIN = 3;
    private static final int SPLIT_GAP = 100;
    private final SpeechVerbs speech;
    private final SpeakerLexicon lexicon;

    public QuoteStage(SpeechVerbs speech) {
        this(speech, SpeakerLexicon.builtIn());
    }

    public QuoteStage(SpeechVerbs speech, SpeakerLexicon lexicon) {
        this.speech = speech;
        this.lexicon = lexicon;
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
        List<Sentence> sentences = doc.sentences();
        DepIndex[] idx = new DepIndex[sentences.size()];
        for (Sentence s : sentences) {
            // a sentence the pipeline did not parse may be a plain attribution read from its tags (QuoteParseFilter)
            DepIndex shallow = s.dependencies().isEmpty() ? ShallowAttribution.read(s.tokens(), speech) : null;
            idx[s.index()] = shallow != null ? shallow : new DepIndex(s);
        }
        List<QuoteFinder.Marked> marked = joinSplit(doc, QuoteFinder.findMarked(text));
        boolean[] quoted = new boolean[text.length()];
        for (QuoteFinder.Marked m : marked) {
            for (int[] p : m.parts()) {
                java.util.Arrays.fill(quoted, p[0], p[1], true);
            }
        }
        MentionChains chains = new MentionChains(doc, idx, lexicon, quoted);
        SpeakerFinder finder = new SpeakerFinder(doc, idx, chains, speech, lexicon, quoted);
        List<AttributedQuote> quotes = new ArrayList<>();
        List<ActorMention> actors = new ArrayList<>(doc.actors());
        Speaker previous = null;
        int previousSentence = -10;
        for (QuoteFinder.Marked m : marked) {
            List<Sentence> touched = touched(sentences, m.start() - 1, m.end() + 1);
            if (touched.isEmpty()) {
                continue;
            }
            Speaker speaker = nearestSpeaker(finder, idx, touched, m, quoted);
            int first = touched.get(0).index();
            if (speaker == null && previous != null && first - previousSentence <= CONTINUES_WITHIN) {
                speaker = previous.because("continues the previous quote's speaker");
            }
            if (speaker != null) {
                previous = speaker;
                previousSentence = touched.get(touched.size() - 1).index();
                actors.addAll(firstPersonMentions(touched, m, speaker));
            }
            StringBuilder words = new StringBuilder();
            for (int[] p : m.parts()) {
                words.append(words.length() == 0 ? "" : " ").append(text, p[0], p[1]);
            }
            quotes.add(new AttributedQuote(new Quote(doc.article().id(), Quote.Kind.DIRECT, words.toString(),
                    new int[] {m.start(), m.end()}, m.parts(), first, speaker == null ? null : speaker.ref(),
                    speaker == null ? (m.closed() ? null : "quotation mark never closed") : speaker.rule()
                            + (m.closed() ? "" : "; quotation mark never closed")),
                    speaker == null ? null : speaker.entity()));
        }
        quotes.addAll(new ClaimFinder(doc, idx, finder, speech, quoted).claims());
        quotes.sort(Comparator.comparingInt(x -> x.quote().span()[0]));
        actors.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(ActorMention::first));
        return doc.withActors(actors).withQuotes(quotes);
    }

    /** Sentences overlapping {@code [from, to)}, by binary search on their starts. */
    static List<Sentence> touched(List<Sentence> sentences, int from, int to) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = lo; i < sentences.size() && sentences.get(i).start() <= to; i++) {
            out.add(sentences.get(i));
        }
        return out;
    }

    /**
     * "First," she said, "second.": two quotes with an attribution of a speech verb ending in a comma between them,
     * in one paragraph, become one quote of two parts.
     */
    private List<QuoteFinder.Marked> joinSplit(AnnotatedDocument doc, List<QuoteFinder.Marked> found) {
        String text = doc.article().text();
        List<QuoteFinder.Marked> out = new ArrayList<>();
        for (QuoteFinder.Marked m : found) {
            QuoteFinder.Marked last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.closed() && splitBy(doc, text, last.end(), m.start())) {
                List<int[]> parts = new ArrayList<>(last.parts());
                parts.addAll(m.parts());
                out.set(out.size() - 1, new QuoteFinder.Marked(parts, m.closed()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private boolean splitBy(AnnotatedDocument doc, String text, int from, int to) {
        if (to - from > SPLIT_GAP || to <= from) {
            return false;
        }
        String gap = text.substring(from, to);
        String words = gap.replaceAll("[\"'\u201C\u201D\u2018\u2019`\\s]", "");
        String before = text.substring(Math.max(0, from - 1), from);
        if (gap.indexOf('\n') >= 0 || !words.endsWith(",") || !(before.equals(",") || words.startsWith(","))) {
            return false;
        }
        for (Sentence s : touched(doc.sentences(), from, to)) {
            for (Token t : s.tokens()) {
                if (t.start() >= from && t.end() <= to && t.isVerb() && speech.isSpeechVerb(t.lowerLemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The speaker of the innermost speech verb whose clause holds the quote ("wrote that the figures were “fake,” and
     * his spokesman called them “a stunt”"), else of the speech verb nearest to it.
     */
    private Speaker nearestSpeaker(SpeakerFinder finder, DepIndex[] idx, List<Sentence> touched, QuoteFinder.Marked quote,
                                   boolean[] quoted) {
        Speaker best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : touched) {
            Speaker governing = governing(finder, idx[s.index()], s, quote, quoted);
            if (governing != null) {
                return governing;
            }
        }
        for (Sentence s : touched) {
            for (int t = 0; t < s.size(); t++) {
                Token tok = s.token(t);
                if (tok.start() < quoted.length && quoted[tok.start()] || !tok.isVerb()) {
                    continue;
                }
                String lemma = tok.lowerLemma();
                if (!speech.isSpeechVerb(lemma) && !lexicon.isNamingVerb(lemma)) {
                    continue;
                }
                int distance = Integer.MAX_VALUE;
                for (int[] p : quote.parts()) {
                    distance = Math.min(distance, Math.min(Math.abs(tok.start() - p[1]), Math.abs(tok.end() - p[0])));
                }
                if (distance >= bestDistance) {
                    continue;
                }
                Speaker who = finder.ofVerb(s.index(), t);
                if (who == null || who.span().start() < quoted.length && quoted[who.span().start()]) {
                    continue;
                }
                bestDistance = distance;
                best = who.because("sentence " + s.index());
            }
        }
        return best;
    }

    private Speaker governing(SpeakerFinder finder, DepIndex d, Sentence s, QuoteFinder.Marked quote, boolean[] quoted) {
        if (!d.parsed()) {
            return null;
        }
        int first = -1;
        for (int t = 0; t < s.size() && first < 0; t++) {
            if (s.token(t).start() >= quote.start() && s.token(t).end() <= quote.end()) {
                first = t;
            }
        }
        if (first < 0) {
            return null;
        }
        // walk up from the quote's first word; the first speech verb outside the quote that holds it speaks it
        int node = d.governor(first);
        for (int guard = 0; node >= 0 && guard < s.size(); guard++, node = d.governor(node)) {
            Token tok = s.token(node);
            if (tok.start() < quoted.length && quoted[tok.start()] || !tok.isVerb()) {
                continue;
            }
            String lemma = tok.lowerLemma();
            if (speech.isSpeechVerb(lemma) || lexicon.isNamingVerb(lemma)) {
                Speaker who = finder.ofVerb(s.index(), node);
                if (who != null && !(who.span().start() < quoted.length && quoted[who.span().start()])) {
                    return who.because("sentence " + s.index() + ", holding the quote");
                }
                return null;
            }
        }
        return null;
    }

    private List<ActorMention> firstPersonMentions(List<Sentence> touched, QuoteFinder.Marked quote, Speaker speaker) {
        List<ActorMention> out = new ArrayList<>();
        if (speaker.code() == null) {
            return out;
        }
        for (Sentence s : touched) {
            for (int t = 0; t < s.size(); t++) {
                Token tok = s.token(t);
                Span at = new Span(tok.start(), tok.end());
                if (tok.isPronoun() && lexicon.isFirstPerson(tok.text())
                        && quote.parts().stream().anyMatch(p -> p[0] <= at.start() && at.end() <= p[1])) {
                    out.add(new ActorMention(s.index(), t, t, t, at, tok.text(), speaker.code(), ActorMention.Kind.PRONOUN,
                            speaker.entity(), "first person in a quote by '" + speaker.text() + "'"));
                }
            }
        }
        return out;
    }
}
