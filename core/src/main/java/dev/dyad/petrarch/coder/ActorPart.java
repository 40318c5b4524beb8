package dev.dyad.petrarch.coder;

import java.util.ArrayList;
import java.util.List;

/** A noun phrase's partial code: an actor code (null: none) and agent codes before and after it. Immutable. */
record ActorPart(String actor, List<String> before, List<String> after) {
    String code() {
        StringBuilder b = new StringBuilder();
        for (String a : before) {
            b.append(a);
        }
        String actorCode = actor == null ? "---" : actor;
        b.append(actorCode);
        for (String a : after) {
            if (!containsGroup(b.toString(), a)) {
                b.append(a);
            }
        }
        return b.toString();
    }

    boolean hasAgents() {
        return !before.isEmpty() || !after.isEmpty();
    }

    ActorPart withAgents(ActorPart agents) {
        List<String> bf = new ArrayList<>(agents.before);
        bf.addAll(before);
        List<String> af = new ArrayList<>(after);
        af.addAll(agents.after);
        return new ActorPart(actor, bf, af);
    }

    private static boolean containsGroup(String code, String agent) {
        for (int i = 0; i + agent.length() <= code.length(); i += 3) {
            if (code.startsWith(agent, i)) {
                return true;
            }
        }
        return false;
    }
}
