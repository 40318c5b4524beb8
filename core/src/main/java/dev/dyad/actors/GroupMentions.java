package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorMention.Kind;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * States, organisations and groups in a sentence: noun chunks whose dictionary atoms compose a code ("Russian
 * officials", "Western countries"), chunks coded from their description ("the governor of Texas"), and sector nouns
 * no country is named for ("rebels" = ---REB, "rebels in the Ivory Coast" = CIVREB). Stateless between sentences.
 */
final class GroupMentions {
    private static final String UNKNOWN_COUNTRY = ActorMention.UNKNOWN_COUNTRY;

    private final MentionText text;
    private final ActorDictionary dictionary;
    private final Descriptions descriptions;

    GroupMentions(MentionText text, ActorDictionary dictionary, Descriptions descriptions) {
        this.text = text;
        this.dictionary = dictionary;
        this.descriptions = descriptions;
    }

    /** The groups of the sentence outside the tokens already {@code used} by persons. */
    List<ActorMention> find(Sentence s, List<Atom> atoms, boolean[] used) {
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (used[i] || !(text.chunkTag(s.token(i).pos()) || Atoms.cover(atoms, i))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < s.size() && !used[end + 1]
                    && (text.chunkTag(s.token(end + 1).pos()) || Atoms.cover(atoms, end + 1)
                        || descriptions.basedAt(s, atoms, end + 1))) {
                end++;
            }
            ActorMention m = chunk(s, atoms, i, end);
            if (m != null) {
                out.add(m);
            }
            i = end + 1;
        }
        return out;
    }

    private ActorMention chunk(Sentence s, List<Atom> atoms, int from, int to) {
        List<Atom> in = Atoms.in(atoms, from, to);
        String code = Atoms.compose(in);
        if (code == null) {
            ActorMention described = described(s, atoms, from, to);
            return described != null ? described : unlocatedGroup(s, atoms, in, to);
        }
        Atom firstAtom = in.get(0);
        Token head = s.token(to);
        boolean actorHead = Atoms.cover(atoms, to) || text.is(MentionWord.GROUP_HEAD, head.lowerLemma());
        int last = actorHead ? to : in.get(in.size() - 1).last();
        int first = firstAtom.first();
        String rule = in.stream().map(Atom::rule).reduce((a, b) -> a + " + " + b).orElse("")
                + (actorHead && !Atoms.cover(atoms, to) ? " + group noun '" + head.text() + "'" : "");
        Descriptions.Found adjusted = descriptions.refine(s, atoms, in, from, to, last, new Descriptions.Found(code, rule,
                firstAtom.entry().isState()));
        code = adjusted.code();
        rule = adjusted.rule();
        Kind kind = code.startsWith("IGO") || code.startsWith("NGO") ? Kind.ORGANIZATION
                : Atoms.hasSector(in) ? Kind.GROUP : Kind.STATE;
        return new ActorMention(s.index(), first, last, last, ActorResolverStage.span(s, first, last),
                text.join(s, first, last), code, kind, code, rule);
    }

    /**
     * A chunk no dictionary phrase gives a country, coded from its description: "the governor of Texas",
     * "members of Hamas", "the Texas governor"; a former office holder is ELI.
     */
    private ActorMention described(Sentence s, List<Atom> atoms, int from, int head) {
        Descriptions.Found f = descriptions.describe(s, atoms, from, head);
        if (f == null) {
            return null;
        }
        String code = f.code();
        String rule = f.rule();
        String former = descriptions.formerIn(s, from, head);
        if (former != null && f.state() && !Descriptions.former(code).equals(code)) {
            code = Descriptions.former(code);
            rule = rule + " + former " + former + " -> " + Descriptions.FORMER;
        }
        int first = from;
        while (first < head && !s.token(first).pos().startsWith("NN") && !Atoms.cover(atoms, first)) {
            first++; // "former prime minister": the mention starts at its noun, as dictionary mentions do
        }
        Kind kind = code.startsWith("IGO") || code.startsWith("NGO") ? Kind.ORGANIZATION : Kind.GROUP;
        return new ActorMention(s.index(), first, head, head, ActorResolverStage.span(s, first, head),
                text.join(s, first, head), code, kind, code, rule);
    }

    /**
     * A sector noun with no country in its phrase ("rebels", "riot police"): the country of a locating phrase
     * ("rebels in the Ivory Coast"), else {@link ActorMention#UNKNOWN_COUNTRY} + sector, as CAMEO codes an actor
     * whose country the text does not give.
     */
    private ActorMention unlocatedGroup(Sentence s, List<Atom> atoms, List<Atom> in, int head) {
        Atom sector = in.isEmpty() ? null : in.get(in.size() - 1);
        // a Phoenix-layer agent noun only adds a sector to a named actor: alone ("settlement", "economists") it
        // names too many things that are no political actor
        if (sector == null || !sector.isSector() || dictionary.needsCountry(sector.code()) || sector.entry().layer()) {
            return null;
        }
        // "opposition groups", "rebel factions": a collective noun takes the sector of the word before it
        boolean collective = sector.last() == head - 1 && text.is(MentionWord.COLLECTIVE_HEAD, s.token(head).lowerLemma());
        if (!collective && sector.last() < head && postnominal(s, sector.last() + 1, head)) {
            head = sector.last(); // "militants loyal to ...": the adjective follows its noun
        }
        if (!collective && (sector.kind() != EntryKind.NOUN || sector.last() != head) || !standsAlone(s, head)) {
            return null;
        }
        int first = in.get(0).first();
        String code = UNKNOWN_COUNTRY + sector.code();
        String rule = in.stream().map(Atom::rule).reduce((a, b) -> a + " + " + b).orElse("") + "; no country named";
        String former = descriptions.formerIn(s, first, head);
        if (former != null) {
            code = UNKNOWN_COUNTRY + Descriptions.FORMER;
            rule = rule + " + description: former " + former + " -> " + Descriptions.FORMER;
        }
        for (int c : s.children(head, "nmod")) {
            Atom place = atoms.stream().filter(a -> a.covers(c) && a.entry().isState() && !a.isSector()).findFirst()
                    .orElse(null);
            if (place != null && s.children(c, "case").stream()
                    .anyMatch(k -> text.is(MentionWord.LOCATING_PREPOSITION, s.token(k).lowerLemma()))) {
                code = Atoms.compose(List.of(place, sector));
                rule = sector.rule() + " + located by '" + text.join(s, place.first(), place.last()) + "' (" + place.rule() + ")";
                break;
            }
        }
        return new ActorMention(s.index(), first, head, head, ActorResolverStage.span(s, first, head),
                text.join(s, first, head), code, Kind.GROUP, code, rule);
    }

    private static boolean postnominal(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!s.token(i).pos().startsWith("JJ") || !s.relation(i).equals("amod") || s.governor(i) >= i) {
                return false;
            }
        }
        return true;
    }

    /**
     * A group noun that names actors by itself: a phrase head ("military" in "military and technical measures"
     * modifies), plural or determined ("rebels", "the police"), and nobody's ("its troops" belong to someone the
     * text named, so they are not an unknown actor). A plural-mass noun ("police") needs no article.
     */
    private boolean standsAlone(Sentence s, int head) {
        String rel = s.relation(head);
        if (rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod:poss")
                || !s.children(head, "nmod:poss").isEmpty()) {
            return false;
        }
        return s.token(head).pos().startsWith("NNS") || s.token(head).pos().equals("NNPS")
                || !s.children(head, "det").isEmpty() || text.is(MentionWord.PLURAL_MASS_NOUN, s.token(head).lowerLemma());
    }
}
