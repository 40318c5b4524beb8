package dev.dyad.quotes;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.quotes.SpeakerLexicon.Gender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The persons and organisations of one article and their mentions, chained in text order: a full name
 * ("Jane Smith, director of ...") and its later surname ("Smith", "Mrs. Smith"), its titles ("the senator"), and
 * the pronouns that stand for it, resolved with gender and number agreement to the nearest compatible mention
 * (subjects first) of the sentence so far and the four before it. Persons come from the NER and dyad's person
 * mentions (coded or not); organisations from dyad's state, group and organisation mentions, the NER and the
 * subjects of speech verbs. Built in one pass; not thread-safe, one per article.
 *
 * <p>Why not CoreNLP's coreference: it needs the constituency or full dependency parse of every sentence and costs
 * about 20 times dyad's pipeline; attribution needs only the chains of speakers, which these rules give.
 */
final class MentionChains {
    /** A mention: tokens {@code first..last} of a sentence. */
    record Occurrence(int sentence, int first, int last, Entity entity, boolean subject, String via) {
    }

    static final int WINDOW = 4;

    private final AnnotatedDocument doc;
    private final DepIndex[] idx;
    private final SpeakerLexicon lexicon;
    private final boolean[] quoted;
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, Entity> bySurname = new HashMap<>();
    private final Map<String, Entity> orgsByName = new HashMap<>();
    private final List<List<Occurrence>> bySentence = new ArrayList<>();
    private final Map<Long, Occurrence> at = new HashMap<>();

    MentionChains(AnnotatedDocument doc, DepIndex[] idx, SpeakerLexicon lexicon, boolean[] quoted) {
        this.doc = doc;
        this.idx = idx;
        this.lexicon = lexicon;
        this.quoted = quoted;
        Map<Integer, List<ActorMention>> actors = new HashMap<>();
        for (ActorMention m : doc.actors()) {
            actors.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Sentence s : doc.sentences()) {
            bySentence.add(new ArrayList<>());
            build(s, actors.getOrDefault(s.index(), List.of()));
        }
    }

    /** The person or organisation mention (or resolved pronoun) covering a token, or null. */
    Occurrence at(int sentence, int token) {
        return at.get(key(sentence, token));
    }

    /** "the senator": the last person before this point with that title. */
    Entity lastTitled(int sentence, int token, String title) {
        for (int si = sentence; si >= 0; si--) {
            List<Occurrence> occ = bySentence.get(si);
            for (int k = occ.size() - 1; k >= 0; k--) {
                Occurrence o = occ.get(k);
                if (o.entity.person && (si < sentence || o.last < token) && o.entity.titles.contains(title)) {
                    return o.entity;
                }
            }
        }
        return null;
    }

    /** "the group said": the last organisation before this point, one with that head noun first. */
    Entity lastOrganisation(int sentence, int token, String head) {
        Entity any = null;
        for (int si = sentence; si >= 0 && si >= sentence - 2 * WINDOW; si--) {
            List<Occurrence> occ = bySentence.get(si);
            for (int k = occ.size() - 1; k >= 0; k--) {
                Occurrence o = occ.get(k);
                if (!o.entity.person && (si < sentence || o.last < token) && !o.via.equals("pronoun")) {
                    if (head.equals(o.entity.head)) {
                        return o.entity;
                    }
                    // else the last named at its head: never a country ("Canada"), nor "an Argentine industrialist"
                    boolean properHead = doc.sentences().get(si).token(o.last()).pos().startsWith("NNP");
                    boolean country = o.entity.code != null && o.entity.code.length() == 3;
                    any = any == null && o.entity.named && properHead && !country ? o.entity : any;
                }
            }
        }
        return any;
    }

    // ---- building -------------------------------------------------------------------------------------

    private void build(Sentence s, List<ActorMention> actors) {
        DepIndex d = idx[s.index()];
        List<Occurrence> here = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Token t = s.token(i);
            if (t.ner().equals("PERSON") && !t.isPronoun()) {
                int j = i;
                while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON") && !s.token(j + 1).isPronoun()) {
                    j++;
                }
                here.add(person(s, d, i, j, personMention(actors, i, j), actors));
                i = j + 1;
            } else if (t.ner().equals("ORGANIZATION")) {
                int j = i;
                while (j + 1 < s.size() && s.token(j + 1).ner().equals("ORGANIZATION")) {
                    j++;
                }
                here.add(organisation(s, d, i, j, null, "ner"));
                i = j + 1;
            } else {
                i++;
            }
        }
        for (int k = 0; k < s.size(); k++) {
            // "Price told the BBC": a known person's surname the NER did not tag (it is also a common noun)
            Token t = s.token(k);
            final int at = k;
            if (t.isNoun() && Character.isUpperCase(t.text().charAt(0)) && bySurname.containsKey(t.text())
                    && !properAt(s, k - 1) && !properAt(s, k + 1)
                    && here.stream().noneMatch(o -> o.first <= at && at <= o.last)) {
                here.add(person(s, d, k, k, null, actors));
            }
        }
        for (ActorMention m : actors) {
            if (m.kind() == ActorMention.Kind.PERSON) {
                if (here.stream().noneMatch(o -> o.entity.person && o.first <= m.head() && m.head() <= o.last)) {
                    int first = Math.max(m.first(), nameStart(s, m));
                    here.add(person(s, d, first, m.last(), m, actors));
                }
            } else if (m.kind() != ActorMention.Kind.PRONOUN
                    && here.stream().noneMatch(o -> o.first <= m.head() && m.head() <= o.last)) {
                here.add(organisation(s, d, m.first(), m.last(), m, "actor"));
            }
        }
        if (d.parsed()) {
            subjects(s, d, here);
        }
        here.sort(java.util.Comparator.comparingInt(Occurrence::first));
        // pronouns in text order, each against what precedes it
        List<Occurrence> withPronouns = new ArrayList<>();
        int next = 0;
        List<Occurrence> list = bySentence.get(s.index());
        for (int p = 0; p < s.size(); p++) {
            while (next < here.size() && here.get(next).first <= p) {
                Occurrence o = here.get(next++);
                withPronouns.add(o);
                list.add(o);
            }
            Token t = s.token(p);
            if (t.isPronoun() && !inQuote(t)) {
                Occurrence o = Pronouns.resolve(doc, s, d, p, bySentence, this::quotedOccurrence, lexicon);
                if (o != null) {
                    withPronouns.add(o);
                    list.add(o);
                }
            }
        }
        for (boolean persons : new boolean[] {true, false}) { // "Senator Smith's office": Smith is a person first
            for (Occurrence o : withPronouns) {
                if (o.entity.person == persons) {
                    for (int k = o.first; k <= o.last; k++) {
                        at.putIfAbsent(key(s.index(), k), o);
                    }
                }
            }
        }
    }

    private static boolean properAt(Sentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).pos().startsWith("NNP");
    }

    /** A dictionary person's name without its title: "Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov". */
    private static int nameStart(Sentence s, ActorMention m) {
        int i = m.last();
        while (i - 1 >= m.first() && s.token(i - 1).pos().startsWith("NNP")) {
            i--;
        }
        return i;
    }

    private static ActorMention personMention(List<ActorMention> actors, int first, int last) {
        for (ActorMention m : actors) {
            if (m.kind() == ActorMention.Kind.PERSON && m.first() <= last && first <= m.last()) {
                return m;
            }
        }
        return null;
    }

    private Occurrence person(Sentence s, DepIndex d, int first, int last, ActorMention coded, List<ActorMention> actors) {
        String run = text(s, first, last);
        String key = coded != null ? coded.entity() : run;
        Entity e;
        if (last > first) {
            e = byName.get(key);
            if (e == null) {
                e = byName.get(run);
            }
            if (e == null) {
                e = new Entity(key, true, s.token(last).text());
            }
            byName.putIfAbsent(key, e);
            byName.putIfAbsent(run, e);
            bySurname.put(s.token(last).text(), e);
        } else {
            e = byName.get(key);
            if (e == null) {
                e = bySurname.get(run);
            }
            if (e == null) {
                e = new Entity(key, true, run);
                byName.put(key, e);
                bySurname.putIfAbsent(run, e);
            }
        }
        if (e.code == null && coded != null) {
            e.code = coded.code();
            e.codeRule = coded.rule();
        }
        if (e.gender == Gender.UNKNOWN) {
            e.gender = lexicon.gender(s.token(first).text());
            if (e.gender == Gender.UNKNOWN && first > 0) {
                e.gender = lexicon.gender(s.token(first - 1).text()); // "Mrs. Mayfield"
            }
        }
        for (int k = coded == null ? first - 1 : Math.min(coded.first(), first - 1); k >= 0 && k < first; k++) {
            Token t = s.token(k);
            if (t.isNoun() || t.text().endsWith(".")) {
                e.titles.add(lexicon.title(t.isNoun() && !t.text().endsWith(".") ? t.lowerLemma() : t.text()));
            }
        }
        if (first > 0 && coded == null && s.token(first - 1).text().endsWith(".")) {
            e.titles.add(lexicon.title(s.token(first - 1).text()));
        }
        if (d.parsed()) {
            for (int k = first; k <= last; k++) {
                for (int a : d.children(k, "appos")) {
                    e.titles.add(s.token(a).lowerLemma());
                }
                if (d.relation(k).equals("appos") && d.governor(k) >= 0 && s.token(d.governor(k)).isNoun()) {
                    e.titles.add(s.token(d.governor(k)).lowerLemma());
                }
            }
        }
        if (e.code == null && d.parsed()) {
            describedBy(s, d, e, first, last, actors);
        }
        return new Occurrence(s.index(), first, last, e, subject(d, first, last), "name");
    }

    /**
     * "Jane Smith, a senator from Oregon": a person the dictionaries do not know takes the code of the description in
     * apposition when dyad coded it as an actor (---LEG when it names no country), as a title would give it.
     */
    private static void describedBy(Sentence s, DepIndex d, Entity e, int first, int last, List<ActorMention> actors) {
        for (int k = first; k <= last; k++) {
            List<Integer> described = new ArrayList<>(d.children(k, "appos"));
            if (d.relation(k).equals("appos") && d.governor(k) >= 0) {
                described.add(d.governor(k));
            }
            for (int a : described) {
                for (ActorMention m : actors) {
                    if (m.kind() != ActorMention.Kind.PRONOUN && m.kind() != ActorMention.Kind.PERSON
                            && m.first() <= a && a <= m.last()) {
                        e.code = m.code();
                        e.codeRule = "apposition '" + m.text() + "' (" + m.rule() + ")";
                        return;
                    }
                }
            }
        }
    }

    private Occurrence organisation(Sentence s, DepIndex d, int first, int last, ActorMention coded, String via) {
        String name = text(s, first, last);
        Entity e = orgsByName.computeIfAbsent(coded != null ? coded.entity() + "|" + name : name,
                k -> new Entity(name, false, s.token(last).lowerLemma()));
        if (e.code == null && coded != null) {
            e.code = coded.code();
            e.codeRule = coded.rule();
        }
        for (int k = first; k <= last; k++) {
            e.named |= s.token(k).pos().startsWith("NNP");
        }
        return new Occurrence(s.index(), first, last, e, subject(d, first, last), via);
    }

    /**
     * Subjects that name an organisation without the NER or the dictionaries knowing it ("The Harris campaign
     * said"): a noun whose phrase has a proper name or whose head refers to organisations.
     */
    private void subjects(Sentence s, DepIndex d, List<Occurrence> here) {
        for (int h = 0; h < s.size(); h++) {
            Token t = s.token(h);
            if (!d.relation(h).startsWith("nsubj") || !t.isNoun() || t.ner().equals("PERSON")) {
                continue;
            }
            final int head = h;
            if (here.stream().anyMatch(o -> o.first <= head && head <= o.last)) {
                continue;
            }
            int[] np = NounPhrase.extent(s, d, h);
            boolean named = false;
            for (int k = np[0]; k <= np[1]; k++) {
                named |= s.token(k).pos().startsWith("NNP");
            }
            boolean bare = np[0] == h || np[0] == h - 1 && s.token(h - 1).lowerLemma().equals("the");
            if (named || lexicon.refersBack(t.lowerLemma()) && !bare) {
                here.add(organisation(s, d, np[0], np[1], null, "subject"));
            }
        }
    }

    private boolean quotedOccurrence(Occurrence o) {
        return inQuote(doc.sentences().get(o.sentence).token(o.first));
    }

    private boolean inQuote(Token t) {
        return t.start() < quoted.length && quoted[t.start()];
    }

    static boolean subject(DepIndex d, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (d.relation(k).startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    private String text(Sentence s, int first, int last) {
        return doc.article().text().substring(s.token(first).start(), s.token(last).end());
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
