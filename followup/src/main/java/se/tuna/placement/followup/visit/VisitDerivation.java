package se.tuna.placement.followup.visit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.followup.calendar.CalendarService;
import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.participants.coach.CoachAssignment;
import se.tuna.placement.participants.coach.CoachRepository;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.placement.path.TrainingPeriod;

/**
 * The visits a site's participants call for in a period, from where each stands in the programme:
 * a weekly mapping meeting at the office for those not yet placed (in mapping or waiting for a
 * place), a follow-up in the trial's last week, and a workplace follow-up about monthly in work
 * training. Derived again before every plan, so they follow the lifecycle as it changes.
 */
public class VisitDerivation {

    /** A study visit takes about an hour and a half with the trip there and back. */
    static final int STUDY_VISIT_MINUTES = 90;

    private final ParticipantService participants;
    private final PlacementRepository placements;
    private final CoachRepository coaches;
    private final SlotRepository slots;
    private final EmployerRepository employers;
    private final CalendarService calendars;
    private final FollowUpRhythm rhythm;

    public VisitDerivation(ParticipantService participants, PlacementRepository placements, CoachRepository coaches,
            SlotRepository slots, EmployerRepository employers, CalendarService calendars, FollowUpRhythm rhythm) {
        this.participants = participants;
        this.placements = placements;
        this.coaches = coaches;
        this.slots = slots;
        this.employers = employers;
        this.calendars = calendars;
        this.rhythm = rhythm;
    }

    /** What the derivation reads of a site at once: its participants, their coaches and placements. */
    private record SiteState(List<Participant> unplaced, List<Placement> underWay, Map<String, CoachAssignment> coachOf,
            Map<String, TrainingSlot> slotOf, Map<String, Employer> employerOf) {
    }

    /**
     * The visits due in {@code from}–{@code until} at {@code site}, unplanned; {@code done} (the site's
     * visits recorded as done) sets when each workplace's next follow-up falls due. A follow-up
     * overdue on {@code today} may still take place in the week from today.
     */
    public List<Visit> derive(String site, LocalDate from, LocalDate until, LocalDate today, List<Visit> done) {
        SiteState state = read(site);
        Place office = calendars.office(site);
        List<Visit> visits = new ArrayList<>();
        for (Participant participant : state.unplaced()) {
            visits.addAll(mappingMeetings(participant, coachOf(state, participant.id()), office, from, until));
        }
        for (Placement placement : state.underWay()) {
            Place workplace = workplace(state, placement);
            String coach = coachOf(state, placement.participantId());
            trialFollowUp(placement, coach, workplace, site).filter(visit -> overlaps(visit, from, until)).ifPresent(visits::add);
            visits.addAll(workplaceFollowUps(placement, coach, workplace, site, from, until, today, done));
        }
        return visits;
    }

    /** The study visits booked at {@code site} in the period, as fixed events in the participant's coach's calendar. */
    public List<FixedEvent> studyVisits(String site, LocalDate from, LocalDate until) {
        List<String> booked = participants.listAll(site, Phase.STUDY_VISIT).stream().map(Participant::id).toList();
        Map<String, Placement> placed = placements.findAll(booked.stream().map(PlacementService::idFor).toList());
        Map<String, CoachAssignment> coachOf = coaches.findAll(booked);
        Map<String, TrainingSlot> slotOf = slotsOf(placed.values());
        List<FixedEvent> events = new ArrayList<>();
        for (Placement placement : placed.values()) {
            CoachAssignment coach = coachOf.get(placement.participantId());
            if (placement.path().stage() != Stage.STUDY_VISIT_BOOKED || coach == null || placement.path().studyVisit().at() == null) {
                continue;
            }
            var at = placement.path().studyVisit().at();
            if (!at.toLocalDate().isBefore(from) && !at.toLocalDate().isAfter(until)) {
                TrainingSlot slot = slotOf.get(placement.slotId());
                Place place = slot == null ? null : new Place(slot.title() + ", " + slot.locality(), slot.coordinates());
                events.add(new FixedEvent(coach.coachId(), at, STUDY_VISIT_MINUTES, place, "Studiebesök " + placement.reference()));
            }
        }
        return events;
    }

    private SiteState read(String site) {
        List<Participant> unplaced = new ArrayList<>(participants.listAll(site, Phase.MAPPING));
        unplaced.addAll(participants.listAll(site, Phase.READY));
        List<String> placedIds = participants.listAll(site, Phase.PLACED).stream().map(Participant::id).toList();
        List<Placement> underWay = placements.findAll(placedIds.stream().map(PlacementService::idFor).toList()).values().stream()
                .filter(placement -> placement.path().stage() == Stage.TRIAL || placement.path().stage() == Stage.WORK_TRAINING)
                .sorted(Comparator.comparing(Placement::id)).toList();
        List<String> everyone = new ArrayList<>(unplaced.stream().map(Participant::id).toList());
        everyone.addAll(placedIds);
        Map<String, TrainingSlot> slotOf = slotsOf(underWay);
        Map<String, Employer> employerOf = employers.findAll(underWay.stream().map(Placement::employerId).collect(Collectors.toSet()));
        return new SiteState(unplaced, underWay, coaches.findAll(everyone), slotOf, employerOf);
    }

    private Map<String, TrainingSlot> slotsOf(java.util.Collection<Placement> placed) {
        Set<String> ids = placed.stream().map(Placement::slotId).collect(Collectors.toSet());
        return slots.findAll(ids).values().stream().map(Versioned::value)
                .collect(Collectors.toMap(stored -> stored.slot().id(), stored -> stored.slot()));
    }

    /** One meeting a week, Monday to Friday, best on the Wednesday, for the weeks that meet the period. */
    private List<Visit> mappingMeetings(Participant participant, String coach, Place office, LocalDate from, LocalDate until) {
        List<Visit> meetings = new ArrayList<>();
        WeeklySchedule presence = participant.availability() == null || participant.availability().windows().isEmpty() ? null
                : participant.availability();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(until);
                monday = monday.plusWeeks(1)) {
            DueWindow window = new DueWindow(monday, monday.plusDays(2), monday.plusDays(4));
            meetings.add(Visit.due("mapping-" + participant.id() + "-" + monday, VisitKind.MAPPING_MEETING, participant.id(), null,
                    participant.site(), coach, office, window, presence));
        }
        return meetings;
    }

    /** In the trial's last week, best two days before it ends, before the extension is decided. */
    private Optional<Visit> trialFollowUp(Placement placement, String coach, Place workplace, String site) {
        if (placement.path().stage() != Stage.TRIAL) {
            return Optional.empty();
        }
        return placement.path().trial().map(trial -> {
            LocalDate end = trial.span().end();
            LocalDate earliest = max(trial.span().start(), end.minusDays(rhythm.trialWeekDays() - 1L));
            DueWindow window = new DueWindow(earliest, max(earliest, end.minusDays(2)), end);
            return Visit.due("trial-" + placement.id() + "-" + trial.span().start(), VisitKind.TRIAL_FOLLOW_UP,
                    placement.participantId(), placement.id(), site, coach, workplace, window, presenceOn(placement.path(), end));
        });
    }

    /**
     * Monthly in work training: the first a month after the trial ended (or after the last follow-up
     * done there), each next a month after the one before, for those due by the period's end.
     */
    private List<Visit> workplaceFollowUps(Placement placement, String coach, Place workplace, String site, LocalDate from,
            LocalDate until, LocalDate today, List<Visit> done) {
        if (placement.path().stage() != Stage.WORK_TRAINING || placement.path().trial().isEmpty()) {
            return List.of();
        }
        LocalDate since = done.stream().filter(visit -> placement.id().equals(visit.placementId()) && visit.done())
                .map(visit -> visit.completion().on()).max(Comparator.naturalOrder())
                .orElse(placement.path().trial().get().span().end());
        List<Visit> followUps = new ArrayList<>();
        LocalDate due = since.plus(rhythm.workplaceInterval());
        // Months missed (no follow-up recorded since) make one follow-up to catch up on, not one a month:
        // the latest of them, due now, which may still take place in the week from today.
        while (due.plusDays(rhythm.slackDays()).isBefore(today) && !due.plus(rhythm.workplaceInterval()).isAfter(today)) {
            due = due.plus(rhythm.workplaceInterval());
        }
        // The one after a catch-up falls due a month after it, not days later.
        for (; !due.minusDays(rhythm.slackDays()).isAfter(until);
                due = due.plusDays(rhythm.slackDays()).isBefore(today) ? today.plus(rhythm.workplaceInterval())
                        : due.plus(rhythm.workplaceInterval())) {
            LocalDate latest = max(due.plusDays(rhythm.slackDays()), today.plusDays(rhythm.slackDays()));
            DueWindow window = new DueWindow(due.minusDays(rhythm.slackDays()), due, latest);
            Visit visit = Visit.due("workplace-" + placement.id() + "-" + due, VisitKind.WORKPLACE_FOLLOW_UP,
                    placement.participantId(), placement.id(), site, coach, workplace, window, presenceOn(placement.path(), due));
            if (overlaps(visit, from, until)) {
                followUps.add(visit);
            }
        }
        return followUps;
    }

    /** When the participant is at the workplace on {@code day}: the days and times agreed for the period then in force. */
    private static WeeklySchedule presenceOn(PlacementPath path, LocalDate day) {
        List<TrainingPeriod> periods = new ArrayList<>();
        path.trial().ifPresent(periods::add);
        path.extensions().forEach(extended -> periods.add(extended.extension()));
        return periods.stream().filter(period -> !day.isBefore(period.span().start()) && !day.isAfter(period.span().end()))
                .findFirst().or(path::currentPeriod).map(period -> period.terms().schedule()).orElse(null);
    }

    private static boolean overlaps(Visit visit, LocalDate from, LocalDate until) {
        return !visit.window().latest().isBefore(from) && !visit.window().earliest().isAfter(until);
    }

    private static Place workplace(SiteState state, Placement placement) {
        TrainingSlot slot = state.slotOf().get(placement.slotId());
        Employer employer = state.employerOf().get(placement.employerId());
        String name = employer == null ? (slot == null ? "Arbetsplatsen" : slot.title()) : employer.name();
        return slot == null ? new Place(name, null) : new Place(name + ", " + slot.locality(), slot.coordinates());
    }

    private static String coachOf(SiteState state, String participantId) {
        CoachAssignment assignment = state.coachOf().get(participantId);
        return assignment == null ? null : assignment.coachId();
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
