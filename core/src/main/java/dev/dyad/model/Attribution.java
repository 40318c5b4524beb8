package dev.dyad.model;

/**
 * Who reported an event (the attribution layer of {@link EventCoding}): the speaker as written into the event, the
 * speaker's country (null when not coded), the key of the speaker's entity (to follow one speaker across sentences)
 * and the rule that found the speaker.
 */
public record Attribution(ActorRef speaker, String country, String entity, String rule) {
    /** The speaker of a coded actor mention. */
    public static Attribution of(ActorMention m, String rule) {
        return new Attribution(ActorRef.of(m), m.country(), m.entity(), rule);
    }
}
