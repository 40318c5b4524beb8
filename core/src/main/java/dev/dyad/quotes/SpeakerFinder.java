package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import dev.dyad.quotes.MentionChains.Occurrence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speaker of a speech verb as the text names it: its subject (through "went on to say", "saying", conjoined
 * verbs; after the verb in quotative inversion), resolved along the article's {@link MentionChains} to a person
 * (name, surname, title, pronoun, apposition, "X's office"), an organisation ("the group") or, failing those, the
 * noun phrase itself ("a spokesman for the Kremlin"), coded from dyad's actor mentions inside it. One per article.
 */
final class SpeakerFinder {
    private final AnnotatedDocument doc;
    private final DepIndex[] idx;
    private final MentionChains chains;
    private final SpeechVerbs speech;
    private final SpeakerLexicon lexicon;
    private final Map<Integer, List<ActorMention>> actors = new HashMap<>();
    private final boolean[] quoted;

    SpeakerFinder(AnnotatedDocument doc, DepIndex[] idx, MentionChains chains, SpeechVerbs speech, SpeakerLexicon lexicon,
                  boolean[] quoted) {
        this.doc = doc;
        this.quoted = quoted;
        this.idx = idx;
        this.chains = chains;
        this.speech = speech;
        this.lexicon = lexicon;
        for (ActorMention m : doc.actors()) {
            actors.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
    }

    /** The speaker of the speech verb {@code verb} of sentence {@code si}, or null when the parse names none. */
    Speaker ofVerb(int si, int verb) {
        Sentence s = doc.sentences().get(si);
        DepIndex d = idx[si];
        int subject = subjectOf(s, d, verb);
        return subject < 0 ? null : describe(si, subject, "subject of '" + s.token(verb).text() + "'");
    }

    private int subjectOf(Sentence s, DepIndex d, int verb) {
        int v = verb;
        for (int hop = 0; hop < 4 && v >= 0; hop++) {
            for (int c : d.children(v, "nsubj")) {
                // "‘Every number …,’ he told the BBC" can come out with two subjects: the one in the quote is not it
                if ((!d.relation(c).equals("nsubj:pass") || hop > 0) && !inQuote(s.token(c).start())) {
                    return c;
                }
            }
            if (!d.is(v, "xcomp", "conj", "advcl")) {
                break;
            }
            v = d.governor(v); // "he went on to say", "warned NATO ..., saying", "said and added"
        }
        if (!speech.addressesSomeone(s.token(verb).lowerLemma())) {
            // quotative inversion ("…,” said Serbia's president) is sometimes parsed with the speaker as object
            for (int o : d.children(verb, "obj", "dep")) {
                if (o > verb && o - verb <= 6 && (s.token(o).isNoun() || s.token(o).isPronoun())) {
                    return o;
                }
            }
        }
        return -1;
    }

    /** What the words headed by {@code head} name as a speaker. */
    Speaker describe(int si, int head, String how) {
        Sentence s = doc.sentences().get(si);
        DepIndex d = idx[si];
        Token t = s.token(head);
        if (lexicon.isProxy(t.lowerLemma())) { // "Okafor's office said"
            for (int p : d.children(head, "nmod:poss")) {
                Occurrence owner = chains.at(si, p);
                if (owner != null && owner.entity().person) {
                    return entity(s, owner.entity(), head, head, how + "; '" + t.text() + "' of '" + owner.entity().name + "'");
                }
            }
        }
        Occurrence o = chains.at(si, head);
        if (o == null || !o.entity().person && !t.isPronoun()) {
            // "Ukraine's foreign minister, Dmytro Kuleba", "spokeswoman Mao Ning": the name beside the description
            for (int a : d.children(head, "appos", "flat", "compound", "dep")) {
                // after the head only: "the Harris campaign" is not Harris speaking
                Occurrence named = a > head ? personIn(si, d.extent(a)) : null;
                if (named != null) {
                    o = named;
                    break;
                }
            }
        }
        if (o != null && (o.entity().person || t.isPronoun())) {
            String via = o.via().equals("pronoun") ? "; pronoun '" + t.text() + "' -> '" + o.entity().name + "'"
                    : o.via().equals("name") && !o.entity().name.equals(text(s, o.first(), o.last()))
                    ? "; '" + text(s, o.first(), o.last()) + "' -> '" + o.entity().name + "'" : "";
            return entity(s, o.entity(), o.first(), o.last(), how + via);
        }
        if (t.isPronoun()) {
            return null; // "I", "we", "you", or a pronoun with no antecedent
        }
        int[] np = NounPhrase.extent(s, d, head);
        for (int a : appositions(d, head)) {
            int[] name = NounPhrase.extent(s, d, a);
            if (a > head && properName(s, name)) { // "That group, Families for Local Schools, said"
                String[] code = code(si, np, head);
                String[] own = code(si, name, a);
                String[] use = own[0] != null || code[0] == null ? own : code;
                String words = text(s, name[0], name[1]);
                return new Speaker(words, use[0], s.span(name[0], name[1]), how + "; named in apposition to '"
                        + text(s, np[0], np[1]) + "'; " + use[1], words);
            }
        }
        boolean bare = np[0] == head - 1 && s.token(np[0]).lowerLemma().equals("the") && np[1] == head;
        if (bare) {
            Entity titled = chains.lastTitled(si, head, t.lowerLemma());
            if (titled != null) { // "the senator said"
                return entity(s, titled, head - 1, head, how + "; 'the " + t.text() + "' -> '" + titled.name + "'");
            }
            if (lexicon.refersBack(t.lowerLemma())) { // "the group said"
                Entity org = chains.lastOrganisation(si, head, t.lowerLemma());
                if (org != null) {
                    return entity(s, org, head - 1, head, how + "; 'the " + t.text() + "' -> '" + org.name + "'");
                }
            }
        }
        String[] code = code(si, np, head);
        Span span = s.span(np[0], np[1]);
        return new Speaker(text(s, np[0], np[1]), code[0], span, how + "; " + code[1], text(s, np[0], np[1]));
    }

    /**
     * The appositions of a speaker's head, and the one that closes its relative clause: in "The company that owned the
     * mill, Keystone Metals, said" the parser hangs the name on "mill", yet the commas around it name the subject.
     */
    private static List<Integer> appositions(DepIndex d, int head) {
        List<Integer> out = new ArrayList<>(d.children(head, "appos"));
        int[] subject = d.extent(head);
        for (int r : d.children(head, "acl:relcl")) {
            int[] clause = d.extent(r);
            for (int k = clause[0]; k <= clause[1]; k++) {
                if (d.is(k, "appos") && d.extent(k)[1] >= subject[1] - 1) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * A phrase that names something: a proper noun in it, or every noun and adjective capitalised ("Families for
     * Local Schools", which the tagger reads as common nouns).
     */
    private static boolean properName(Sentence s, int[] range) {
        boolean proper = false;
        boolean capitals = true;
        for (int k = range[0]; k <= range[1]; k++) {
            Token w = s.token(k);
            proper |= w.pos().startsWith("NNP");
            if (w.isNoun() || w.pos().startsWith("JJ")) {
                capitals &= Character.isUpperCase(w.text().charAt(0));
            }
        }
        return (proper || capitals) && Character.isUpperCase(s.token(range[0]).text().charAt(0));
    }

    private Occurrence personIn(int si, int[] range) {
        for (int k = range[0]; k <= range[1]; k++) {
            Occurrence o = chains.at(si, k);
            if (o != null && o.entity().person) {
                return o;
            }
        }
        return null;
    }

    private Speaker entity(Sentence s, Entity e, int first, int last, String how) {
        String rule = e.code == null ? how + "; not coded" : how + "; " + e.codeRule;
        return new Speaker(e.name, e.code, s.span(first, last), rule, e.name);
    }

    /**
     * The code of a description: the head's own mention when it names a country ("a State Department official"),
     * else the country of a mention inside the phrase with the head's sector ("a spokesman for the Kremlin": Kremlin
     * RUSGOV + spokesman GOV), else the head's code with unknown country (---GOV), else null.
     */
    private String[] code(int si, int[] np, int head) {
        ActorMention headMention = null;
        ActorMention inner = null;
        for (ActorMention m : actors.getOrDefault(si, List.of())) {
            if (m.first() < np[0] || m.last() > np[1] || m.kind() == ActorMention.Kind.PRONOUN) {
                continue;
            }
            if (m.first() <= head && head <= m.last()) {
                headMention = m;
            } else if (ActorMention.countryKnown(m.code()) && inner == null) {
                inner = m;
            }
        }
        if (headMention != null && ActorMention.countryKnown(headMention.code())) {
            return new String[] {headMention.code(), headMention.rule()};
        }
        if (inner != null) {
            String sector = headMention == null ? "" : headMention.code().substring(3);
            String code = sector.isEmpty() || inner.code().endsWith(sector) ? inner.code() : inner.country() + sector;
            return new String[] {code, "country of '" + inner.text() + "' (" + inner.rule() + ")"
                    + (headMention == null ? "" : " + sector of '" + headMention.text() + "'")};
        }
        if (headMention != null) {
            return new String[] {headMention.code(), headMention.rule()};
        }
        return new String[] {null, "not coded"};
    }

    private boolean inQuote(int at) {
        return at >= 0 && at < quoted.length && quoted[at];
    }

    private String text(Sentence s, int first, int last) {
        return doc.article().text().substring(s.token(first).start(), s.token(last).end());
    }
}
