package dev.dyad.place;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Chooses among the places a name may be (Paris FR or TX, Georgia the country or the US state, Kingston JAM,
 * CAN or USA). A country or state named beside it ("Bam, Iran", "Paris, Texas") filters the candidates; then
 * each is scored: a city log10(population) + 1.5 for a capital, a country 7, a region in one country 6, other
 * regions 5; +3 when its country is among the article's countries; +3 for the city an English alias was
 * written for ("Geneva" is Genève, not Geneva IL). The highest score wins (ties: file order).
 */
public final class PlaceRanker {
    static final double ARTICLE_COUNTRY_BONUS = 3;
    static final double ALIAS_BONUS = 3;

    private PlaceRanker() {
    }

    public static Place choose(List<Place> candidates, Place beside, Set<String> articleCountries) {
        return choose(candidates, beside, articleCountries, null);
    }

    /** @param preferred the city an alias of this name was written for (scores +3), or null */
    public static Place choose(List<Place> candidates, Place beside, Set<String> articleCountries, Place preferred) {
        Collection<Place> pool = candidates;
        if (beside != null && beside.country() != null) {
            List<Place> filtered = candidates.stream().filter(p -> beside.country().equals(p.country())
                    && (beside.admin1() == null || beside.admin1().equals(p.admin1()))).toList();
            if (!filtered.isEmpty()) {
                pool = filtered;
            }
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : pool) {
            double score = score(p, articleCountries) + (p == preferred ? ALIAS_BONUS : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    static double score(Place p, Set<String> articleCountries) {
        double base = switch (p.kind()) {
            case COUNTRY -> 7;
            case CITY -> Math.log10(Math.max(1, p.population())) + (p.capital() ? 1.5 : 0);
            case REGION -> p.country() == null ? 5 : 6;
        };
        return base + (p.country() != null && articleCountries.contains(p.country()) ? ARTICLE_COUNTRY_BONUS : 0);
    }
}
