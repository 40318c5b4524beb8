package dev.dyad.place;

import dev.dyad.dict.WordLists;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Location;
import dev.dyad.model.Sentence;
import dev.dyad.place.PlaceMatcher.Match;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an event happened, from the text only:
 * <ol>
 * <li>a locative phrase ({@code in/at/near/outside/...} + a place) attached to the trigger or to a node above it
 *     ("buildup near Ukraine", "told reporters in Washington"); the search does not climb from a reported clause to
 *     its speech verb unless the event is itself verbal (QuadClass 1 or 3): where a speaker spoke is not where the
 *     reported attack happened;</li>
 * <li>the destination of a movement verb ("sent inspectors to Iran");</li>
 * <li>the place stated for a material-conflict event's object ("attacked a village in X", "invaded X",
 *     "the invasion of X");</li>
 * <li>otherwise nothing: an actor named by its capital ("Washington refused") is not a place.</li>
 * </ol>
 * Thread-safe.
 */
public final class PlaceResolver {
    private final Gazetteer gazetteer;
    /** The prepositions, verbs and nouns of the rules above ({@link PlaceWord#FILE}, the gazetteer's). */
    private final WordLists<PlaceWord> words;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.words = gazetteer.words();
    }

    /** A location found for an event, how (the {@code location_basis}) and the rule behind it. */
    public record Found(Location location, String basis, String rule) {
    }

    public Found locate(AnnotatedDocument doc, Event e) {
        return locateAt(doc, e.sentence(), e.triggerToken(), e.quadClass());
    }

    /** The same search from any trigger token (for evaluations against a gold trigger). */
    public Found locateAt(AnnotatedDocument doc, int sentence, int trigger, int quadClass) {
        Sentence s = doc.sentences().get(sentence);
        String text = doc.article().text();
        List<Match> matches = PlaceMatcher.find(s, text, gazetteer);
        if (matches.isEmpty() || trigger < 0) {
            return null;
        }
        boolean verbal = quadClass == 1 || quadClass == 3;
        int node = trigger;
        for (int guard = 0; node >= 0 && guard < 16; guard++) {
            Found f = atNode(doc, s, text, matches, node);
            if (f != null) {
                return f;
            }
            String rel = s.relation(node);
            if (!verbal && (rel.startsWith("ccomp") || rel.startsWith("parataxis"))) {
                break;
            }
            node = s.governor(node);
        }
        return stated(doc, s, text, matches, trigger, quadClass);
    }

    private Found atNode(AnnotatedDocument doc, Sentence s, String text, List<Match> matches, int node) {
        for (int c : s.children(node, "obl", "nmod", "advmod")) {
            if (s.relation(c).equals("nmod:poss")) {
                continue;
            }
            String prep = caseOf(s, c);
            boolean locative = words.has(PlaceWord.LOCATIVE, prep);
            boolean destination = words.has(PlaceWord.DESTINATION, prep)
                    && words.has(PlaceWord.MOVEMENT, s.token(node).lowerLemma());
            if (locative || destination) {
                Found f = placeUnder(doc, s, text, matches, c, locative ? "locative phrase" : "destination",
                        "'" + prep + "' attached to '" + s.token(node).text() + "'");
                if (f != null) {
                    return f;
                }
            }
        }
        for (int p : s.children(node)) { // a stranded preposition heading its object: "in/acl Central and Eastern Europe/dep"
            String prep = s.token(p).text().toLowerCase(Locale.ROOT);
            if (s.token(p).pos().equals("IN") && words.has(PlaceWord.LOCATIVE, prep) && !s.relation(p).equals("case")) {
                for (int c : s.children(p)) {
                    Found f = placeUnder(doc, s, text, matches, c, "locative phrase",
                            "'" + prep + "' attached to '" + s.token(node).text() + "'");
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        for (int o : s.children(node, "obj", "obl", "nmod")) { // "met officials in Bam", "talks with Russia in Europe"
            if (s.relation(o).equals("nmod:poss") || words.has(PlaceWord.LOCATIVE, caseOf(s, o))) {
                continue;
            }
            for (int c : s.children(o, "nmod")) {
                String prep = caseOf(s, c);
                if (words.has(PlaceWord.LOCATIVE, prep)) {
                    Found f = placeUnder(doc, s, text, matches, c, "locative phrase",
                            "'" + prep + "' attached to '" + s.token(o).text() + "' of '" + s.token(node).text() + "'");
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        for (int o : s.children(node, "obj", "iobj")) {
            if (words.has(PlaceWord.PRESS, s.token(o).lowerLemma())) { // "told reporters in Washington"
                for (int c : s.children(o, "nmod")) {
                    String prep = caseOf(s, c);
                    if (words.has(PlaceWord.LOCATIVE, prep)) {
                        Found f = placeUnder(doc, s, text, matches, c, "locative phrase",
                                "'" + s.token(o).text() + " " + prep + "' of '" + s.token(node).text() + "'");
                        if (f != null) {
                            return f;
                        }
                    }
                }
            } else if (s.token(node).lowerLemma().equals("visit")) {
                Found f = placeUnder(doc, s, text, matches, o, "locative phrase", "place visited");
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Material conflict whose object or "of" complement is a stated place: "attacked a village in X", "invasion of X". */
    private Found stated(AnnotatedDocument doc, Sentence s, String text, List<Match> matches, int t, int quadClass) {
        if (quadClass != 4) {
            return null;
        }
        for (int o : s.children(t, "obj", "nmod", "obl")) {
            String prep = caseOf(s, o);
            boolean object = s.relation(o).equals("obj") || (s.token(t).isNoun() && (prep.equals("of") || prep.equals("on")));
            if (!object) {
                continue;
            }
            Found f = placeUnder(doc, s, text, matches, o, "target's place (stated)",
                    "object of '" + s.token(t).text() + "'");
            if (f != null) {
                return f;
            }
            for (int c : s.children(o, "nmod")) {
                String p = caseOf(s, c);
                if (words.has(PlaceWord.LOCATIVE, p)) {
                    f = placeUnder(doc, s, text, matches, c, "target's place (stated)",
                            "'" + p + "' on the object of '" + s.token(t).text() + "'");
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    private static String caseOf(Sentence s, int c) {
        List<Integer> cases = s.children(c, "case");
        if (cases.isEmpty()) {
            return "";
        }
        return s.token(cases.get(0)).text().toLowerCase(Locale.ROOT);
    }

    /** The place named by the phrase headed by {@code c}: its head, or reached from it through "of", apposition, names. */
    private Found placeUnder(AnnotatedDocument doc, Sentence s, String text, List<Match> matches, int c, String basis,
                             String how) {
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            if (!reaches(s, m, c)) {
                continue;
            }
            Match beside = k + 1 < matches.size() && commaBetween(s, m, matches.get(k + 1)) ? matches.get(k + 1) : null;
            if (k > 0 && commaBetween(s, matches.get(k - 1), m)) { // "in Bam, Iran" parsed with Iran as the head
                beside = m;
                m = matches.get(k - 1);
            }
            Set<String> countries = articleCountries(doc, s, m);
            Place besidePlace = beside == null ? null : PlaceRanker.choose(beside.places(), null, countries);
            var name = s.span(m.first(), m.last());
            Place p = PlaceRanker.choose(m.places(), besidePlace, countries,
                    gazetteer.aliasTarget(text.substring(name.start(), name.end())));
            int from = s.children(c, "case").stream().findFirst().orElse(m.first());
            if (s.governor(c) >= 0 && words.has(PlaceWord.LOCATIVE, s.token(s.governor(c)).text().toLowerCase(Locale.ROOT))
                    && s.token(s.governor(c)).pos().equals("IN")) {
                from = s.governor(c);
            }
            from = Math.min(from, m.first());
            int end = beside != null ? beside.last() : m.last();
            var span = s.span(from, end);
            Location loc = location(p, text.substring(span.start(), span.end()), new int[] {span.start(), span.end()});
            String rule = how + "; " + p.where() + " (" + p.name() + (p.country() == null ? "" : ", " + p.country()) + ")"
                    + (m.places().size() > 1 ? "; " + m.places().size() + " candidates, article countries " + new TreeSet<>(countries)
                    + (besidePlace != null ? ", beside: " + besidePlace.name() : "") : "");
            return new Found(loc, basis, rule);
        }
        return null;
    }

    private static boolean commaBetween(Sentence s, Match a, Match b) {
        return b.first() == a.last() + 2 && s.token(a.last() + 1).text().equals(",");
    }

    /** True when the match is the phrase head {@code c} or hangs from it through nominal modifiers. */
    private boolean reaches(Sentence s, Match m, int c) {
        if (m.covers(c)) {
            return true;
        }
        int x = m.last();
        for (int t = m.first(); t <= m.last(); t++) {
            if (!m.covers(s.governor(t))) {
                x = t;
                break;
            }
        }
        for (int guard = 0; guard < 8 && x >= 0; guard++) {
            String rel = s.relation(x);
            int g = s.governor(x);
            if (g < 0 || rel.equals("nmod:poss") || !words.has(PlaceWord.NESTING_RELATION, rel.split(":")[0])) {
                return false;
            }
            if (rel.startsWith("nmod")) {
                String prep = caseOf(s, x);
                if (!prep.equals("of") && !words.has(PlaceWord.LOCATIVE, prep)) {
                    return false;
                }
            }
            if (rel.startsWith("compound") && !words.has(PlaceWord.PLACE_NOUN, s.token(g).lowerLemma())) {
                return false;
            }
            if (g == c) {
                return true;
            }
            x = g;
        }
        return false;
    }

    /** Countries of the article's actor mentions, except the ones that are this very name. */
    private Set<String> articleCountries(AnnotatedDocument doc, Sentence s, Match m) {
        var span = s.span(m.first(), m.last());
        Set<String> out = new HashSet<>();
        for (ActorMention a : doc.actors()) {
            if (a.sentence() == s.index() && a.span().overlaps(span)) {
                continue;
            }
            if (gazetteer.isCountry(a.country())) {
                out.add(a.country());
            }
        }
        return out;
    }

    static Location location(Place p, String text, int[] span) {
        return switch (p.kind()) {
            case CITY -> new Location(text, p.country(), p.admin1(), p.name(), p.lat(), p.lon(), p.geonamesId(), span);
            case COUNTRY -> new Location(text, p.country(), null, p.name(), p.lat(), p.lon(), null, span);
            case REGION -> new Location(text, p.country(), p.admin1(), p.name(), null, null, null, span);
        };
    }
}
