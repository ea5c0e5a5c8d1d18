package se.tuna.placement.audit;

import java.time.Instant;
import java.util.List;

/**
 * What a check of the access log found.
 *
 * @param intact    whether nothing was found wrong
 * @param chains    how many chains were read
 * @param entries   how many entries
 * @param findings  what was wrong, chain by chain
 * @param checkedAt when
 */
public record VerificationReport(boolean intact, int chains, long entries, List<Finding> findings, Instant checkedAt) {
}
