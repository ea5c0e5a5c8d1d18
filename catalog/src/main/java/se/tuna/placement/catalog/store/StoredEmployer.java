package se.tuna.placement.catalog.store;

import java.time.Instant;

import se.tuna.placement.catalog.domain.Employer;

/**
 * An employer as read from the index.
 *
 * @param employer  the employer
 * @param createdAt when it was first stored
 */
public record StoredEmployer(Employer employer, Instant createdAt) {
}
