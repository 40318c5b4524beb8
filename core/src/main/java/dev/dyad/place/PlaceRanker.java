package dev.dyad.place;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Chooses among the places a name may be (Paris FR or TX, Georgia the country or the US state, Kingston JAM,
 * CAN or USA). A country or state named beside it ("Bam, Iran", "Paris, Texas") filters the candidates; then
 * each is scored: a city log10(population) + 1.5 for a capital, a country 7, a region in one country 6, other
 * regions 5; +3 when its country is among the article's countries. The highest score wins (ties: file order).
 */
final class PlaceRanker {
    static final double ARTICLE_COUNTRY_BONUS = 3;

    private PlaceRanker() {
    }

    static Place choose(List<Place> candidates, Place beside, Set<String> articleCountries) {
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
            double score = score(p, articleCountries);
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
