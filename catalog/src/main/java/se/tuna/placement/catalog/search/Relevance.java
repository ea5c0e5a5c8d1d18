package se.tuna.placement.catalog.search;

import java.util.Map;

import se.tuna.placement.catalog.domain.Coordinates;

/**
 * How to rank slots beyond the free text, for callers that know what fits a person: preferred
 * occupations with a weight each (exact codes and three-digit groups), and nearness to a place
 * with the distance at which the nearness bonus has halved.
 *
 * @param occupationWeights SSYK code (4 digits, or a 3-digit group) to its weight, e.g. exact 3, group 2, related 1
 * @param origin            where nearness is measured from, or {@code null}
 * @param halfScoreKm       distance at which the nearness bonus is half, e.g. 10 km
 * @param preferenceText    Swedish text of what the person likes and is good at, matched against the tasks;
 *                          raises the score, never filters; {@code null} for none
 */
public record Relevance(Map<String, Double> occupationWeights, Coordinates origin, double halfScoreKm,
        String preferenceText) {

    public static final Relevance NONE = new Relevance(Map.of(), null, 10, null);

    public Relevance {
        occupationWeights = Map.copyOf(occupationWeights);
    }
}
