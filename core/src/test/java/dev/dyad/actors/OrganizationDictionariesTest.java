package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins entries of the organisation dictionaries (security services, armed groups, parties, IGOs and NGOs,
 * universities, think tanks, media) through the whole pipeline, as {@code dyad actors lookup} reads a
 * phrase: the first actor found must carry the code, and its rule must name the file the entry is in.
 */
class OrganizationDictionariesTest {
    private static ActorMention first(String text, String date) {
        AnnotatedDocument doc = SharedDyad.code(text, date);
        List<ActorMention> actors = doc.actors();
        assertFalse(actors.isEmpty(), "no actor in '" + text + "'");
        return actors.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Mossad; ISRSPY; organizations-security.txt",
        "MI6; GBRSPY; organizations-security.txt",
        "the Bundeswehr; DEUMIL; organizations-security.txt",
        "Inter-Services Intelligence; PAKSPY; organizations-security.txt",
        "the Revolutionary Guards; IRNMIL; organizations-security.txt",
        "the Federal Reserve; USAGOVBUS; organizations-security.txt",
        "the FBI; USACOP; organizations-security.txt",
        "Hayat Tahrir al-Sham; SYRREB; organizations-armed-groups.txt",
        "ISWAP; NGAREB; organizations-armed-groups.txt",
        "the Qassam Brigades; PSEREB; organizations-armed-groups.txt",
        "Likud; ISRPTY; organizations-parties.txt",
        "the Bharatiya Janata Party; INDPTY; organizations-parties.txt",
        "Oxfam; NGODEVOXF; organizations-igo-ngo.txt",
        "the Committee to Protect Journalists; NGOHRIMED; organizations-igo-ngo.txt",
        "UNIFIL; IGOUNOPKO; organizations-igo-ngo.txt",
        "Yale University; USAEDU; organizations-education-media.txt",
        "Tsinghua University; CHNEDU; organizations-education-media.txt",
        "Chatham House; GBRNGO; organizations-education-media.txt",
        "Xinhua; CHNMED; organizations-education-media.txt",
        "Al Jazeera; QATMED; organizations-education-media.txt",
    })
    void phraseCodesFromItsFile(String phrase, String code, String file) {
        ActorMention m = first(phrase, "2025-06-01");
        assertEquals(code, m.code(), phrase + ": " + m.rule());
        assertTrue(m.rule().startsWith("actors/" + file + ":"), phrase + " coded by " + m.rule());
    }

    /** Entries that organizations.txt already held: the new files must not shadow or contradict them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "the Houthis; YEMREB; 2024-01-15",
        "Al-Shabaab; SOMREB; 2025-06-01",
        "Hamas; PSEREB; 2025-06-01",
        "Amnesty International; NGOHRIAMN; 2025-06-01",
        "Doctors Without Borders; NGOMSF; 2025-06-01",
        "Interpol; IGOINTPOL; 2025-06-01",
        "the RSF; SDNREB; 2025-06-01",
    })
    void existingEntriesStillCode(String phrase, String code, String date) {
        assertEquals(code, first(phrase, date).code(), phrase);
    }

    /** Longer names win over the short names inside them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "the Social Democrats; DEUPTY",          // not the U.S. "Democrats"
        "Reporters Without Borders; NGOHRIMED",  // its acronym RSF stays Sudan's Rapid Support Forces
        "the Guardian Council; IRNGOV",          // not the newspaper
        "Pakistani Taliban; PAKREB",             // not the Afghan Taliban
    })
    void longerNamesWin(String phrase, String code) {
        assertEquals(code, first(phrase, "2025-06-01").code(), phrase);
    }

    /** A country before a body named after it refines to the body: Atoms.compose. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Israel's Mossad; ISRSPY",
        "Pakistan's ISI; PAKSPY",
        "the Russian FSB; RUSSPY",
        "Iran's Revolutionary Guards; IRNMIL",
        "the U.S. State Department; USAGOV",
        "Russia's foreign ministry; RUSGOV",   // a sector noun still composes as before
        "Nicaragua's Sandinista government; NICGOV",   // an adjective does not refine the country
    })
    void countryBeforeItsBodyGivesTheBody(String phrase, String code) {
        assertEquals(code, first(phrase, "2025-06-01").code(), phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Mossad agents were arrested in Tehran.; ISRSPY",
        "The Houthis fired a missile at a ship.; YEMREB",
        "Yale University suspended the professor.; USAEDU",
    })
    void namesCodeInsideSentences(String sentence, String code) {
        assertEquals(code, first(sentence, "2024-01-15").code(), sentence);
    }
}
