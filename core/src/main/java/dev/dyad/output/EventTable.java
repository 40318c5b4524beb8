package dev.dyad.output;

import dev.dyad.model.Event;
import java.util.List;

/** A fixed-width table of events for people reading a terminal. */
public final class EventTable {
    private EventTable() {
    }

    public static String render(List<Event> events) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-4s %-12s %-12s %-5s %-38s %-12s %-10s %s%n", "sent", "source", "target", "cameo", "name",
                "modality", "date", "trigger"));
        for (Event e : events) {
            b.append(String.format("%-4d %-12s %-12s %-5s %-38s %-12s %-10s %s%n", e.sentence(), e.source().code(),
                    e.target() == null ? "-" : e.target().code(), e.cameo(), clip(e.cameoName(), 38),
                    e.modality().json(), e.eventDate() == null ? "-" : e.eventDate(), e.trigger().text()));
        }
        return b.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
