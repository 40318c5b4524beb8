package dev.dyad.actors;

import dev.dyad.actors.DescriptionWords.Kind;
import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.place.Gazetteer;
import dev.dyad.place.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Codes actors from their description when no dictionary names them, through the dependency parse: the
 * "of" phrase of a title ("the governor of Texas" = USAGOV, through the gazetteer's region), a noun that takes
 * the code of its "of" phrase ("members of Hamas"), a region named before a title ("the Texas governor"),
 * "former"/"ex-" (the holder has left office: ELI), and a capital acting as its government ("Islamabad
 * rejected" = PAKGOV). The sector always comes from the head noun through the agent dictionary; the words
 * come from {@code actors/descriptions.txt}. Stateless and thread-safe.
 */
final class Descriptions {
    /** CAMEO's sector for former office holders. */
    static final String FORMER = "ELI";
    private final DescriptionWords words;
    private final ActorDictionary dictionary;
    private final Gazetteer places;

    /** A code inferred from a description and the rule that says how; {@code state} when its base is a country. */
    record Found(String code, String rule, boolean state) {
        String country() {
            return code.substring(0, 3);
        }
    }

    Descriptions(ActorDictionary dictionary, Gazetteer places) {
        this.words = dictionary.descriptionWords();
        this.dictionary = dictionary;
        this.places = places;
    }

    DescriptionWords words() {
        return words;
    }

    /**
     * The code of a noun phrase headed by {@code head} that no dictionary phrase in {@code from..head} gives a
     * country: a sector noun with an "of" phrase ("the governor of Texas"), a noun that takes the code of its
     * "of" phrase ("members of Hamas", "director of the national police"), or a region before a sector noun
     * ("the Texas governor"). Null when the description says nothing.
     */
    Found describe(Sentence s, List<Atom> atoms, int from, int head) {
        Atom sector = sectorNoun(atoms, head);
        Found of = ofPhrase(s, atoms, head);
        if (sector != null && of != null) {
            String sectorCode = ActorMention.countryKnown(of.code()) && of.state() ? of.country() + sector.code()
                    : of.state() ? ActorMention.UNKNOWN_COUNTRY + sector.code() : of.code();
            return new Found(sectorCode, "description: '" + s.token(head).text() + "' (" + sector.rule() + ") "
                    + of.rule(), of.state());
        }
        String ofHead = words.where(Kind.OF_HEAD, s.token(head).lowerLemma());
        if (ofHead == null) {
            ofHead = words.where(Kind.OF_HEAD, s.token(head).text());
        }
        if (sector == null && ofHead != null && of != null) {
            return new Found(of.code(), "description: '" + s.token(head).text() + "' takes the code of its 'of' phrase ("
                    + ofHead + ") " + of.rule(), of.state());
        }
        if (sector != null) {
            Found region = regionBefore(s, from, sector.first() - 1);
            if (region != null) {
                return new Found(region.code() + sector.code(), "description: " + region.rule() + " + '"
                        + s.token(head).text() + "' (" + sector.rule() + ")", true);
            }
        }
        return null;
    }

    /**
     * A chunk the dictionaries coded ({@code composed}, from the atoms {@code in} of {@code from..to}, the mention
     * ending at {@code last}), refined by its description: "Mali-based" named in the rule, a capital acting as
     * subject becomes its government, "former" before a state's title makes it ELI.
     */
    Found refine(Sentence s, List<Atom> atoms, List<Atom> in, int from, int to, int last, Found composed) {
        String code = composed.code();
        String rule = composed.rule();
        for (int i = from; i <= to; i++) {
            if (basedAt(s, atoms, i)) {
                rule = "description: " + basedRule(s, i) + " + " + rule;
            }
        }
        Atom first = in.get(0);
        int verb = in.size() == 1 && first.kind() == EntryKind.CAPITAL && last == first.last() ? actingVerb(s, last) : -1;
        if (verb >= 0) {
            code = code + "GOV";
            rule = rule + " + description: capital as the acting subject of '" + s.token(verb).text() + "' -> its government";
        }
        boolean titled = in.stream().anyMatch(Atom::isSector) || first.isPerson();
        String formerWord = titled ? formerIn(s, from, to) : null;
        if (formerWord != null && composed.state() && !former(code).equals(code)) {
            code = former(code);
            rule = rule + " + description: former " + formerWord + " -> " + FORMER;
        }
        return new Found(code, rule, composed.state());
    }

    /** The sector noun atom whose last token is {@code head}, or null. */
    Atom sectorNoun(List<Atom> atoms, int head) {
        for (Atom a : atoms) {
            if (a.isSector() && a.kind() == EntryKind.NOUN && a.last() == head
                    && !dictionary.needsCountry(a.code())) {
                return a;
            }
        }
        return null;
    }

    /** The code of the "of" phrase of {@code head} ("of Texas", "of Kenya's police", "of Hamas"), or null. */
    Found ofPhrase(Sentence s, List<Atom> atoms, int head) {
        for (int c : s.children(head, "nmod")) {
            if (s.relation(c).startsWith("nmod:poss") || s.children(c, "case").stream()
                    .noneMatch(k -> s.token(k).lowerLemma().equals("of"))) {
                continue;
            }
            Found f = phraseCode(s, atoms, c);
            if (f != null) {
                return new Found(f.code(), "+ 'of' phrase " + f.rule(), f.state());
            }
        }
        return null;
    }

    /**
     * The code of the noun phrase headed by {@code c}: its dictionary atoms composed ("Kenya's national police"),
     * else its sector alone ("the national police" = ---COP), else its place's country through the gazetteer.
     */
    private Found phraseCode(Sentence s, List<Atom> atoms, int c) {
        List<Atom> inside = new ArrayList<>();
        for (Atom a : atoms) {
            if (!a.isPerson() && s.dominates(c, a.last())) {
                inside.add(a);
            }
        }
        String code = Atoms.compose(inside);
        if (code != null) {
            Atom base = inside.stream().filter(a -> !a.isSector()).findFirst().orElseThrow();
            return new Found(code, "'" + s.token(base.first()).text() + "' (" + rules(inside) + ")", base.entry().isState());
        }
        Atom sector = sectorNoun(inside, c);
        if (sector != null) {
            return new Found(ActorMention.UNKNOWN_COUNTRY + sector.code(), "'" + s.token(c).text() + "' ("
                    + sector.rule() + "; no country named)", true);
        }
        return place(s, c);
    }

    /** "Texas", "Sverdlovsk region", "Kherson oblast": a region or city of the gazetteer headed by {@code c}. */
    private Found place(Sentence s, int c) {
        if (places == null) {
            return null;
        }
        int lo = c;
        while (lo - 1 >= 0 && s.governor(lo - 1) == c && s.relation(lo - 1).equals("compound")
                && s.token(lo - 1).pos().startsWith("NNP")) {
            lo--;
        }
        List<int[]> names = new ArrayList<>();
        if (s.token(c).pos().startsWith("NNP")) {
            names.add(new int[] {lo, c});
        }
        String regionWord = words.where(Kind.REGION, s.token(c).text());
        if (regionWord != null && lo < c) {
            names.add(new int[] {lo, c - 1}); // "Sverdlovsk region": the gazetteer knows "Sverdlovsk"
        }
        for (int[] n : names) {
            Place p = bestPlace(join(s, n[0], n[1]), true);
            if (p != null) {
                return new Found(p.country(), "'" + join(s, n[0], n[1]) + "' (" + p.where() + ": "
                        + p.kind().name().toLowerCase(Locale.ROOT) + " in " + p.country()
                        + (n[1] < c ? ", " + regionWord : "") + ")", true);
            }
        }
        return null;
    }

    /** A region of the gazetteer named in {@code from..to} ("the Texas governor", "Sverdlovsk's governor"). */
    private Found regionBefore(Sentence s, int from, int to) {
        if (places == null) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            if (!s.token(i).pos().startsWith("NNP")) {
                continue;
            }
            int j = i;
            while (j + 1 <= to && s.token(j + 1).pos().startsWith("NNP")) {
                j++;
            }
            // regions only: a city name before a noun is too often something else ("Obama administration")
            Place p = bestPlace(join(s, i, j), false);
            if (p != null) {
                return new Found(p.country(), "region '" + join(s, i, j) + "' (" + p.where() + ") in " + p.country(), true);
            }
            i = j;
        }
        return null;
    }

    /** The region with a country named {@code name}, else (if {@code cities}) its most populous city; or null. */
    private Place bestPlace(String name, boolean cities) {
        Place best = null;
        for (Place p : places.lookup(name)) {
            if (p.country() == null || p.kind() == Place.Kind.COUNTRY) {
                continue;
            }
            if (p.kind() == Place.Kind.REGION) {
                return p;
            }
            if (cities && (best == null || p.population() > best.population())) {
                best = p;
            }
        }
        return best;
    }

    /** The "former"/"ex-" word in {@code from..to} or just before it, or null. */
    String formerIn(Sentence s, int from, int to) {
        for (int i = Math.max(0, from - 2); i <= to; i++) {
            Token t = s.token(i);
            String w = words.where(Kind.FORMER, t.text());
            if (w == null && words.formerPrefix(t.text()) != null) {
                w = words.where(Kind.FORMER, words.formerPrefix(t.text())); // "ex-president": one token
            }
            if (w != null && (i >= from || adjacentModifier(s, i, from))) {
                return "'" + t.text() + "' (" + w + ")";
            }
        }
        return null;
    }

    /** "ex - President": the former word sits right before the phrase, a hyphen at most between them. */
    private static boolean adjacentModifier(Sentence s, int i, int from) {
        return i == from - 1 || i == from - 2 && s.token(from - 1).text().equals("-");
    }

    /** The code of a former office holder: the country with ELI; organisations keep their code. */
    static String former(String code) {
        if (code.startsWith("IGO") || code.startsWith("NGO") || code.length() < 3) {
            return code;
        }
        return code.substring(0, 3) + FORMER;
    }

    /**
     * "Islamabad rejected the claim": a capital that is the subject of an active verb acts as the government; the
     * verb, or -1.
     * Not "Moscow is ready" (a copula), not "Kabul was shelled" (a passive subject is acted upon); a conjunct of
     * such a subject acts too.
     */
    static int actingVerb(Sentence s, int head) {
        int gov = s.governor(head);
        if (s.relation(head).startsWith("conj") && gov >= 0 && gov < head) {
            return actingVerb(s, gov); // "Moscow and Beijing signed": both capitals act
        }
        boolean acts = s.relation(head).equals("nsubj") && gov >= 0 && s.token(gov).isVerb()
                && s.children(gov, "cop").isEmpty() && s.children(gov, "aux:pass").isEmpty();
        return acts ? gov : -1;
    }

    /** "Mali - based": a {@code based} word after a hyphen that follows a dictionary name. */
    boolean basedAt(Sentence s, List<Atom> atoms, int i) {
        return i >= 2 && words.is(Kind.BASED, s.token(i).text()) && s.token(i - 1).text().equals("-")
                && atoms.stream().anyMatch(a -> a.last() == i - 2 && !a.isSector() && !a.isPerson());
    }

    String basedRule(Sentence s, int i) {
        return "'" + s.token(i - 2).text() + "-" + s.token(i).text() + "' (" + words.where(Kind.BASED, s.token(i).text())
                + ")";
    }

    private static String rules(List<Atom> atoms) {
        return atoms.stream().map(Atom::rule).reduce((a, b) -> a + " + " + b).orElse("");
    }

    private static String join(Sentence s, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first && s.token(i).start() > s.token(i - 1).end()) {
                b.append(' ');
            }
            b.append(s.token(i).text());
        }
        return b.toString();
    }
}
