package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Actor;
import dev.dyad.petrarch.coder.PetrarchLexicon.Agent;
import dev.dyad.petrarch.coder.PtbTree.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actor and agent phrases among a noun phrase's words: actors longest first with the code valid on the
 * sentence's day, agents before ({@code NGO~}) or after ({@code ~GOV}) the actor's code, "former" making the agent
 * {@code ELI}. Immutable, thread-safe.
 */
final class PhraseScanner {
    private final PetrarchLexicon lexicon;
    private final LocalDate date;

    PhraseScanner(PetrarchLexicon lexicon, LocalDate date) {
        this.lexicon = lexicon;
        this.date = date;
    }

    /**
     * Actors and agents in {@code own} (an actor phrase may run on into the rest of {@code all}: "the Prince of
     * Dol Amroth"); null when none.
     */
    ActorPart scan(List<Node> own, List<Node> all) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        Set<Integer> ownIndex = new java.util.HashSet<>();
        for (Node n : own) {
            ownIndex.add(n.index());
        }
        for (Node n : all) {
            for (String w : n.upper().split("_")) {
                if (!w.isEmpty()) {
                    words.add(w);
                    tags.add(n.label());
                    owner.add(n.index());
                }
            }
        }
        String actor = null;
        boolean actorFound = false;
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean former = false;
        int i = 0;
        while (i < words.size()) {
            if (!ownIndex.contains(owner.get(i))) {
                i++;
                continue;
            }
            if (words.get(i).equals("FORMER")) {
                former = true;
            }
            int actorLen = 0;
            int actorWords = 0;
            List<String> actorCodes = null;
            for (Actor a : lexicon.actors.getOrDefault(words.get(i), List.of())) {
                int len = a.words().size() > actorWords ? matchLength(words, tags, i, a) : 0;
                if (len > 0) {
                    actorWords = a.words().size();
                    actorLen = len;
                    actorCodes = a.codesOn(date);
                }
            }
            int agentLen = 0;
            Agent agent = null;
            for (Agent g : lexicon.agents.getOrDefault(words.get(i), List.of())) {
                if (g.words().size() > agentLen && matches(words, i, g.words())) {
                    agentLen = g.words().size();
                    agent = g;
                }
            }
            if (actorLen > 0 && actorLen >= agentLen) {
                if (!actorFound && actorCodes != null) {
                    actorFound = true;
                    actor = actorCodes.isEmpty() ? null : String.join("/", actorCodes);
                }
                i += actorLen;
            } else if (agent != null) {
                if (agent.before()) {
                    before.add(agent.code());
                } else if (!after.contains(agent.code())) {
                    after.add(agent.code());
                }
                i += agentLen;
            } else {
                i++;
            }
        }
        if (former && (actor != null || !after.isEmpty())) {
            after = new ArrayList<>(List.of("ELI"));
        }
        if (actor == null && before.isEmpty() && after.isEmpty()) {
            return null;
        }
        // several codes for one phrase ("the Shire": FRO/BIL/SAM) stay joined here; codes() splits them
        return new ActorPart(actor, before, after);
    }

    /**
     * The number of text words an actor phrase covers from {@code i} (0: no match): words written after a
     * space may be separated by adjectives ("Ithilen state-run television" for ITHILEN TELEVISION).
     */
    private static int matchLength(List<String> words, List<String> tags, int i, Actor a) {
        int p = i;
        for (int k = 0; k < a.words().size(); k++) {
            if (k > 0 && a.gaps().get(k)) {
                while (p < words.size() && !words.get(p).equals(a.words().get(k)) && tags.get(p).startsWith("JJ")) {
                    p++;
                }
            }
            if (p >= words.size() || !words.get(p).equals(a.words().get(k))) {
                return 0;
            }
            p++;
        }
        return p - i;
    }

    private static boolean matches(List<String> words, int i, List<String> phrase) {
        if (i + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
