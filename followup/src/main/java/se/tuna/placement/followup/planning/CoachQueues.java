package se.tuna.placement.followup.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.followup.visit.FollowUpRhythm;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitKind;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintService;

/**
 * A coach's queues: follow-ups due or overdue, workplaces' requests for another time, trials ending (the extension decision), extensions
 * due, stints near their one-year limit, and participants with no visit planned. Read from the
 * visits and the lifecycle of the participants the coach looks after.
 */
public class CoachQueues {

    /** What falls due within this many days is in the queue now. */
    static final int AHEAD_DAYS = 7;
    /** A participant with no visit planned or done within this many days either way is in the queue. */
    static final int CONTACT_DAYS = 28;

    private final VisitRepository visits;
    private final PlacementRepository placements;
    private final StintService stints;
    private final StintLengths lengths;
    private final FollowUpRhythm rhythm;
    private final Clock clock;

    public CoachQueues(VisitRepository visits, PlacementRepository placements, StintService stints, StintLengths lengths,
            FollowUpRhythm rhythm, Clock clock) {
        this.visits = visits;
        this.placements = placements;
        this.stints = stints;
        this.lengths = lengths;
        this.rhythm = rhythm;
        this.clock = clock;
    }

    /**
     * One participant in a queue.
     *
     * @param kind          which queue
     * @param participantId the participant
     * @param date          the day it concerns: the visit's due day, the trial's or period's last day, the stint's
     * @param visitId       the visit it concerns, if any
     */
    public record Entry(QueueKind kind, String participantId, LocalDate date, String visitId) {
    }

    /** The queues of {@code participantIds} (those a coach looks after) at {@code site}, most urgent first. */
    public List<Entry> of(String site, Collection<String> participantIds) {
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        List<Entry> entries = new ArrayList<>();
        List<Visit> theirs = visits.ofParticipants(participantIds).values().stream().map(Versioned::value).toList();
        followUps(theirs, today, entries);
        Map<String, Placement> placed = placements.findAll(participantIds.stream().map(PlacementService::idFor).toList());
        placed.values().forEach(placement -> periodEnding(placement, today, entries));
        stints.nearingLastDay(site, lengths, participantIds).forEach(stint -> entries.add(new Entry(QueueKind.YEAR_LIMIT_NEAR,
                stint.participantId(), stint.enrolledOn().map(on -> on.plus(lengths.at(site)).minusDays(1)).orElse(today), null)));
        withoutContact(participantIds, theirs, placed, today, entries);
        entries.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::date).thenComparing(Entry::participantId));
        return entries;
    }

    private void followUps(List<Visit> theirs, LocalDate today, List<Entry> entries) {
        theirs.stream().filter(visit -> !visit.done() && visit.timeRequest() != null)
                .forEach(visit -> entries.add(new Entry(QueueKind.TIME_REQUESTED, visit.participantId(),
                        visit.timeRequest().requestedAt().atZone(ParticipantRules.PROGRAMME_ZONE).toLocalDate(), visit.id())));
        theirs.stream().filter(visit -> !visit.done() && visit.kind() != VisitKind.MAPPING_MEETING)
                .filter(visit -> !visit.window().earliest().isAfter(today.plusDays(AHEAD_DAYS)))
                .forEach(visit -> entries.add(new Entry(today.isAfter(visit.window().due().plusDays(rhythm.slackDays()))
                        ? QueueKind.FOLLOW_UP_OVERDUE : QueueKind.FOLLOW_UP_DUE, visit.participantId(), visit.window().due(),
                        visit.id())));
    }

    private static void periodEnding(Placement placement, LocalDate today, List<Entry> entries) {
        Stage stage = placement.path().stage();
        if (stage != Stage.TRIAL && stage != Stage.WORK_TRAINING) {
            return;
        }
        placement.path().currentPeriod().map(period -> period.span().end())
                .filter(end -> !end.isBefore(today) && !end.isAfter(today.plusDays(AHEAD_DAYS)))
                .ifPresent(end -> entries.add(new Entry(stage == Stage.TRIAL ? QueueKind.TRIAL_ENDING : QueueKind.EXTENSION_DUE,
                        placement.participantId(), end, null)));
    }

    /** Participants still in the programme with no visit planned or done within four weeks of today. */
    private static void withoutContact(Collection<String> participantIds, List<Visit> theirs, Map<String, Placement> placed,
            LocalDate today, List<Entry> entries) {
        Set<String> inContact = new HashSet<>();
        for (Visit visit : theirs) {
            LocalDate day = visit.done() ? visit.completion().on()
                    : visit.appointment() == null ? null : visit.appointment().start().toLocalDate();
            if (day != null && Math.abs(day.toEpochDay() - today.toEpochDay()) <= CONTACT_DAYS) {
                inContact.add(visit.participantId());
            }
        }
        participantIds.stream().filter(id -> !inContact.contains(id))
                .filter(id -> !placed.containsKey(PlacementService.idFor(id))
                        || placed.get(PlacementService.idFor(id)).path().stage().isActive())
                .forEach(id -> entries.add(new Entry(QueueKind.NO_VISIT_PLANNED, id, today, null)));
    }
}
