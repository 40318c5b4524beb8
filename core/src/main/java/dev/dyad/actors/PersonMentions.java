package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorMention.Kind;
import dev.dyad.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persons of one article, sentence by sentence: dictionary persons and NER person names, coded by their
 * dictionary roles on the article's date, their title ("Kremlin spokesman Dmitry Peskov"), an apposition ("Sergei
 * Lavrov, Russia's foreign minister"), the sentence's only country, or an earlier mention of the same name
 * ("Lavrov" after "Sergei Lavrov"). Not thread-safe; one instance per article.
 */
final class PersonMentions {
    private static final String UNKNOWN_COUNTRY = ActorMention.UNKNOWN_COUNTRY;

    private final MentionText text;
    private final LocalDate date;
    private final ActorDictionary dictionary;
    private final Descriptions descriptions;
    private final Map<String, ActorMention> personsByName = new HashMap<>();
    private ActorMention lastPerson;

    PersonMentions(MentionText text, LocalDate date, ActorDictionary dictionary, Descriptions descriptions) {
        this.text = text;
        this.date = date;
        this.dictionary = dictionary;
        this.descriptions = descriptions;
    }

    /** The last person mentioned so far, or null. */
    ActorMention last() {
        return lastPerson;
    }

    /** Whether a person of this article so far is this entity (a pronoun's antecedent was a person). */
    boolean isPerson(String entity) {
        return personsByName.values().stream().anyMatch(p -> p.entity().equals(entity));
    }

    /** The persons of the sentence; marks the tokens of each (with its title) in {@code used}. */
    List<ActorMention> find(Sentence s, List<Atom> atoms, boolean[] used) {
        List<ActorMention> out = new ArrayList<>();
        for (int[] span : personSpans(s, atoms)) {
            int first = span[0];
            int last = span[1];
            String name = text.join(s, first, last);
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
                    String[] sector = unlocatedTitle(Atoms.in(atoms, titleStart, first - 1));
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
                    byTitle = unlocatedTitle(Atoms.in(atoms, titleStart, first - 1));
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
                    text.join(s, titleStart, last), code, Kind.PERSON, entity, rule);
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
    private int titleStart(Sentence s, int first, List<Atom> atoms) {
        int i = first;
        while (i - 1 >= 0 && (text.chunkTag(s.token(i - 1).pos()) || Atoms.cover(atoms, i - 1))
                && !s.token(i - 1).ner().equals("PERSON") && !s.token(i - 1).pos().equals("POS")) {
            i--;
        }
        return i;
    }

    private String[] titleCode(Sentence s, int from, int to, List<Atom> atoms) {
        if (from > to) {
            return null;
        }
        String code = Atoms.compose(Atoms.in(atoms, from, to));
        return code == null ? null : new String[] {code, "title '" + text.join(s, from, to) + "'"};
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
        List<Atom> title = Atoms.in(atoms, from, to);
        Atom sector = title.stream().filter(a -> a.kind() == EntryKind.NOUN).reduce((a, b) -> b).orElse(null);
        if (sector == null) {
            return null;
        }
        Set<String> countries = new LinkedHashSet<>();
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
        return new String[] {countries.iterator().next() + sector.code(), "title '" + text.join(s, from, to)
                + "' + the sentence's only country '" + text.join(s, example.first(), example.last()) + "' (" + example.rule() + ")"};
    }

    /** "Sergei Lavrov, Russia's foreign minister" and "Russia's foreign minister, Sergei Lavrov". */
    private String[] appositionCode(Sentence s, int first, int last, List<Atom> atoms) {
        List<Integer> others = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            others.addAll(s.children(i, "appos"));
            if (s.relation(i).equals("appos") && !(first <= s.governor(i) && s.governor(i) <= last)) {
                others.add(s.governor(i));
            }
        }
        for (int head : others) {
            int from = head;
            while (from - 1 >= 0 && (text.chunkTag(s.token(from - 1).pos()) || Atoms.cover(atoms, from - 1))) {
                from--;
            }
            String code = Atoms.compose(Atoms.in(atoms, from, head));
            if (code != null && Atoms.hasSector(Atoms.in(atoms, from, head))) {
                return new String[] {code, "apposition '" + text.join(s, from, head) + "'"};
            }
            Descriptions.Found f = code == null ? descriptions.describe(s, atoms, from, head) : null;
            if (f != null) {
                return new String[] {f.code(), "apposition '" + text.join(s, from, head) + "': " + f.rule()};
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

    /** A title with a sector but no country: "former prime minister Andreas Papandreou" is ---GOV. */
    private String[] unlocatedTitle(List<Atom> title) {
        return title.stream().filter(a -> a.isSector() && a.kind() == EntryKind.NOUN).reduce((a, b) -> b)
                .filter(a -> !dictionary.needsCountry(a.code()) && !a.entry().layer())
                .map(a -> new String[] {UNKNOWN_COUNTRY + a.code(), a.rule() + "; no country named"}).orElse(null);
    }

    private void register(ActorMention m, Sentence s, int first, int last) {
        personsByName.putIfAbsent(text.join(s, first, last), m);
        personsByName.putIfAbsent(s.token(last).text(), m);
        lastPerson = m;
    }
}
