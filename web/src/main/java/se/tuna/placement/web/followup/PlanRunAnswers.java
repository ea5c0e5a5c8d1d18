package se.tuna.placement.web.followup;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.followup.planning.PlanRun;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.followup.FollowUpPayloads.PlanRunResponse;
import se.tuna.placement.web.participant.AccountNames;

/** The answer to a (re-)plan: what moved and what could not be placed, with the coaches' names; the participants shown are audited. */
@Component
class PlanRunAnswers {

    private final AccountNames names;
    private final FollowUpApiMapper mapper;

    PlanRunAnswers(AccountNames names, FollowUpApiMapper mapper) {
        this.names = names;
        this.mapper = mapper;
    }

    PlanRunResponse answer(PlanRun run, AuditTrail audit) {
        Set<String> shown = new HashSet<>();
        Set<String> people = new HashSet<>();
        run.unplanned().forEach(left -> shown.add(left.visit().participantId()));
        run.moves().forEach(move -> {
            shown.add(move.visit().participantId());
            people.add(move.fromVisitorId());
            people.add(move.toVisitorId());
        });
        audit.read(ParticipantData.VISITS, shown);
        return mapper.toResponse(run, names.of(people));
    }
}
