package se.tuna.placement.web.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.audit.AuditEntry;
import se.tuna.placement.audit.AuditFilter;
import se.tuna.placement.audit.AuditRepository;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.participants.coach.CoachAssignment;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintService;
import se.tuna.placement.web.audit.AuditApiMapper;
import se.tuna.placement.web.audit.AuditPayloads.AuditEntryResponse;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.catalog.ReferenceNames;
import se.tuna.placement.web.participant.CoachingPayloads.CoachAssignmentResponse;
import se.tuna.placement.web.participant.ParticipantPayloads.ParticipantResponse;
import se.tuna.placement.web.participant.PlacementPayloads.PlacementResponse;
import se.tuna.placement.web.participant.StintPayloads.StintResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * A participant's own data, exported on their request (registerutdrag; the right of access): the
 * profile, every stint, every placement with its path and what was agreed, the coach and those
 * before, and who has read or changed their data when (the access log's entries about them).
 */
@ApiController
class ParticipantExportController {

    /**
     * Everything kept of one participant, as JSON.
     *
     * @param exportedAt when the export was made
     * @param accesses   the newest accesses to their data first, as many as the log can page through
     */
    record ParticipantExport(Instant exportedAt, ParticipantResponse profile, List<StintResponse> stints,
            List<PlacementResponse> placements, CoachAssignmentResponse coach, List<AuditEntryResponse> accesses) {
    }

    private static final int PAGE = 1_000;

    private final AccessPolicy access;
    private final StintService stints;
    private final StintLengths lengths;
    private final PlacementService placements;
    private final PlacementViews placementViews;
    private final Coaching coaching;
    private final AccountNames names;
    private final AuditRepository auditEntries;
    private final ParticipantApiMapper participantMapper;
    private final StintApiMapper stintMapper;
    private final CoachingApiMapper coachingMapper;
    private final AuditApiMapper auditMapper;
    private final ReferenceNames referenceNames;
    private final Clock clock;

    ParticipantExportController(AccessPolicy access, StintService stints, StintLengths lengths, PlacementService placements,
            PlacementViews placementViews, Coaching coaching, AccountNames names, AuditRepository auditEntries,
            ParticipantApiMapper participantMapper, StintApiMapper stintMapper, CoachingApiMapper coachingMapper,
            AuditApiMapper auditMapper, ReferenceNames referenceNames, Clock clock) {
        this.access = access;
        this.stints = stints;
        this.lengths = lengths;
        this.placements = placements;
        this.placementViews = placementViews;
        this.coaching = coaching;
        this.names = names;
        this.auditEntries = auditEntries;
        this.participantMapper = participantMapper;
        this.stintMapper = stintMapper;
        this.coachingMapper = coachingMapper;
        this.auditMapper = auditMapper;
        this.referenceNames = referenceNames;
        this.clock = clock;
    }

    @GetMapping("/api/participants/{id}/export")
    @Operation(summary = "Export everything kept of a participant (registerutdrag)",
            description = "On the participant's request (the right of access): profile, stints, placements, coach and the access "
                    + "log's entries about them, as one JSON file. For a coordinator of the participant's site; the export "
                    + "itself is logged.")
    Mono<ResponseEntity<ParticipantExport>> export(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            Participant participant = access.coordinatedParticipant(actor, id);
            audit.read(ParticipantData.EXPORT, id);
            ParticipantExport export = exportOf(participant);
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("registerutdrag-" + id + ".json").build().toString()).body(export);
        });
    }

    private ParticipantExport exportOf(Participant participant) {
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        CoachAssignment coach = coaching.assignmentOf(participant.id()).orElse(null);
        List<AuditEntry> entries = accessesTo(participant.id());
        Set<String> accountIds = entries.stream().map(entry -> entry.event().who().accountId()).collect(Collectors.toSet());
        if (coach != null) {
            accountIds.add(coach.coachId());
            coach.earlier().forEach(earlier -> accountIds.add(earlier.coachId()));
        }
        List<Stint> theirStints = stints.allOf(participant.id());
        theirStints.forEach(stint -> stint.steps().forEach(step -> accountIds.add(step.recorded().by())));
        Map<String, String> people = names.of(accountIds);
        return new ParticipantExport(clock.instant(), participantMapper.toResponse(participant, referenceNames),
                theirStints.stream().map(stint -> stintMapper.toResponse(stint, lengths.at(stint.site()), today,
                        people)).toList(),
                placements.allOf(participant.id()).stream().map(placementViews::of).toList(),
                coach == null ? null : coachingMapper.toResponse(coach, people),
                entries.stream().map(entry -> auditMapper.toResponse(entry, people.get(entry.event().who().accountId()))).toList());
    }

    /** The access log's entries about the participant, the newest first, as deep as the log pages. */
    private List<AuditEntry> accessesTo(String participantId) {
        AuditFilter filter = new AuditFilter(null, participantId, null, null);
        List<AuditEntry> entries = new ArrayList<>();
        for (int page = 0; (page + 1) * PAGE <= CommonRules.DEEPEST_RESULT; page++) {
            List<AuditEntry> found = auditEntries.find(filter, page, PAGE).items();
            entries.addAll(found);
            if (found.size() < PAGE) {
                break;
            }
        }
        return entries;
    }
}
