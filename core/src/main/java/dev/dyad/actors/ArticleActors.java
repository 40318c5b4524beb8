package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorMention.Kind;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Actor resolution state for one article, fed sentence by sentence in order: the persons seen so far
 * (so that "Lavrov" and "he" find "Sergei Lavrov, Russia's foreign minister"), and the last group
 * subject (for "they"). Not thread-safe; one instance per article.
 */
final class ArticleActors {
    /** Heads that take the code of their country modifier: "Western countries", "European capitals". */
    private static final Set<String> GROUP_HEADS = Set.of("country", "nation", "state", "capital", "ally",
            "partner", "colleague", "power", "neighbor", "neighbour", "counterpart", "side", "member", "delegation",
            "people", "public", "population", "citizen", "national", "force", "camp", "bloc");
    private static final Set<String> CHUNK_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "POS", "HYPH");
    private static final String UNKNOWN_COUNTRY = ActorMention.UNKNOWN_COUNTRY;
    private static final Set<String> COLLECTIVE_HEADS = Set.of("group", "faction", "movement", "organization",
            "organisation", "outfit", "network", "cell", "coalition", "alliance", "front", "camp", "wing");
    private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "from", "inside");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "himself",
            "herself");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "themselves");
    /**
     * "Japan said it had halted aid": a state or organisation that was the last subject, never an expletive "it".
     * Not "its": "Tehran has not threatened to close its border" would make Iran a target of its own border.
     */
    private static final Set<String> THING_PRONOUNS = Set.of("it");
    /** Verbs whose subject "it" is usually expletive or a situation: "it is likely", "it seems", "it takes". */
    private static final Set<String> EXPLETIVE_GOVERNORS = Set.of("be", "seem", "appear", "remain", "take", "become",
            "happen", "matter", "mean", "rain", "make");
    /** "it is willing to withdraw": predicates that only an agent has, so their "it" is not expletive. */
    private static final Set<String> AGENTIVE_PREDICATES = Set.of("ready", "willing", "prepared", "determined",
            "committed", "eager", "keen", "reluctant", "unwilling", "able", "unable", "open", "opposed", "responsible",
            "interested", "confident", "concerned", "satisfied", "disappointed", "angry", "guilty", "aware");

    private final String text;
    private final LocalDate date;
    private final ActorDictionary dictionary;
    private final Descriptions descriptions;
    private final Map<String, ActorMention> personsByName = new HashMap<>();
    private ActorMention lastPerson;
    /** Pronouns prefer the last person who was a grammatical subject: "Peskov followed up on Lavrov's comments ... he hopes". */
    private ActorMention lastPersonSubject;
    private int lastPersonSubjectSentence = -10;
    private ActorMention lastGroupSubject;
    private int lastGroupSubjectSentence = -10;
    /** "Iraq's interim government announced that it ...": a group named by a singular noun is an "it". */
    private boolean lastGroupSubjectSingular;

    ArticleActors(String text, LocalDate date, ActorDictionary dictionary, Descriptions descriptions) {
        this.text = text;
        this.date = date;
        this.dictionary = dictionary;
        this.descriptions = descriptions;
    }

    List<ActorMention> resolve(Sentence s, List<Atom> atoms) {
        boolean[] used = new boolean[s.size()];
        List<ActorMention> found = new ArrayList<>(persons(s, atoms, used));
        found.addAll(groups(s, atoms, used));
        found.sort(Comparator.comparingInt(ActorMention::first));
        return withPronouns(s, found);
    }

    // ---- persons -------------------------------------------------------------------------------

    private List<ActorMention> persons(Sentence s, List<Atom> atoms, boolean[] used) {
        List<ActorMention> out = new ArrayList<>();
        for (int[] span : personSpans(s, atoms)) {
            int first = span[0];
            int last = span[1];
            String name = join(s, first, last);
            String code = null;
            String rule = null;
            String entity = name;
            Atom atom = personAtom(atoms, first, last);
            ActorMention known = personsByName.get(name);
            int titleStart = titleStart(s, first, atoms);
            if (atom != null) {
                code = atom.code();
                rule = atom.rule();
                entity = atom.entry().phrase();
                String[] byTitle = atom.entry().layer() ? titleCode(s, titleStart, first - 1, atoms) : null;
                if (atom.entry().layer() && byTitle == null && titleStart < first && !atom.code().startsWith("IGO")
                        && !atom.code().startsWith("NGO")) {
                    // "Prime Minister Jules Wijdenbosch": the title's sector with the person's country
                    String[] sector = unlocatedTitle(atomsIn(atoms, titleStart, first - 1));
                    byTitle = sector == null ? null : new String[] {atom.entry().country()
                            + sector[0].substring(UNKNOWN_COUNTRY.length()), sector[1] + " + the person's country"};
                }
                if (byTitle != null && byTitle[0].length() > 3) {
                    // the article's title says what a Phoenix-layer person is on the day ("French Finance Minister
                    // Edouard Balladur"); the layer's roles end in 2014 and have gaps
                    code = byTitle[0];
                    rule = byTitle[1] + " (over " + atom.rule() + ")";
                }
            } else if (known != null) {
                code = known.code();
                entity = known.entity();
                rule = "same person as '" + known.text() + "' (sentence " + known.sentence() + ")";
            } else {
                String[] byTitle = titleCode(s, titleStart, first - 1, atoms);
                if (byTitle == null) {
                    byTitle = appositionCode(s, first, last, atoms);
                }
                if (byTitle == null) {
                    byTitle = titleWithSentenceCountry(s, titleStart, first - 1, atoms);
                }
                if (byTitle == null && titleStart < first) {
                    byTitle = describedTitle(s, atoms, titleStart, first - 1);
                }
                if (byTitle == null && first == last) {
                    // a surname alone may be a well-known office holder; "Boris Johnson" is not "Mike Johnson"
                    byTitle = uniqueSurname(s.token(last).text());
                }
                if (byTitle == null && titleStart < first) {
                    byTitle = unlocatedTitle(atomsIn(atoms, titleStart, first - 1));
                }
                if (byTitle != null) {
                    code = byTitle[0];
                    rule = byTitle[1];
                    entity = byTitle.length > 2 ? byTitle[2] : entity;
                }
            }
            if (code == null) {
                continue;
            }
            String former = descriptions.formerIn(s, titleStart, first - 1);
            if (former != null && !Descriptions.former(code).equals(code)) {
                code = Descriptions.former(code);
                rule = rule + " + description: former " + former + " -> " + Descriptions.FORMER;
            }
            for (int i = titleStart; i <= last; i++) {
                used[i] = true;
            }
            ActorMention m = new ActorMention(s.index(), titleStart, last, last, ActorResolverStage.span(s, titleStart, last),
                    join(s, titleStart, last), code, Kind.PERSON, entity, rule);
            register(m, s, first, last);
            out.add(m);
        }
        return out;
    }

    /** NER PERSON runs and dictionary persons; where both overlap the dictionary's extent wins ("Secretary of State Antony Blinken"). */
    private static List<int[]> personSpans(Sentence s, List<Atom> atoms) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int first = i;
            int last = i - 1;
            while (last + 1 < s.size() && s.token(last + 1).ner().equals("PERSON") && !s.token(last + 1).isPronoun()) {
                last++;
            }
            Atom a = personAtom(atoms, first, Math.max(first, last));
            if (a != null) {
                first = a.first();
                last = a.last();
            } else if (last < first) {
                i++;
                continue;
            }
            spans.add(new int[] {first, last});
            i = last + 1;
        }
        return spans;
    }

    private static Atom personAtom(List<Atom> atoms, int first, int last) {
        for (Atom a : atoms) {
            if (a.isPerson() && a.first() <= last && first <= a.last()) {
                return a;
            }
        }
        return null;
    }

    /** Start of the title words before a name: "Kremlin spokesman Dmitry Peskov" starts at "Kremlin". */
    private static int titleStart(Sentence s, int first, List<Atom> atoms) {
        int i = first;
        while (i - 1 >= 0 && (CHUNK_TAGS.contains(s.token(i - 1).pos()) || inAtom(atoms, i - 1))
                && !s.token(i - 1).ner().equals("PERSON") && !s.token(i - 1).pos().equals("POS")) {
            i--;
        }
        return i;
    }

    private String[] titleCode(Sentence s, int from, int to, List<Atom> atoms) {
        if (from > to) {
            return null;
        }
        String code = compose(atomsIn(atoms, from, to));
        return code == null ? null : new String[] {code, "title '" + join(s, from, to) + "'"};
    }

    /** "Texas Governor Greg Abbott": a title whose country comes from its description (a region, an 'of' phrase). */
    private String[] describedTitle(Sentence s, List<Atom> atoms, int from, int to) {
        Descriptions.Found f = descriptions.describe(s, atoms, from, to);
        return f == null || !ActorMention.countryKnown(f.code()) ? null : new String[] {f.code(), f.rule()};
    }

    /**
     * "President Yoweri Museveni has banned Ugandan opposition candidates": a title without a country takes
     * the country of the sentence when exactly one country is named in it, as a demonym.
     */
    private String[] titleWithSentenceCountry(Sentence s, int from, int to, List<Atom> atoms) {
        List<Atom> title = atomsIn(atoms, from, to);
        Atom sector = title.stream().filter(a -> a.kind() == EntryKind.NOUN).reduce((a, b) -> b).orElse(null);
        if (sector == null) {
            return null;
        }
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        Atom example = null;
        for (Atom a : atoms) {
            // only a demonym ("Ugandan opposition"): a name inside a compound ("the Iran arms affair") is a topic
            if (!a.isSector() && !a.isPerson() && a.entry().isState() && a.kind() == EntryKind.ADJ) {
                countries.add(a.entry().country());
                example = a;
            }
        }
        if (countries.size() != 1) {
            return null;
        }
        return new String[] {countries.iterator().next() + sector.code(), "title '" + join(s, from, to)
                + "' + the sentence's only country '" + join(s, example.first(), example.last()) + "' (" + example.rule() + ")"};
    }

    /** "Sergei Lavrov, Russia's foreign minister" and "Russia's foreign minister, Sergei Lavrov". */
    private String[] appositionCode(Sentence s, int first, int last, List<Atom> atoms) {
        List<Integer> others = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            others.addAll(s.children(i, "appos"));
            if (s.relation(i).equals("appos") && !inRange(s.governor(i), first, last)) {
                others.add(s.governor(i));
            }
        }
        for (int head : others) {
            int from = head;
            while (from - 1 >= 0 && (CHUNK_TAGS.contains(s.token(from - 1).pos()) || inAtom(atoms, from - 1))) {
                from--;
            }
            String code = compose(atomsIn(atoms, from, head));
            if (code != null && hasSector(atomsIn(atoms, from, head))) {
                return new String[] {code, "apposition '" + join(s, from, head) + "'"};
            }
            Descriptions.Found f = code == null ? descriptions.describe(s, atoms, from, head) : null;
            if (f != null) {
                return new String[] {f.code(), "apposition '" + join(s, from, head) + "': " + f.rule()};
            }
        }
        return null;
    }

    private String[] uniqueSurname(String surname) {
        String code = null;
        String rule = null;
        String phrase = null;
        for (ActorEntry e : dictionary.personsWithSurname(surname)) {
            if (!e.activeOn(date)) {
                continue;
            }
            if (code != null && !code.equals(e.code())) {
                return null;
            }
            code = e.code();
            rule = e.where() + " (surname)";
            phrase = e.phrase();
        }
        return code == null ? null : new String[] {code, rule, phrase};
    }

    private void register(ActorMention m, Sentence s, int first, int last) {
        personsByName.putIfAbsent(join(s, first, last), m);
        personsByName.putIfAbsent(s.token(last).text(), m);
        lastPerson = m;
    }

    // ---- groups, states, organisations -----------------------------------------------------------

    private List<ActorMention> groups(Sentence s, List<Atom> atoms, boolean[] used) {
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (used[i] || !(CHUNK_TAGS.contains(s.token(i).pos()) || inAtom(atoms, i))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < s.size() && !used[end + 1]
                    && (CHUNK_TAGS.contains(s.token(end + 1).pos()) || inAtom(atoms, end + 1)
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
        List<Atom> in = atomsIn(atoms, from, to);
        String code = compose(in);
        if (code == null) {
            ActorMention described = described(s, atoms, from, to);
            return described != null ? described : unlocatedGroup(s, atoms, in, to);
        }
        Atom firstAtom = in.get(0);
        Token head = s.token(to);
        boolean actorHead = inAtom(atoms, to) || GROUP_HEADS.contains(head.lowerLemma());
        int last = actorHead ? to : in.get(in.size() - 1).last();
        int first = firstAtom.first();
        String rule = in.stream().map(Atom::rule).reduce((a, b) -> a + " + " + b).orElse("")
                + (actorHead && !inAtom(atoms, to) ? " + group noun '" + head.text() + "'" : "");
        Descriptions.Found adjusted = descriptions.refine(s, atoms, in, from, to, last, new Descriptions.Found(code, rule,
                firstAtom.entry().isState()));
        code = adjusted.code();
        rule = adjusted.rule();
        Kind kind = code.startsWith("IGO") || code.startsWith("NGO") ? Kind.ORGANIZATION
                : hasSector(in) ? Kind.GROUP : Kind.STATE;
        return new ActorMention(s.index(), first, last, last, ActorResolverStage.span(s, first, last),
                join(s, first, last), code, kind, code, rule);
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
        while (first < head && !s.token(first).pos().startsWith("NN") && !inAtom(atoms, first)) {
            first++; // "former prime minister": the mention starts at its noun, as dictionary mentions do
        }
        Kind kind = code.startsWith("IGO") || code.startsWith("NGO") ? Kind.ORGANIZATION : Kind.GROUP;
        return new ActorMention(s.index(), first, head, head, ActorResolverStage.span(s, first, head),
                join(s, first, head), code, kind, code, rule);
    }

    /**
     * A sector noun with no country in its phrase ("rebels", "riot police"): the country of an "in"/"from"
     * phrase ("rebels in the Ivory Coast"), else {@link #UNKNOWN_COUNTRY} + sector, as CAMEO codes an actor
     * whose country the text does not give.
     */
    private ActorMention unlocatedGroup(Sentence s, List<Atom> atoms, List<Atom> in, int head) {
        Atom sector = in.isEmpty() ? null : in.get(in.size() - 1);
        // a Phoenix-layer agent noun only adds a sector to a named actor: alone ("settlement", "economists") it
        // names too many things that are no political actor
        if (sector == null || !sector.isSector() || ActorDictionary.NEED_A_COUNTRY.contains(sector.code())
                || sector.entry().layer()) {
            return null;
        }
        // "opposition groups", "rebel factions": a collective noun takes the sector of the word before it
        boolean collective = sector.last() == head - 1 && COLLECTIVE_HEADS.contains(s.token(head).lowerLemma());
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
                    .anyMatch(k -> LOCATING_PREPOSITIONS.contains(s.token(k).lowerLemma()))) {
                code = compose(List.of(place, sector));
                rule = sector.rule() + " + located by '" + join(s, place.first(), place.last()) + "' (" + place.rule() + ")";
                break;
            }
        }
        return new ActorMention(s.index(), first, head, head, ActorResolverStage.span(s, first, head),
                join(s, first, head), code, Kind.GROUP, code, rule);
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
     * text named, so they are not an unknown actor).
     */
    private static boolean standsAlone(Sentence s, int head) {
        String rel = s.relation(head);
        if (rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod:poss")
                || !s.children(head, "nmod:poss").isEmpty()) {
            return false;
        }
        return s.token(head).pos().startsWith("NNS") || s.token(head).pos().equals("NNPS")
                || !s.children(head, "det").isEmpty() || PLURAL_MASS_NOUNS.contains(s.token(head).lowerLemma());
    }

    /** Singular in form, plural in meaning, and used without an article: "protesters clashed with police". */
    private static final Set<String> PLURAL_MASS_NOUNS = Set.of("police", "personnel", "clergy");

    /** A title with a sector but no country: "former prime minister Andreas Papandreou" is ---GOV. */
    private static String[] unlocatedTitle(List<Atom> title) {
        return title.stream().filter(a -> a.isSector() && a.kind() == EntryKind.NOUN).reduce((a, b) -> b)
                .filter(a -> !ActorDictionary.NEED_A_COUNTRY.contains(a.code()) && !a.entry().layer())
                .map(a -> new String[] {UNKNOWN_COUNTRY + a.code(), a.rule() + "; no country named"}).orElse(null);
    }

    /**
     * Country (first name-like atom, or a later one that refines it: ISR then ISRSPY) plus sector (last sector
     * noun, else modifier); null without a country.
     */
    static String compose(List<Atom> atoms) {
        Atom base = null;
        Atom sector = null;
        for (Atom a : atoms) {
            if (a.isPerson()) {
                continue;
            }
            if (a.isSector()) {
                if (sector == null || a.kind() == EntryKind.NOUN || sector.kind() == EntryKind.MODIFIER) {
                    sector = a;
                }
            } else if (base == null) {
                base = a;
            } else if (a.kind() != EntryKind.ADJ && a.code().length() > base.code().length()
                    && a.code().startsWith(base.code())) {
                // "Israel's Mossad", "Pakistan's ISI": the named body of that country is the actor; an adjective
                // only modifies the head ("Nicaragua's Sandinista government" stays NICGOV)
                base = a;
            }
        }
        if (base == null) {
            return null;
        }
        String code = base.code();
        // a Phoenix-layer name with a sector knows its actor ("USDA" USAGOV, "Afghan National Army" AFGMIL) better
        // than a generic noun beside it ("USDA officials")
        if (sector == null || code.endsWith(sector.code()) || base.entry().layer() && code.length() > 3) {
            return code;
        }
        // a metonym carries its own sector (Kremlin = RUSGOV); a noun sector replaces it (Kremlin troops = RUSMIL)
        if (base.kind() == EntryKind.METONYM && code.length() == 6) {
            return code.substring(0, 3) + sector.code();
        }
        return code + sector.code();
    }

    private static boolean hasSector(List<Atom> atoms) {
        return atoms.stream().anyMatch(Atom::isSector);
    }

    // ---- pronouns ---------------------------------------------------------------------------------

    private List<ActorMention> withPronouns(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < s.size(); i++) {
            while (next < mentions.size() && mentions.get(next).first() == i) {
                ActorMention m = mentions.get(next++);
                out.add(m);
                noteSubject(s, m);
            }
            Token t = s.token(i);
            if (!t.isPronoun()) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            ActorMention antecedent = null;
            if (PERSON_PRONOUNS.contains(w)) {
                antecedent = lastPersonSubject != null && s.index() - lastPersonSubjectSentence <= 2
                        ? lastPersonSubject : lastPerson;
            } else if (GROUP_PRONOUNS.contains(w) && s.index() - lastGroupSubjectSentence <= 1) {
                antecedent = lastGroupSubject;
            } else if (THING_PRONOUNS.contains(w) && s.index() - lastGroupSubjectSentence <= 1 && lastGroupSubject != null
                    && (lastGroupSubject.kind() != Kind.GROUP || lastGroupSubjectSingular) && !expletiveOrNotSubject(s, i)) {
                antecedent = lastGroupSubject;
            }
            if (antecedent != null) {
                ActorMention p = new ActorMention(s.index(), i, i, i, ActorResolverStage.span(s, i, i), t.text(),
                        antecedent.code(), Kind.PRONOUN, antecedent.entity(),
                        "pronoun -> '" + antecedent.text() + "' (sentence " + antecedent.sentence() + ")");
                out.add(p);
                if (antecedent.kind() == Kind.PERSON || antecedent == lastPersonSubject) {
                    noteSubject(s, p);
                }
            }
        }
        return out;
    }

    /**
     * An "it" that does not stand for the last subject: expletive ("it is likely that"), or not a subject at all
     * ("after Russia backed it", where "it" is more often a thing than the last subject).
     */
    private static boolean expletiveOrNotSubject(Sentence s, int i) {
        String rel = s.relation(i);
        int gov = s.governor(i);
        if (rel.equals("expl") || !rel.startsWith("nsubj") || gov < 0) {
            return true;
        }
        String predicate = s.token(gov).lowerLemma();
        return EXPLETIVE_GOVERNORS.contains(predicate)
                || !s.children(gov, "cop").isEmpty() && !AGENTIVE_PREDICATES.contains(predicate);
    }

    private void noteSubject(Sentence s, ActorMention m) {
        if (!s.relation(m.head()).startsWith("nsubj")) {
            return;
        }
        boolean person = m.kind() == Kind.PERSON
                || m.kind() == Kind.PRONOUN && personsByName.values().stream().anyMatch(p -> p.entity().equals(m.entity()));
        if (person) {
            lastPersonSubject = m;
            lastPersonSubjectSentence = s.index();
        } else if (m.kind() != Kind.PRONOUN) {
            lastGroupSubject = m;
            lastGroupSubjectSentence = s.index();
            String tag = s.token(m.head()).pos();
            lastGroupSubjectSingular = tag.equals("NN") || tag.equals("NNP");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static List<Atom> atomsIn(List<Atom> atoms, int from, int to) {
        return atoms.stream().filter(a -> a.first() >= from && a.last() <= to).toList();
    }

    private static boolean inAtom(List<Atom> atoms, int i) {
        return atoms.stream().anyMatch(a -> a.covers(i));
    }

    private static boolean inRange(int i, int from, int to) {
        return from <= i && i <= to;
    }

    private String join(Sentence s, int first, int last) {
        return text.substring(s.token(first).start(), s.token(last).end());
    }
}
