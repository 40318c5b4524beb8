package dev.dyad.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private static Deduplicator.Mention m(String src, String tgt, String cameo, String day, String trigger) {
        return new Deduplicator.Mention(src, tgt, cameo, "asserted", LocalDate.parse(day), "day", day, trigger);
    }

    private static long[] assign(int window, Deduplicator.Mention... ms) {
        return new Deduplicator(new DedupRule(window)).assign(List.of(ms));
    }

    @Test
    void sameDyadRootAndTriggerWithinTheWindowIsOneEvent() {
        assertArrayEquals(new long[] {1, 1, 2},
                assign(1, m("RUS", "USA", "040", "2021-12-21", "talks"), m("RUS", "USA", "043", "2021-12-22", "talked"),
                        m("RUS", "USA", "040", "2021-12-23", "talks")));
    }

    @Test
    void theWindowIsConfigurable() {
        assertArrayEquals(new long[] {1, 1},
                assign(2, m("RUS", "USA", "040", "2021-12-21", "talks"), m("RUS", "USA", "040", "2021-12-23", "talks")));
        assertArrayEquals(new long[] {1, 2},
                assign(0, m("RUS", "USA", "040", "2021-12-21", "talks"), m("RUS", "USA", "040", "2021-12-22", "talks")));
        assertThrows(IllegalArgumentException.class, () -> new DedupRule(-1));
    }

    @Test
    void directionRootModalityAndTriggerKeepEventsApart() {
        assertArrayEquals(new long[] {1, 2, 3, 4},
                assign(1, m("RUS", "USA", "112", "2021-12-21", "accused"), m("USA", "RUS", "112", "2021-12-21", "accused"),
                        m("RUS", "USA", "130", "2021-12-21", "threatened"), m("RUS", "USA", "111", "2021-12-21", "criticized")));
        Deduplicator.Mention denied = new Deduplicator.Mention("RUS", "USA", "112", "negated", LocalDate.parse("2021-12-21"),
                "day", "2021-12-21", "accused");
        assertArrayEquals(new long[] {1, 2},
                new Deduplicator(DedupRule.DEFAULT).assign(List.of(m("RUS", "USA", "112", "2021-12-21", "accused"), denied)));
    }

    @Test
    void coarseDatesMustNameTheSamePeriod() {
        Deduplicator.Mention w50 = new Deduplicator.Mention("RUS", "USA", "040", "future", LocalDate.parse("2021-12-13"),
                "week", "2021-W50", "talks");
        Deduplicator.Mention w50b = new Deduplicator.Mention("RUS", "USA", "040", "future", LocalDate.parse("2021-12-13"),
                "week", "2021-W50", "talks");
        Deduplicator.Mention jan = new Deduplicator.Mention("RUS", "USA", "040", "future", LocalDate.parse("2022-01-01"),
                "month", "2022-01", "talks");
        assertArrayEquals(new long[] {1, 1, 2}, new Deduplicator(DedupRule.DEFAULT).assign(List.of(w50, w50b, jan)));
    }

    @Test
    void countryLevelKeepsOrganisationsWhole() {
        assertEquals("RUS", CountryLevel.of("RUSGOV"));
        assertEquals("IGOWSTNAT", CountryLevel.of("IGOWSTNAT"));
        assertEquals("WST", CountryLevel.of("WST"));
        assertEquals(null, CountryLevel.of(null));
        assertEquals("talk", DedupRule.stem("talks"));
        assertEquals("talk", DedupRule.stem("talked"));
    }
}
