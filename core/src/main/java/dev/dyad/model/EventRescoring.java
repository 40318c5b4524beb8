package dev.dyad.model;

/**
 * A second opinion on an event's confidence (the learned {@code SecondOpinionStage}): the new confidence and why;
 * the coder's own confidence stays in {@link EventCoding#confidence()}.
 */
public record EventRescoring(double confidence, String why) {
}
