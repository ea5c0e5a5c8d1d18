package se.tuna.placement.catalog.store;

import java.time.Instant;

/**
 * What a stored slot carries besides the slot itself.
 *
 * @param employerName the employer's name, denormalised for display and search
 * @param importKey    the key it was imported under, or {@code null}
 * @param createdAt    first stored
 * @param updatedAt    this write
 */
public record SlotIndexing(String employerName, String importKey, Instant createdAt, Instant updatedAt) {
}
