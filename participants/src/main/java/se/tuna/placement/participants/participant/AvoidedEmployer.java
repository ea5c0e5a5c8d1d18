package se.tuna.placement.participants.participant;

/**
 * An employer a participant should not be placed with, and why (e.g. an earlier employment
 * ended badly, a relative works there). The reason is for the coach, never shown to employers.
 *
 * @param employerId the employer
 * @param reason     why, in a few words
 */
public record AvoidedEmployer(String employerId, String reason) {
}
