package se.tuna.placement.participants.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.coach.CoachAssignment.EarlierCoach;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;

/**
 * Who looks after a participant: their assigned personal coach, and whoever stands in while that
 * coach is away. A coordinator assigns coaches and arranges stand-ins; a coach sees the
 * participants they look after on a given day, and nobody else.
 */
public class Coaching {

    private static final int MAX_ATTEMPTS = 20;
    /** A stand-in covers an absence, not a change of coach: more days than this (the last one counted) is a new assignment. */
    static final int LONGEST_STAND_IN_DAYS = 366;
    /** Stand-ins are arranged for absences near in time; a date far off is a typing error. */
    private static final int FARTHEST_DAYS = 2 * 366;

    private final CoachRepository repository;
    private final ParticipantService participants;
    private final CoachDirectory coaches;
    private final Clock clock;

    public Coaching(CoachRepository repository, ParticipantService participants, CoachDirectory coaches, Clock clock) {
        this.repository = repository;
        this.participants = participants;
        this.coaches = coaches;
        this.clock = clock;
    }

    /**
     * Makes {@code coachId} the participant's coach from {@code since} (today when {@code null});
     * the coach before is kept in the assignment's history, until the day before (unless replaced
     * on their own first day, when they had no day to keep). Assigning the same coach again changes
     * nothing.
     */
    public CoachAssignment assign(String participantId, String coachId, LocalDate since, String assignedBy) {
        requireCoach("coachId", coachId, participants.get(participantId).site());
        LocalDate from = since == null ? today() : since;
        if (from.isAfter(today())) {
            // Who sees a participant follows the coach in charge today; a handover is recorded on its day.
            throw InvalidInputException.of("since", "cannot be in the future; assign the new coach on the day they take over");
        }
        if (from.isBefore(CommonRules.EARLIEST_DATE)) {
            throw InvalidInputException.of("since", "must not be before " + CommonRules.EARLIEST_DATE);
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<CoachAssignment>> read = repository.find(participantId);
            try {
                if (read.isEmpty()) {
                    CoachAssignment first = new CoachAssignment(participantId, coachId, from, assignedBy, clock.instant(), List.of());
                    repository.create(first);
                    return first;
                }
                CoachAssignment current = read.get().value();
                if (current.coachId().equals(coachId)) {
                    return current;
                }
                if (from.isBefore(current.since())) {
                    throw InvalidInputException.of("since", "cannot be before the current coach's first day (" + current.since() + ")");
                }
                List<EarlierCoach> earlier = new ArrayList<>(current.earlier());
                if (from.isAfter(current.since())) {
                    // A coach replaced on their first day (a mistaken assignment put right) never had a day.
                    earlier.add(new EarlierCoach(current.coachId(), current.since(), from.minusDays(1)));
                }
                CoachAssignment next = new CoachAssignment(participantId, coachId, from, assignedBy, clock.instant(), earlier);
                repository.replace(next, read.get());
                return next;
            } catch (VersionConflictException someoneElseAssignedFirst) {
                // Read again and assign over what the other coordinator stored.
            }
        }
        throw new ConflictException("The participant's coach is being changed by others; try again");
    }

    /**
     * Gives participants who have no coach yet their first one, many at once (a site going live,
     * the demo); those who have a coach keep theirs. Returns how many got one.
     */
    public int assignFirstCoaches(Map<String, String> coachByParticipant, LocalDate since, String assignedBy) {
        Map<String, String> sites = participants.sitesOf(coachByParticipant.keySet());
        coachByParticipant.forEach((participant, coach) -> requireCoach("coachId", coach, sites.get(participant)));
        List<CoachAssignment> first = coachByParticipant.entrySet().stream()
                .map(entry -> new CoachAssignment(entry.getKey(), entry.getValue(), since, assignedBy, clock.instant(), List.of()))
                .toList();
        return repository.createAll(first).written().size();
    }

    /**
     * Gives a participant their first coach from {@code since}, at {@code site} (a caseload imported
     * when a site goes live, before the profile is registered); one who has a coach keeps theirs.
     * Refuses (422 {@code field}) an account that is no coach at the site.
     */
    public void assignFirstAt(String participantId, String site, String coachId, LocalDate since, String assignedBy,
            String field) {
        requireCoach(field, coachId, site);
        try {
            repository.create(new CoachAssignment(participantId, coachId, since, assignedBy, clock.instant(), List.of()));
        } catch (VersionConflictException hasOne) {
            // Imported before: the coach assigned then, or since, stays.
        }
    }

    /** Refuses (422 {@code field}) an account that is no personal coach at {@code site}. */
    public void requireCoachAt(String field, String coachId, String site) {
        requireCoach(field, coachId, site);
    }

    /** The participant's coach assignment, if one was made. */
    public Optional<CoachAssignment> assignmentOf(String participantId) {
        return repository.find(participantId).map(Versioned::value);
    }

    /**
     * Whether {@code coachId} looks after the participant on {@code day}: as their coach, or standing
     * in for their coach at the participant's site.
     */
    public boolean looksAfter(String coachId, String participantId, LocalDate day) {
        Optional<CoachAssignment> assignment = assignmentOf(participantId);
        if (assignment.isEmpty()) {
            return false;
        }
        String assigned = assignment.get().coachId();
        if (assigned.equals(coachId)) {
            return true;
        }
        List<StandIn> standingIn = standInsBy(coachId, day).filter(standIn -> standIn.absentCoachId().equals(assigned)).toList();
        if (standingIn.isEmpty()) {
            return false;
        }
        String site = participants.get(participantId).site();
        return standingIn.stream().anyMatch(standIn -> standIn.site().equals(site));
    }

    /**
     * The ids of the participants {@code coachId} looks after on {@code day}: their own, and, of
     * each coach they stand in for, those of the stand-in's site.
     */
    public Set<String> participantsLookedAfterBy(String coachId, LocalDate day) {
        Set<String> ids = new LinkedHashSet<>(repository.participantsOf(Set.of(coachId)));
        standInsBy(coachId, day).forEach(standIn -> {
            List<String> absentCoachsOwn = repository.participantsOf(Set.of(standIn.absentCoachId()));
            participants.sitesOf(absentCoachsOwn).forEach((participant, site) -> {
                if (site.equals(standIn.site())) {
                    ids.add(participant);
                }
            });
        });
        return ids;
    }

    /** The stand-ins in which {@code coachId} stands in on {@code day}. */
    private Stream<StandIn> standInsBy(String coachId, LocalDate day) {
        return repository.standInsInvolving(coachId, day).stream()
                .filter(standIn -> standIn.covers(day) && standIn.standInCoachId().equals(coachId));
    }

    /**
     * Arranges for {@code standInCoachId} to look after {@code absentCoachId}'s participants of
     * {@code site} from {@code from} to {@code until}; both must be coaches at that site.
     */
    public StandIn arrangeStandIn(String absentCoachId, String standInCoachId, String site, LocalDate from, LocalDate until,
            String madeBy) {
        List<FieldViolation> violations = new ArrayList<>();
        if (site == null || site.isBlank()) {
            violations.add(new FieldViolation("site", "is required"));
        }
        if (from == null) {
            violations.add(new FieldViolation("from", "is required"));
        }
        if (until == null) {
            violations.add(new FieldViolation("until", "is required"));
        }
        if (from != null && Math.abs(ChronoUnit.DAYS.between(today(), from)) > FARTHEST_DAYS) {
            violations.add(new FieldViolation("from", "must be within two years of today"));
        } else if (from != null && until != null && until.isBefore(from)) {
            violations.add(new FieldViolation("until", "cannot be before from"));
        } else if (from != null && until != null && ChronoUnit.DAYS.between(from, until) >= LONGEST_STAND_IN_DAYS) {
            violations.add(new FieldViolation("until", "a stand-in covers at most a year; assign another coach instead"));
        }
        if (until != null && until.isBefore(today())) {
            violations.add(new FieldViolation("until", "has passed"));
        }
        if (absentCoachId != null && absentCoachId.equals(standInCoachId)) {
            violations.add(new FieldViolation("standInCoachId", "must be another coach than the one who is away"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        requireCoach("absentCoachId", absentCoachId, site);
        requireCoach("standInCoachId", standInCoachId, site);
        StandIn standIn = new StandIn(UUID.randomUUID().toString(), absentCoachId, standInCoachId, site, from, until, madeBy,
                clock.instant());
        repository.create(standIn);
        return standIn;
    }

    public StandIn standIn(String id) {
        return repository.findStandIn(id).orElseThrow(() -> new NotFoundException("stand-in", id));
    }

    /** Takes back a stand-in, e.g. when the absent coach is back early. */
    public void cancelStandIn(String id) {
        standIn(id);
        repository.deleteStandIn(id);
    }

    /** Stand-ins that have not ended, earliest first; those involving {@code coachId} only when it is given. */
    public List<StandIn> currentStandIns(String coachId) {
        return coachId == null ? repository.standIns(today()) : repository.standInsInvolving(coachId, today());
    }

    private void requireCoach(String field, String accountId, String site) {
        if (accountId == null || accountId.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (!coaches.coachesAt(accountId, site)) {
            throw InvalidInputException.of(field, "is not the account of a personal coach at the site " + site);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
