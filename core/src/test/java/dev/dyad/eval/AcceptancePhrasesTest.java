package dev.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.ActorMention;
import dev.dyad.testing.SharedLookup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's 27 acceptance phrases, each read on its date through the phrase-lookup pipeline: at least 25 must
 * code with the right country and sector. Most need names (persons, agencies, groups, NGOs) that branches h14b
 * and h14d add; the description-based ones are also pinned, enabled, in {@code DescriptionsTest}.
 */
class AcceptancePhrasesTest {
    /** phrase | date | country | sector ("" = any sector; for NGO/IGO only the first slot is checked). */
    private static final String[][] PHRASES = {
        {"Olaf Scholz", "2022-06-01", "DEU", "GOV"},
        {"Olaf Scholz", "2026-01-15", "DEU", "ELI"},
        {"Friedrich Merz", "2025-09-01", "DEU", "GOV"},
        {"Keir Starmer", "2025-01-01", "GBR", "GOV"},
        {"Javier Milei", "2024-06-01", "ARG", "GOV"},
        {"Volodymyr Zelensky", "2023-03-01", "UKR", "GOV"},
        {"Mossad", "2024-01-15", "ISR", "SPY"},
        {"MI6", "2024-01-15", "GBR", "SPY"},
        {"the Bundeswehr", "2024-01-15", "DEU", "MIL"},
        {"the Houthis", "2024-01-15", "YEM", "REB"},
        {"Al-Shabaab", "2024-01-15", "SOM", "REB"},
        {"Yale University", "2024-01-15", "USA", "EDU"},
        {"Kenyan police", "2024-01-15", "KEN", "COP"},
        {"Nigeria's defence minister", "2024-01-15", "NGA", "GOV"},
        {"the governor of Texas", "2024-01-15", "USA", "GOV"},
        {"Islamabad rejected the claim.", "2024-01-15", "PAK", "GOV"},
        {"former President Jair Bolsonaro", "2024-01-15", "BRA", "ELI"},
        {"Cyril Ramaphosa", "2023-06-01", "ZAF", "GOV"},
        {"Mohammed bin Salman", "2023-06-01", "SAU", "GOV"},
        {"Anwar Ibrahim", "2023-06-01", "MYS", "GOV"},
        {"William Ruto", "2023-06-01", "KEN", "GOV"},
        {"Claudia Sheinbaum", "2025-03-01", "MEX", "GOV"},
        {"Luiz Inacio Lula da Silva", "2023-06-01", "BRA", "GOV"},
        {"Luiz Inacio Lula da Silva", "2015-01-15", "BRA", "ELI"},
        {"Amnesty International", "2024-01-15", "NGO", ""},
        {"Doctors Without Borders", "2024-01-15", "NGO", ""},
        {"Interpol", "2024-01-15", "IGO", ""},
    };

    @Test
    void atLeast25Of27() {
        List<String> misses = new ArrayList<>();
        for (String[] p : PHRASES) {
            ActorMention m = SharedLookup.get().lookup(p[0], LocalDate.parse(p[1])).main();
            String code = m == null ? "" : m.code();
            boolean ok = code.startsWith(p[2]) && (p[3].isEmpty() || code.length() >= 6 && code.substring(3, 6).equals(p[3]));
            if (!ok) {
                misses.add(p[0] + " " + p[1] + ": want " + p[2] + p[3] + ", got " + (m == null ? "nothing" : code + " (" + m.rule() + ")"));
            }
        }
        assertTrue(misses.size() <= 2, (PHRASES.length - misses.size()) + "/27 right; misses:\n" + String.join("\n", misses));
    }
}
