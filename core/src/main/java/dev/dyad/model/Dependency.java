package dev.dyad.model;

/** A typed dependency (Universal Dependencies) between token indices of one sentence; governor -1 is the root. */
public record Dependency(int governor, int dependent, String relation) {
}
