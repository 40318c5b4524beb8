package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.AttributedQuote;
import dev.dyad.model.Quote;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported claims ({@code kind = indirect}): the complement of a speech verb outside quotation marks ("Smith said
 * that ...", "denied that ...", "wrote on X that ..."), the clause a speech verb follows ("The talks will resume,
 * officials said"), and the clause stated "according to" someone. The speaker comes from {@link SpeakerFinder};
 * a claim whose speaker the text does not name is left out, and so is one that only repeats a direct quote. One
 * per article.
 */
final class ClaimFinder {
    private final AnnotatedDocument doc;
    private final DepIndex[] idx;
    private final SpeakerFinder finder;
    private final SpeechVerbs speech;
    private final boolean[] quoted;

    ClaimFinder(AnnotatedDocument doc, DepIndex[] idx, SpeakerFinder finder, SpeechVerbs speech, boolean[] quoted) {
        this.doc = doc;
        this.idx = idx;
        this.finder = finder;
        this.speech = speech;
        this.quoted = quoted;
    }

    List<AttributedQuote> claims() {
        List<AttributedQuote> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            DepIndex d = idx[s.index()];
            if (!d.parsed()) {
                continue;
            }
            for (int t = 0; t < s.size(); t++) {
                Token tok = s.token(t);
                if (inQuote(tok.start())) {
                    continue;
                }
                if (tok.isVerb() && speech.isSpeechVerb(tok.lowerLemma())) {
                    final int verb = t;
                    List<Integer> complements = d.children(t, "ccomp");
                    for (int c : complements) {
                        int[] ext = d.extent(c);
                        add(out, s, ext[0], ext[1], () -> finder.ofVerb(s.index(), verb),
                                "complement of '" + tok.text() + "'");
                    }
                    if (complements.isEmpty() && !speech.addressesSomeone(tok.lowerLemma())) {
                        smallClause(out, s, d, t);
                    }
                    int g = d.governor(t);
                    if (complements.isEmpty() && d.is(t, "parataxis") && g >= 0 && g < t) {
                        // "The talks will resume, officials said": the verb of saying hangs off the claim
                        add(out, s, d.extent(g)[0], d.extent(t)[0] - 1, () -> finder.ofVerb(s.index(), verb),
                                "clause before '" + tok.text() + "'");
                    }
                } else if (tok.text().equalsIgnoreCase("according") && t + 1 < s.size()
                        && s.token(t + 1).text().equalsIgnoreCase("to")) {
                    according(out, s, d, t);
                }
            }
        }
        return out;
    }

    /**
     * "said Washington was “deeply concerned”" parsed as an object and a predicate (obj + xcomp or dep with a copula
     * or an auxiliary) rather
     * than a complement clause: the object and the predicate together are what was said. Not for verbs that address
     * someone ("told them to leave"), where object and xcomp are the addressee and an order.
     */
    private void smallClause(List<AttributedQuote> out, Sentence s, DepIndex d, int verb) {
        for (int o : d.children(verb, "obj")) {
            for (int x : d.children(verb, "xcomp", "dep")) {
                // "said companies were “running out of patience”" can also come out as obj + dep with an auxiliary
                if (x > o && !d.children(x, "cop", "aux").isEmpty()) {
                    add(out, s, d.extent(o)[0], d.extent(x)[1], () -> finder.ofVerb(s.index(), verb),
                            "object and predicate of '" + s.token(verb).text() + "'");
                    return;
                }
            }
        }
    }

    /** "Costs have tripled, according to Lloyd's List": the clause around the phrase, said by its noun. */
    private void according(List<AttributedQuote> out, Sentence s, DepIndex d, int at) {
        int who = d.governor(at);
        int clause = who < 0 ? -1 : d.governor(who);
        if (who < 0 || clause < 0) {
            return;
        }
        int[] whole = d.extent(clause);
        int[] phrase = d.extent(who);
        int from = Math.min(at, phrase[0]);
        boolean before = from - whole[0] >= whole[1] - phrase[1];
        int lo = before ? whole[0] : phrase[1] + 1;
        int hi = before ? from - 1 : whole[1];
        add(out, s, lo, hi, () -> finder.describe(s.index(), who, "according to"), "according to");
    }

    private void add(List<AttributedQuote> out, Sentence s, int lo, int hi, java.util.function.Supplier<Speaker> who, String rule) {
        lo = afterDateline(s, lo, hi);
        while (lo <= hi && NounPhrase.isPunctuation(s, lo)) {
            lo++;
        }
        while (hi >= lo && NounPhrase.isPunctuation(s, hi)) {
            hi--;
        }
        if (lo > hi) {
            return;
        }
        Span span = s.span(lo, hi);
        if (inQuote(span.start()) && inQuote(span.end() - 1)) {
            return; // the words of a direct quote, already a quote
        }
        Speaker speaker = who.get();
        if (speaker == null || speaker.span().overlaps(span)) {
            return;
        }
        String how = s.dependencies().isEmpty() ? rule + " (read from the tags, not parsed)" : rule;
        out.add(new AttributedQuote(new Quote(doc.article().id(), Quote.Kind.INDIRECT,
                doc.article().text().substring(span.start(), span.end()), new int[] {span.start(), span.end()}, s.index(),
                speaker.ref(), how + "; " + speaker.rule()), speaker.entity()));
    }

    /**
     * A claim that starts the article's first sentence starts after its dateline ("LONDON —", "GENEVA (Reuters) -",
     * "AUSTIN, Tex. --"): a first word in capitals and a dash within the first eight words.
     */
    static int afterDateline(Sentence s, int lo, int hi) {
        if (lo != 0 || s.index() != 0 || s.size() < 2) {
            return lo;
        }
        String first = s.token(0).text();
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || !Character.isLetter(first.charAt(0))) {
            return lo;
        }
        for (int k = 1; k < Math.min(8, hi); k++) {
            String w = s.token(k).text();
            if (w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013")) {
                return k + 1;
            }
        }
        return lo;
    }

    private boolean inQuote(int at) {
        return at >= 0 && at < quoted.length && quoted[at];
    }
}
