package se.tuna.placement.followup.visit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit recorded as done (genomfört).
 *
 * @param on         the day it took place
 * @param note       a short note of how it went, for the coach's own follow-up; no health data is asked for
 * @param recordedBy the account that recorded it
 * @param recordedAt when
 */
public record Completion(LocalDate on, String note, String recordedBy, Instant recordedAt) {
}
