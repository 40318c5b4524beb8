package dev.dyad.actors;

import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds dictionary phrases in a sentence: longest match first, left to right, no overlaps. Names are
 * matched case-sensitively on the token text, sector nouns on lower-case lemmas.
 */
final class AtomMatcher {
    private final ActorDictionary dictionary;

    AtomMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Atom> match(Sentence s, LocalDate date) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Atom a = nameAt(s, i, date);
            if (a == null) {
                a = sectorAt(s, i);
            }
            if (a != null && isCompassQualifier(s, a)) {
                a = null; // "West Darfur", "Western Cambodia", "West Africans": a direction, not the West
            }
            if (a != null) {
                atoms.add(a);
                i = a.last() + 1;
            } else {
                i++;
            }
        }
        return atoms;
    }

    private static boolean isCompassQualifier(Sentence s, Atom a) {
        return a.code().equals("WST") && a.first() == a.last() && a.last() + 1 < s.size()
                && s.token(a.last() + 1).pos().startsWith("NNP");
    }

    /** The longest name or person at token i; dyad's own entry wins over a layer entry of the same length. */
    private Atom nameAt(Sentence s, int i, LocalDate date) {
        Atom own = firstNameAt(s, i, date, dictionary.startingWith(s.token(i).text()));
        Atom layer = firstNameAt(s, i, date, dictionary.layerStartingWith(s.token(i).text()));
        return layer != null && (own == null || layer.last() > own.last()) ? layer : own;
    }

    private Atom firstNameAt(Sentence s, int i, LocalDate date, List<ActorEntry> candidates) {
        for (ActorEntry e : candidates) {
            if (!(e.layer() ? matchesLayer(s, i, e.tokens()) : matches(s, i, e.tokens(), false))) {
                continue;
            }
            int last = i + e.tokens().size() - 1;
            if (e.kind() == EntryKind.PERSON) {
                ActorDictionary.PersonCode pc = dictionary.personCode(e, date);
                if (pc != null) {
                    return new Atom(i, last, e, pc.code(), pc.rule());
                }
                continue;
            }
            return new Atom(i, last, e, e.code(), e.where());
        }
        return null;
    }

    private static boolean matchesLayer(Sentence s, int i, List<String> phrase) {
        return matchesLayer(s.tokens(), i, phrase);
    }

    /** Whether some own or layer name matches in full at token i, whatever the date ({@link ActorDictionary#nameAt}). */
    static boolean anyNameAt(ActorDictionary dictionary, List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        return dictionary.startingWith(text).stream().anyMatch(e -> matches(tokens, i, e.tokens(), false))
                || dictionary.layerStartingWith(text).stream().anyMatch(e -> matchesLayer(tokens, i, e.tokens()));
    }

    static boolean matchesLayer(List<Token> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!ActorDictionary.layerMatches(phrase.get(k), tokens.get(i + k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * dyad's own sector nouns first; a Phoenix-layer one only where no own noun starts inside it, so the layer adds
     * sectors dyad lacks ("Maronite") without taking over phrases dyad reads ("central bank" + "governor").
     */
    private Atom sectorAt(Sentence s, int i) {
        Atom own = sectorAt(s, i, false);
        if (own != null) {
            return own;
        }
        Atom layer = sectorAt(s, i, true);
        if (layer == null) {
            return null;
        }
        for (int k = i + 1; k <= layer.last(); k++) {
            if (sectorAt(s, k, false) != null) {
                return null;
            }
        }
        return layer;
    }

    private Atom sectorAt(Sentence s, int i, boolean layer) {
        List<ActorEntry> candidates = new ArrayList<>(dictionary.sectorsStartingWith(s.token(i).lowerLemma()));
        String lower = s.token(i).text().toLowerCase(Locale.ROOT);
        if (!lower.equals(s.token(i).lowerLemma())) {
            candidates.addAll(dictionary.sectorsStartingWith(lower)); // "armed forces": lemma of "armed" is "arm"
        }
        candidates.removeIf(e -> e.layer() != layer);
        candidates.sort((x, y) -> Integer.compare(y.tokens().size(), x.tokens().size()));
        Atom prefixed = formerPrefixed(s, i);
        if (prefixed != null && candidates.isEmpty()) {
            return prefixed;
        }
        for (ActorEntry e : candidates) {
            if (matches(s, i, e.tokens(), true)) {
                Token t = s.token(i + e.tokens().size() - 1);
                // a sector noun must be used as a noun ("troops"), a modifier as an adjective or noun modifier
                if (e.kind() == EntryKind.NOUN && !t.isNoun()) {
                    continue;
                }
                return new Atom(i, i + e.tokens().size() - 1, e, e.code(), e.where());
            }
        }
        return null;
    }

    /**
     * "ex-president" as one token: the sector noun after a former prefix of {@code descriptions.txt} (the
     * resolver then reads the prefix as "former").
     */
    private Atom formerPrefixed(Sentence s, int i) {
        Token t = s.token(i);
        String prefix = dictionary.descriptionWords() == null ? null : dictionary.descriptionWords().formerPrefix(t.text());
        if (prefix == null || !t.isNoun()) {
            return null;
        }
        String rest = t.lowerLemma().startsWith(prefix) ? t.lowerLemma().substring(prefix.length())
                : t.text().toLowerCase(Locale.ROOT).substring(prefix.length());
        for (ActorEntry e : dictionary.sectorsStartingWith(rest)) {
            if (e.kind() == EntryKind.NOUN && e.tokens().size() == 1) {
                return new Atom(i, i, e, e.code(), e.where());
            }
        }
        return null;
    }

    private static boolean matches(Sentence s, int i, List<String> phrase, boolean lemmas) {
        return matches(s.tokens(), i, phrase, lemmas);
    }

    static boolean matches(List<Token> tokens, int i, List<String> phrase, boolean lemmas) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token t = tokens.get(i + k);
            String have = lemmas ? (k == phrase.size() - 1 ? t.lowerLemma() : t.text().toLowerCase(Locale.ROOT)) : t.text();
            if (!have.equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
