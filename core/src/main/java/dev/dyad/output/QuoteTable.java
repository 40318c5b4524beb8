package dev.dyad.output;

import dev.dyad.model.Quote;
import java.util.List;

/** A fixed-width table of quotes and claims for people reading a terminal. */
public final class QuoteTable {
    private QuoteTable() {
    }

    public static String render(List<Quote> quotes) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-4s %-8s %-28s %-10s %s%n", "sent", "kind", "speaker", "code", "text"));
        for (Quote q : quotes) {
            String who = q.speaker() == null ? "-" : q.speaker().text();
            String code = q.speaker() == null || q.speaker().code() == null ? "-" : q.speaker().code();
            b.append(String.format("%-4d %-8s %-28s %-10s %s%n", q.sentence(), q.kind(), clip(who, 28), code,
                    clip(q.text().replace('\n', ' '), 70)));
        }
        return b.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
