package dev.dyad.eval;

import dev.dyad.model.ActorMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A suite of dated actor phrases with the code each should get ({@code phrase<TAB>date<TAB>code<TAB>kind}, '#'
 * comments), scored on country (first slot) and sector (second slot) of the phrase's main actor.
 */
public final class ActorSuite {
    /** One phrase of a suite; {@code where} is file:line. */
    public record Item(String phrase, LocalDate date, String expected, String kind, String where) {
    }

    /** One scored phrase: what dyad gave ({@code got} null when it found no actor). */
    public record Scored(Item item, String got, String rule, boolean country, boolean sector) {
    }

    /** Totals and every scored phrase. */
    public record Score(List<Scored> items) {
        public int size() {
            return items.size();
        }

        public long countryRight() {
            return items.stream().filter(Scored::country).count();
        }

        public long sectorRight() {
            return items.stream().filter(Scored::sector).count();
        }

        public List<Scored> misses() {
            return items.stream().filter(s -> !s.country() || !s.sector()).toList();
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "%d phrases: country %d (%.1f%%), sector %d (%.1f%%)", size(),
                    countryRight(), 100.0 * countryRight() / Math.max(1, size()), sectorRight(),
                    100.0 * sectorRight() / Math.max(1, size()));
        }
    }

    private ActorSuite() {
    }

    public static List<Item> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            String where = file.getFileName() + ":" + (i + 1);
            if (f.length != 4) {
                throw new IllegalArgumentException(where + ": expected phrase<TAB>date<TAB>code<TAB>kind");
            }
            try {
                items.add(new Item(f[0], LocalDate.parse(f[1]), f[2], f[3], where));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": bad date '" + f[1] + "'");
            }
        }
        return items;
    }

    /**
     * Scores each phrase's main actor: country when the first slots agree ("---" = no country), sector when the
     * second slots agree (none on both sides counts as agreeing).
     */
    public static Score score(ActorLookup lookup, List<Item> items) {
        List<Scored> out = new ArrayList<>();
        for (Item it : items) {
            ActorMention m = lookup.lookup(it.phrase(), it.date()).main();
            String got = m == null ? null : m.code();
            boolean country = got != null && Objects.equals(ActorLookup.country(got), ActorLookup.country(it.expected()));
            boolean sector = got != null && country && Objects.equals(ActorLookup.sector(got), ActorLookup.sector(it.expected()));
            out.add(new Scored(it, got, m == null ? null : m.rule(), country, sector));
        }
        return new Score(out);
    }
}
