package dev.dyad.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups event mentions into deduplicated events by a {@link DedupRule}. Pure and in memory: the store
 * reads the mentions, calls {@link #assign} and writes the groups. Not thread-safe; cheap to create.
 */
public final class Deduplicator {
    /**
     * One event mention as the rule sees it.
     *
     * @param day         first day of the event date's period, or null when the event has no date
     * @param granularity "day", "week", "month", "quarter", "year", or null
     */
    public record Mention(String sourceCountry, String targetCountry, String cameo, String modality,
                          LocalDate day, String granularity, String eventDate, String trigger) {
        /** Dyad, CAMEO root and modality: mentions with different keys are never the same event. */
        public String groupKey() {
            String root = cameo == null || cameo.length() < 2 ? String.valueOf(cameo) : cameo.substring(0, 2);
            return sourceCountry + "|" + targetCountry + "|" + root + "|" + modality;
        }
    }

    private static final class Group {
        final long id;
        final LocalDate anchor;
        final String period;
        final Set<String> codes = new HashSet<>();
        final Set<String> stems = new HashSet<>();

        Group(long id, LocalDate anchor, String period) {
            this.id = id;
            this.anchor = anchor;
            this.period = period;
        }
    }

    private final DedupRule rule;

    public Deduplicator(DedupRule rule) {
        this.rule = Objects.requireNonNull(rule);
    }

    /**
     * The group of each mention, numbered 1, 2, ... in order of the group's first mention (the store turns
     * these into {@link EventIds}). {@code mentions} must be sorted by day (nulls last), then by article and
     * event index.
     */
    public long[] assign(List<Mention> mentions) {
        long[] ids = new long[mentions.size()];
        Map<String, List<Group>> open = new HashMap<>();
        long next = 1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String stem = DedupRule.stem(m.trigger());
            List<Group> groups = open.computeIfAbsent(m.groupKey(), k -> new ArrayList<>());
            Group hit = null;
            if (m.day() != null) {
                boolean daily = "day".equals(m.granularity());
                if (daily) {
                    groups.removeIf(g -> g.anchor != null && g.period == null
                            && m.day().toEpochDay() - g.anchor.toEpochDay() > rule.windowDays());
                }
                for (Group g : groups) {
                    boolean when = daily ? g.period == null && rule.inWindow(g.anchor, m.day())
                            : m.eventDate().equals(g.period);
                    if (when && (g.codes.contains(m.cameo()) || g.stems.contains(stem))) {
                        hit = g;
                        break;
                    }
                }
            }
            if (hit == null) {
                hit = new Group(next++, m.day(), m.day() == null || "day".equals(m.granularity()) ? null : m.eventDate());
                if (m.day() != null) {
                    groups.add(hit);
                }
            }
            hit.codes.add(m.cameo());
            hit.stems.add(stem);
            ids[i] = hit.id;
        }
        return ids;
    }
}
