package se.tuna.placement.web.audit;

import java.util.Collection;
import java.util.List;

import se.tuna.placement.audit.AuditEvent;
import se.tuna.placement.audit.AuditEvent.Access;
import se.tuna.placement.audit.AuditEvent.Reader;
import se.tuna.placement.audit.AuditLog;
import se.tuna.placement.audit.ParticipantData;

/**
 * The access log as one request sees it: who is signed in and which endpoint they called are
 * known, a controller says whose data it shows or changes. Each call returns once the accesses are
 * stored, or throws: a controller records a read once it has the answer and before it returns it,
 * a change once it is allowed and before it makes it. Blocking: only inside {@code Blocking.call}.
 */
public final class AuditTrail {

    private final AuditLog log;
    private final Reader who;
    private final String endpoint;

    AuditTrail(AuditLog log, Reader who, String endpoint) {
        this.log = log;
        this.who = who;
        this.endpoint = endpoint;
    }

    /** This data of each of these participants is shown: one entry each. */
    public void read(ParticipantData data, Collection<String> participantIds) {
        log.record(participantIds.stream().distinct().map(id -> new AuditEvent(who, id, Access.READ, data, endpoint)).toList());
    }

    public void read(ParticipantData data, String participantId) {
        read(data, List.of(participantId));
    }

    /**
     * This data of the participant is about to be changed, by someone allowed to: recorded before
     * the change is made, so that no change is ever made unrecorded. If the entry cannot be stored
     * nothing is changed and the request is answered 503. A change then refused (a conflict, say)
     * stays recorded as the attempt it was.
     */
    public void changing(ParticipantData data, String participantId) {
        changing(data, List.of(participantId));
    }

    /** As {@link #changing(ParticipantData, String)}, for each of these participants (an import): one entry each. */
    public void changing(ParticipantData data, Collection<String> participantIds) {
        log.record(participantIds.stream().distinct().map(id -> new AuditEvent(who, id, Access.WRITE, data, endpoint)).toList());
    }
}
