package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: the phrase lines of {@code dyad actors lookup} (no pipeline needed). */
class ActorLookupCommandTest {
    private static final LocalDate DEFAULT = LocalDate.parse("2024-01-15");

    @Test
    void linesWithAndWithoutADate() {
        List<String> problems = new ArrayList<>();
        List<ActorLookupCommand.Query> q = ActorLookupCommand.parse("in.txt",
                List.of("\uFEFFOlaf Scholz\t2022-06-01", "", "the governor of Texas", "Kenyan police\r"), DEFAULT, problems);
        assertEquals(List.of(), problems);
        assertEquals(3, q.size());
        assertEquals(new ActorLookupCommand.Query("in.txt:1", "Olaf Scholz", LocalDate.parse("2022-06-01")), q.get(0));
        assertEquals(new ActorLookupCommand.Query("in.txt:3", "the governor of Texas", DEFAULT), q.get(1));
        assertEquals("Kenyan police", q.get(2).phrase());
    }

    @Test
    void aBadDateNamesItsLineAndTheOthersAreKept() {
        List<String> problems = new ArrayList<>();
        List<ActorLookupCommand.Query> q = ActorLookupCommand.parse("stdin",
                List.of("Mossad\t2024-13-01", "MI6\t2024-01-15", "\t2024-01-15"), DEFAULT, problems);
        assertEquals(1, q.size());
        assertEquals("MI6", q.get(0).phrase());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("stdin:1: bad date '2024-13-01'"), problems.get(0));
        assertTrue(problems.get(1).startsWith("stdin:3: empty phrase"), problems.get(1));
    }
}
