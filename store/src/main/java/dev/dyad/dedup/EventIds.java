package dev.dyad.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The id of a deduplicated event ({@code global_event_id}): a positive 63-bit number derived from its first
 * mention (article id and event index, the first in date order). It depends on nothing else, so it stays the
 * same when other events come and go, an incremental update and a full rebuild give the same id, and the
 * order in which articles arrived does not matter. Two events with the same id (odds about 1 in 10^7 for a
 * million events) are told apart by a salt, given in the order of their first mentions.
 */
public final class EventIds {
    private EventIds() {
    }

    /** @param salt 0 for the first event with this hash, 1, 2, ... for later ones that collide with it */
    public static long of(String articleId, int idx, int salt) {
        byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
        // length-prefixed fields: no id can be confused with another id plus an index
        ByteBuffer b = ByteBuffer.allocate(12 + id.length).putInt(id.length).put(id).putInt(idx).putInt(salt);
        try {
            long h = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(b.array())).getLong() & Long.MAX_VALUE;
            return h == 0 ? 1 : h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
