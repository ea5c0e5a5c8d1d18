package se.tuna.placement.audit;

import java.time.Instant;

/**
 * Which entries an admin asks for; each part left {@code null} does not narrow.
 *
 * @param accountId     whose accesses
 * @param participantId to whose data
 * @param from          at or after
 * @param until         before
 */
public record AuditFilter(String accountId, String participantId, Instant from, Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
