package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dated office holders of persons.txt and the regional persons-*.txt files, read through the built-in dictionary. */
class OfficeHoldersTest {
    private static final ActorDictionary BUILT_IN = ActorDictionary.builtIn();

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            // persons.txt (G20 core)
            "Olaf Scholz; 2022-06-01; DEUGOV",
            "Olaf Scholz; 2026-01-15; DEUELI",
            "Friedrich Merz; 2025-09-01; DEUGOV",
            "Javier Milei; 2024-06-01; ARGGOV",
            "Jair Bolsonaro; 2024-01-15; BRAELI",
            "Luiz Inacio Lula da Silva; 2015-01-15; BRAELI",
            "Luiz Inacio Lula da Silva; 2023-06-01; BRAGOV",
            "Christine Lagarde; 2022-01-01; IGOEURECB",
            // persons-europe.txt
            "Robert Fico; 2024-01-01; SVKGOV",
            "Sebastian Kurz; 2019-08-01; AUTELI",
            "Petr Pavel; 2016-01-01; IGOWSTNAT",
            "Marcelo Rebelo de Sousa; 2026-05-01; PRTELI",
            "King Felipe VI; 2020-01-01; ESPGOV",
            // persons-africa.txt
            "William Ruto; 2023-06-01; KENGOV",
            "Omar al-Bashir; 2020-01-01; SDNELI",
            "Mohamed Hamdan Dagalo; 2024-01-15; SDNREB",
            // persons-americas.txt
            "Gustavo Petro; 2023-01-01; COLGOV",
            "Nicolas Maduro; 2020-01-01; VENGOV",
            // persons-asia-pacific.txt
            "Anwar Ibrahim; 2023-06-01; MYSGOV",
            "Imran Khan; 2024-01-01; PAKELI",
            "Asim Munir; 2019-01-01; PAKSPY",
            "Asim Munir; 2024-01-01; PAKMIL",
            // persons-middle-east.txt
            "Abdel Fattah el-Sisi; 2013-06-01; EGYGOV",
            "Ahmed al-Sharaa; 2023-01-01; SYRREB",
            "Ahmed al-Sharaa; 2025-06-01; SYRGOV",
            "King Abdullah II; 2020-01-01; JORGOV",
            // persons-igo.txt
            "Moussa Faki; 2020-01-01; IGOAFRAFU",
            "Ngozi Okonjo-Iweala; 2023-01-01; IGOBUSWTO",
    })
    void datedRoleGivesTheCode(String phrase, String date, String code) {
        ActorDictionary.PersonCode c = BUILT_IN.personCode(phrase, LocalDate.parse(date));
        assertNotNull(c, phrase + " is unknown");
        assertEquals(code, c.code(), c.rule());
    }

    @Test
    void ruleNamesTheRegionalFileAndLine() {
        String rule = BUILT_IN.personCode("William Ruto", LocalDate.parse("2023-06-01")).rule();
        assertTrue(rule.startsWith("actors/persons-africa.txt:"), rule);
    }

    @Test
    void regnalNumbersAndSuffixesAreNotSurnames() {
        assertEquals("Abdullah", ActorDictionary.surname(List.of("King", "Abdullah", "II")));
        assertEquals("Marcos", ActorDictionary.surname(List.of("Ferdinand", "Marcos", "Jr", ".")));
        assertEquals(List.of("Ferdinand", "Marcos", "Jr."), PhraseTokenizer.tokens("Ferdinand Marcos Jr."));
        assertEquals(List.of("U.S."), PhraseTokenizer.tokens("U.S."));
        assertNull(ActorDictionary.surname(List.of("Felipe", "VI")));
        assertTrue(BUILT_IN.personsWithSurname("II").isEmpty());
        assertTrue(BUILT_IN.personsWithSurname("Marcos").stream()
                .anyMatch(e -> e.phrase().equals("Ferdinand Marcos Jr.")));
    }

    @Test
    void aCommonGivenNameIsNotReadAsOneOfficeHoldersSurname() {
        StringBuilder text = new StringBuilder("GUYGOV | person | Irfaan Ali | 2020-08-02..\n");
        for (int i = 0; i < ActorDictionary.GIVEN_NAME_LIMIT; i++) {
            text.append("XXXGOV | person | Ali Person").append((char) ('A' + i)).append(" | 2020-01-01..\n");
        }
        ActorDictionary d = ActorDictionary.fromLines(DictionaryFiles.parse("test.txt", text.toString()));
        assertTrue(d.personsWithSurname("Ali").isEmpty());
        ActorDictionary fewer = ActorDictionary.fromLines(DictionaryFiles.parse("test.txt",
                "GUYGOV | person | Irfaan Ali | 2020-08-02..\nXXXGOV | person | Ali PersonA | 2020-01-01..\n"));
        assertEquals(1, fewer.personsWithSurname("Ali").size());
    }
}
