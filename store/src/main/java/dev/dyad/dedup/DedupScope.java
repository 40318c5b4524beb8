package dev.dyad.dedup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which mentions an incremental update must regroup so that the result equals a full {@link Deduplicator} run.
 *
 * <p>{@link Deduplicator#assign} never lets mentions of different keys (dyad, CAMEO root, modality) meet, and
 * within a key it runs independent streams: day-precise mentions, and one stream per coarse period
 * ({@code 2021-W50}). A day-precise stream restarts whenever the gap between two consecutive days is over the
 * window (every open event is closed by then), so it falls into <b>segments</b> that never influence each
 * other. A mention without a date is an event of its own. So when some mentions are added and others removed,
 * only these can be grouped differently:
 * <ul>
 *   <li>every segment holding a mention within the window of an added or removed day-precise mention of its key
 *       (this covers segments that an added mention joins together and those that a removed one splits);</li>
 *   <li>every period stream of a key in which a mention was added or removed;</li>
 *   <li>the undated mentions of the articles that were written.</li>
 * </ul>
 * Regrouping those, and keeping every other event as it is, gives exactly what a full run gives
 * ({@code IncrementalDedupTest} checks it against a full rebuild).
 */
public final class DedupScope {
    private DedupScope() {
    }

    /**
     * @param candidates every current mention of the keys the update touched, sorted as {@link Deduplicator#assign}
     *                   wants (day, nulls last, then article and event index)
     * @param written    for each candidate, whether its article was written by the update
     * @param touched    the mentions the update added or removed
     * @return for each candidate, whether it must be regrouped; the flagged ones, in order, form complete
     *         segments and streams, so {@link Deduplicator#assign} may run on them alone
     */
    public static boolean[] affected(List<Deduplicator.Mention> candidates, boolean[] written,
                                     List<Deduplicator.Mention> touched, DedupRule rule) {
        Map<String, NavigableSet<Long>> touchedDays = new HashMap<>();
        Set<String> touchedPeriods = new HashSet<>();
        for (Deduplicator.Mention t : touched) {
            if (daily(t)) {
                touchedDays.computeIfAbsent(t.groupKey(), k -> new TreeSet<>()).add(t.day().toEpochDay());
            } else if (t.day() != null) {
                touchedPeriods.add(t.groupKey() + "|" + t.eventDate());
            }
        }
        boolean[] out = new boolean[candidates.size()];
        // day-precise mentions: walk each key's stream in order, cutting it into segments at gaps over the window
        Map<String, Long> lastDay = new HashMap<>();
        Map<String, Boolean> segmentHit = new HashMap<>();
        Map<String, List<Integer>> segmentMembers = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Deduplicator.Mention m = candidates.get(i);
            if (m.day() == null) {
                out[i] = written[i];
                continue;
            }
            if (!daily(m)) {
                out[i] = touchedPeriods.contains(m.groupKey() + "|" + m.eventDate());
                continue;
            }
            String key = m.groupKey();
            long day = m.day().toEpochDay();
            Long last = lastDay.put(key, day);
            if (last != null && day - last > rule.windowDays()) {
                close(segmentHit.get(key), segmentMembers.get(key), out);
                segmentMembers.remove(key);
                segmentHit.remove(key);
            }
            segmentMembers.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(i);
            NavigableSet<Long> days = touchedDays.get(key);
            if (days != null && !days.subSet(day - rule.windowDays(), true, day + rule.windowDays(), true).isEmpty()) {
                segmentHit.put(key, true);
            }
        }
        for (String key : segmentMembers.keySet()) {
            close(segmentHit.get(key), segmentMembers.get(key), out);
        }
        return out;
    }

    private static void close(Boolean hit, List<Integer> members, boolean[] out) {
        if (Boolean.TRUE.equals(hit) && members != null) {
            for (int i : members) {
                out[i] = true;
            }
        }
    }

    /** A day-precise mention: grouped by the date window. */
    static boolean daily(Deduplicator.Mention m) {
        return m.day() != null && "day".equals(m.granularity());
    }
}
