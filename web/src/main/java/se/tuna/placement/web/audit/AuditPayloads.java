package se.tuna.placement.web.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The JSON shapes of the access log for admins. */
public final class AuditPayloads {

    private AuditPayloads() {
    }

    /**
     * One access to a participant's data.
     *
     * @param accountName the person's name now, or {@code null} if the account is gone
     * @param roles       their roles then
     * @param roleLabels  the roles' Swedish names
     * @param dataLabel   the data's Swedish name
     */
    public record AuditEntryResponse(String chain, long sequence, Instant at, String accountId, String accountName,
            Set<String> roles, List<String> roleLabels, String participantId, String access, String data, String dataLabel, String endpoint) {
    }

    /** What a check of the whole access log found. */
    public record VerificationResponse(boolean intact, int chains, long entries, List<FindingResponse> findings,
            Instant checkedAt) {
    }

    /** One thing wrong. */
    public record FindingResponse(String chain, long sequence, String problem, String detail) {
    }
}
