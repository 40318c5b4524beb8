package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects named people and organisations that the dictionaries do not know, across a corpus, with a
 * code suggested from context (the title or apposition that coded them, else the sentence's country),
 * for dictionary upkeep. Not thread-safe: feed documents from one thread.
 */
public final class UnknownActors {
    /** Files whose entries name an actor (all built-in actor files but the sector nouns of agents.txt). */
    private static final Set<String> DICTIONARY_FILES = ActorDictionary.BUILT_IN_FILES.stream()
            .filter(f -> !f.equals("actors/agents.txt")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** One unknown name with its counts. */
    public static final class Candidate {
        final String name;
        final String nerKind;
        int mentions;
        final Map<String, Integer> codes = new HashMap<>();
        String why;
        String example;

        Candidate(String name, String nerKind) {
            this.name = name;
            this.nerKind = nerKind;
        }

        String bestCode() {
            return codes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        /** A line ready to paste into persons.txt or organizations.txt (commented out when no code was found). */
        public String dictionaryLine() {
            String code = bestCode();
            String entry = nerKind.equals("PERSON") ? " | person | " + name + " | .." : " | name | " + name;
            String note = "  # " + mentions + " mention(s)" + (why == null ? "" : "; " + why) + "; e.g. \"" + example + "\"";
            return code == null ? "# ???" + entry + note + "; no code found in context" : code + entry + note;
        }
    }

    private final Map<String, Candidate> candidates = new HashMap<>();
    private final ActorDictionary dictionary;

    public UnknownActors(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public void add(AnnotatedDocument doc) {
        for (Sentence s : doc.sentences()) {
            List<ActorMention> mentions = doc.actorsIn(s.index());
            int i = 0;
            while (i < s.size()) {
                String ner = s.token(i).ner();
                if (!(ner.equals("PERSON") || ner.equals("ORGANIZATION")) || s.token(i).isPronoun()) { // the NER labels of names
                    i++;
                    continue;
                }
                int last = i;
                while (last + 1 < s.size() && s.token(last + 1).ner().equals(ner)) {
                    last++;
                }
                note(doc, s, i, last, ner, mentions);
                i = last + 1;
            }
        }
    }

    private void note(AnnotatedDocument doc, Sentence s, int first, int last, String ner, List<ActorMention> mentions) {
        ActorMention covering = null;
        for (ActorMention m : mentions) {
            if (m.first() <= first && last <= m.last()) {
                covering = m;
            }
        }
        if (covering != null && (fromDictionary(covering.rule()) || isDictionaryPhrase(covering.entity()))) {
            return;
        }
        // "Ivan Petrovsky" and a later "Petrovsky" are one candidate: the person's full name
        String name = covering != null && covering.kind() == ActorMention.Kind.PERSON ? covering.entity()
                : doc.article().text().substring(s.token(first).start(), s.token(last).end());
        Candidate c = candidates.computeIfAbsent(name, n -> new Candidate(n, ner));
        c.mentions++;
        if (c.example == null) {
            c.example = s.text().length() > 100 ? s.text().substring(0, 100) + "…" : s.text();
        }
        String code = covering != null ? covering.code() : sentenceCountry(s, mentions);
        if (code != null) {
            c.codes.merge(code, 1, Integer::sum);
            if (c.why == null) {
                c.why = covering != null ? "coded in context by " + covering.rule() : "country of the sentence";
            }
        }
    }

    private static boolean fromDictionary(String rule) {
        return DICTIONARY_FILES.stream().anyMatch(f -> rule.startsWith(f + ":")) && !rule.contains(" + ");
    }

    private boolean isDictionaryPhrase(String entity) {
        return dictionary.knowsPhrase(entity);
    }

    private static String sentenceCountry(Sentence s, List<ActorMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : mentions) {
            if (m.kind() == ActorMention.Kind.STATE) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        return counts.size() == 1 ? counts.keySet().iterator().next() : null;
    }

    /** The most frequent unknown names with at least {@code minMentions} mentions. */
    public List<Candidate> top(int n, int minMentions) {
        List<Candidate> out = new ArrayList<>(candidates.values().stream().filter(c -> c.mentions >= minMentions).toList());
        out.sort(Comparator.comparingInt((Candidate c) -> -c.mentions).thenComparing(c -> c.name));
        return out.subList(0, Math.min(n, out.size()));
    }
}
