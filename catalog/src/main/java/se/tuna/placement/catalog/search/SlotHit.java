package se.tuna.placement.catalog.search;

import se.tuna.placement.catalog.domain.TrainingSlot;

/**
 * One slot a search found.
 *
 * @param slot         the slot
 * @param employerName its employer's name
 * @param score        relevance score (higher is better; comparable within one search only)
 * @param distanceKm   straight-line distance from the search's place, or {@code null}
 */
public record SlotHit(TrainingSlot slot, String employerName, double score, Double distanceKm) {
}
