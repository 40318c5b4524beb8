package dev.dyad.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer.Sources BUILT_IN = Gazetteer.Sources.builtIn();

    private static final Gazetteer GAZETTEER = Gazetteer.of(BUILT_IN);

    @Test
    void builtInTablesLoad() {
        assertTrue(GAZETTEER.cityCount() > 20_000, "cities: " + GAZETTEER.cityCount());
        assertEquals("CHE", GAZETTEER.iso3("CH"));
        assertEquals("XKX", GAZETTEER.country("XKX").country());
        assertTrue(GAZETTEER.lookup("Paris").size() >= 2, "Paris FR and Paris TX");
        assertTrue(GAZETTEER.lookup("Geneva").stream().anyMatch(p -> "CHE".equals(p.country())), "alias Geneva");
        Place washington = GAZETTEER.lookup("Washington").stream().filter(p -> "USA".equals(p.country()) && p.capital())
                .findFirst().orElseThrow();
        assertEquals(4140963L, washington.geonamesId(), "the capital entry is Washington, D.C.");
    }

    private static String error(Gazetteer.Sources src) {
        return assertThrows(DictionaryException.class, () -> Gazetteer.of(src)).getMessage();
    }

    @Test
    void malformedCityLineIsReportedWithFileAndLine() {
        String cities = "# header\n1|Atlantis||ATL|01|95.0|10.0|20000|PPL\n";
        String m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), BUILT_IN.countryPoints(), cities, "", ""));
        assertEquals("places/cities.txt.gz:2: latitude 95.0 out of range", m);
        m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), BUILT_IN.countryPoints(), "1|Atlantis|x|ATL\n", "", ""));
        assertEquals("places/cities.txt.gz:1: expected 9 '|'-separated fields, found 4", m);
        m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), BUILT_IN.countryPoints(),
                "1|A||FRA|01|1|1|5|PPL\n1|B||FRA|01|1|1|5|PPL\n", "", ""));
        assertEquals("places/cities.txt.gz:2: geonames_id 1 listed twice", m);
    }

    @Test
    void aliasToAnUnknownCityIsAnError() {
        String m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), BUILT_IN.countryPoints(), BUILT_IN.cities(),
                "# aliases\nGeneva | 2660646\nNowhere | 42\n", ""));
        assertEquals("places/aliases.txt:3: unknown geonames_id 42 (not a city of places/cities.txt.gz)", m);
    }

    @Test
    void regionErrorsNameTheLine() {
        String m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), BUILT_IN.countryPoints(), BUILT_IN.cities(), "",
                "Sahel | -\nSahel | -\n"));
        assertEquals("places/regions.txt:2: region 'Sahel' already defined at places/regions.txt:1", m);
        m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), BUILT_IN.countryPoints(), BUILT_IN.cities(), "",
                "Narnia | nar\n"));
        assertEquals("places/regions.txt:1: malformed country code 'nar' (3 upper-case letters, ISO 3166-1 alpha-3)", m);
    }

    @Test
    void countryPointErrors() {
        String m = error(new Gazetteer.Sources(BUILT_IN.actorCountries(), "FRA|FR|48.8|2.3|Paris\nFRA|FR|1|1|x\n",
                BUILT_IN.cities(), "", ""));
        assertEquals("places/countries.txt:2: country FRA listed twice", m);
    }

    @Test
    void rankingUsesArticleCountriesThenPopulation() {
        var paris = GAZETTEER.lookup("Paris");
        assertEquals("FRA", PlaceRanker.choose(paris, null, java.util.Set.of()).country());
        assertEquals("FRA", PlaceRanker.choose(paris, null, java.util.Set.of("USA")).country(), "a capital of 2M beats a town of 25k");
        var kingston = GAZETTEER.lookup("Kingston");
        assertEquals("JAM", PlaceRanker.choose(kingston, null, java.util.Set.of()).country());
        assertEquals("CAN", PlaceRanker.choose(kingston, null, java.util.Set.of("CAN")).country());
        var georgia = GAZETTEER.lookup("Georgia");
        assertEquals("GEO", PlaceRanker.choose(georgia, null, java.util.Set.of()).country());
        assertEquals("USA", PlaceRanker.choose(georgia, null, java.util.Set.of("USA")).country());
        assertEquals("GEO", PlaceRanker.choose(georgia, null, java.util.Set.of("USA", "GEO", "RUS")).country());
        Place texas = GAZETTEER.lookup("Texas").get(0);
        Place parisTx = PlaceRanker.choose(paris, texas, java.util.Set.of());
        assertEquals("USA", parisTx.country());
        assertEquals("TX", parisTx.admin1());
    }
}
