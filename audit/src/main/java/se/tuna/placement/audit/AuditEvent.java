package se.tuna.placement.audit;

import java.util.Objects;
import java.util.Set;

/**
 * One access to one participant's data, as the caller reports it: who, which participant, what,
 * and through which endpoint. The access log seals it into an {@link AuditEntry}.
 *
 * @param who           the signed-in person
 * @param participantId the participant whose data it was
 * @param access        read or changed
 * @param data          which data
 * @param endpoint      how, e.g. {@code GET /api/participants/{id}}
 */
public record AuditEvent(Reader who, String participantId, Access access, ParticipantData data, String endpoint) {

    public AuditEvent {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Whether the data was only read or also changed. */
    public enum Access {
        READ, WRITE
    }

    /**
     * The signed-in person, as they were at the time.
     *
     * @param accountId their account
     * @param roles     their roles then
     */
    public record Reader(String accountId, Set<String> roles) {

        public Reader {
            Objects.requireNonNull(accountId, "accountId");
            roles = Set.copyOf(roles);
        }
    }
}
