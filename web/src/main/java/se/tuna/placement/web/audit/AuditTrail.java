package se.tuna.placement.web.audit;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.audit.AuditEvent;
import se.tuna.placement.audit.AuditEvent.Access;
import se.tuna.placement.audit.AuditEvent.Reader;
import se.tuna.placement.audit.AuditLog;
import se.tuna.placement.audit.AuditUnavailableException;
import se.tuna.placement.audit.ParticipantData;

/**
 * The access log as one request sees it: who is signed in and which endpoint they called are
 * known, a controller says whose data it shows or changes. Each call returns once the accesses are
 * stored, or throws, so a controller calls it after it has the answer and before it returns it.
 * Blocking: only inside {@code Blocking.call}.
 */
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

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
     * This data of the participant was changed (and is shown as it is now). Called after the
     * change, so a refused change leaves no entry; if the entry cannot be stored the change stands,
     * the request is answered 503 and the service log says which account changed which
     * participant's data, to be put in the access log by hand.
     */
    public void changed(ParticipantData data, String participantId) {
        try {
            log.record(List.of(new AuditEvent(who, participantId, Access.WRITE, data, endpoint)));
        } catch (AuditUnavailableException e) {
            LOG.error("Unrecorded change: account {} changed {} of participant {} through {}", who.accountId(), data,
                    participantId, endpoint);
            throw e;
        }
    }
}
