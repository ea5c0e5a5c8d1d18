package se.tuna.placement.matcher.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.matcher.fit.PairAssessor;
import se.tuna.placement.matcher.fit.SwedishWords;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.participants.travel.StraightLineTravelTimes;

/**
 * Small participants and slots for the planning tests, built with the real assessor, so a test
 * of a rule also exercises how the pair is judged. Change what a test is about with the withers.
 */
public final class PlanningFixtures {

    public static final Coordinates ESKILSTUNA_CENTRE = new Coordinates(59.3712, 16.5098);
    public static final Coordinates NEAR_CENTRE = new Coordinates(59.3740, 16.5150);
    public static final Coordinates STRANGNAS = new Coordinates(59.3775, 17.0310);

    public static final PairAssessor ASSESSOR = new PairAssessor(
            new StraightLineTravelTimes(List.of(
                    new StraightLineTravelTimes.Station("Eskilstuna C", new Coordinates(59.369388, 16.505456)),
                    new StraightLineTravelTimes.Station("Strängnäs", new Coordinates(59.370300, 17.028207)))),
            ReferenceData.loadFromClasspath().relatedOccupations(),
            new SwedishWords(ReferenceData.loadFromClasspath()));

    private PlanningFixtures() {
    }

    /** A ready participant in Eskilstuna who bikes up to 30 minutes, 4–10 h a week on weekday mornings. */
    public static Participant participant(String id) {
        return new Participant(id, "eskilstuna", 1990, Gender.UNSTATED, "Eskilstuna", ESKILSTUNA_CENTRE, TravelMode.BIKE, 30,
                new HourRange(4, 10), null, mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 4.0, Set.of(), Set.of("4322"), "", "", "", Set.of(), null,
                null, List.of(), Phase.READY, LocalDate.of(2026, 10, 1));
    }

    public static Participant withLimitations(Participant p, Integer maxLiftKg, FunctionalLimitation... limitations) {
        return new Participant(p.id(), p.site(), p.birthYear(), p.gender(), p.homeLocality(), p.home(), p.travelMode(),
                p.maxTravelMinutes(), p.hours(), p.startCeilingHours(), p.availability(), p.maxHoursPerDay(),
                p.experienceOccupations(), p.goalOccupations(), p.skills(), p.interests(), p.strengths(),
                Set.of(limitations), maxLiftKg, p.earliestStart(), p.avoidedEmployers(), p.phase(), p.readySince());
    }

    /** {@code p} who cannot start before {@code earliest} ({@link FunctionalLimitation#NOT_BEFORE}) and is free {@code windows}. */
    public static Participant notBefore(Participant p, LocalTime earliest, WeeklySchedule windows, double maxHoursPerDay) {
        return new Participant(p.id(), p.site(), p.birthYear(), p.gender(), p.homeLocality(), p.home(), p.travelMode(),
                p.maxTravelMinutes(), p.hours(), p.startCeilingHours(), windows, maxHoursPerDay,
                p.experienceOccupations(), p.goalOccupations(), p.skills(), p.interests(), p.strengths(),
                Set.of(FunctionalLimitation.NOT_BEFORE), p.maxLiftKg(), earliest, p.avoidedEmployers(), p.phase(),
                p.readySince());
    }

    /** Weekdays from {@code from} to {@code to}. */
    public static WeeklySchedule weekdays(LocalTime from, LocalTime to) {
        return new WeeklySchedule(Arrays.stream(new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}).map(day -> new TimeWindow(day, from, to)).toList());
    }

    public static Participant withHours(Participant p, int min, int max, Integer ceiling) {
        return new Participant(p.id(), p.site(), p.birthYear(), p.gender(), p.homeLocality(), p.home(), p.travelMode(),
                p.maxTravelMinutes(), new HourRange(min, max), ceiling, p.availability(), p.maxHoursPerDay(),
                p.experienceOccupations(), p.goalOccupations(), p.skills(), p.interests(), p.strengths(),
                p.limitations(), p.maxLiftKg(), p.earliestStart(), p.avoidedEmployers(), p.phase(), p.readySince());
    }

    public static Participant withAvailability(Participant p, WeeklySchedule availability, double maxHoursPerDay) {
        return new Participant(p.id(), p.site(), p.birthYear(), p.gender(), p.homeLocality(), p.home(), p.travelMode(),
                p.maxTravelMinutes(), p.hours(), p.startCeilingHours(), availability, maxHoursPerDay,
                p.experienceOccupations(), p.goalOccupations(), p.skills(), p.interests(), p.strengths(),
                p.limitations(), p.maxLiftKg(), p.earliestStart(), p.avoidedEmployers(), p.phase(), p.readySince());
    }

    public static Participant withInterests(Participant p, String interests) {
        return new Participant(p.id(), p.site(), p.birthYear(), p.gender(), p.homeLocality(), p.home(), p.travelMode(),
                p.maxTravelMinutes(), p.hours(), p.startCeilingHours(), p.availability(), p.maxHoursPerDay(),
                p.experienceOccupations(), p.goalOccupations(), p.skills(), interests, p.strengths(),
                p.limitations(), p.maxLiftKg(), p.earliestStart(), p.avoidedEmployers(), p.phase(), p.readySince());
    }

    public static Participant avoiding(Participant p, String employerId) {
        return new Participant(p.id(), p.site(), p.birthYear(), p.gender(), p.homeLocality(), p.home(), p.travelMode(),
                p.maxTravelMinutes(), p.hours(), p.startCeilingHours(), p.availability(), p.maxHoursPerDay(),
                p.experienceOccupations(), p.goalOccupations(), p.skills(), p.interests(), p.strengths(),
                p.limitations(), p.maxLiftKg(), p.earliestStart(),
                List.of(new se.tuna.placement.participants.participant.AvoidedEmployer(employerId, "Tidigare anställning")),
                p.phase(), p.readySince());
    }

    /** An open warehouse slot near Eskilstuna centre, 4–12 h, Monday to Wednesday 08–12, lifts up to 10 kg. */
    public static TrainingSlot slot(String id, String employerId) {
        return new TrainingSlot(id, employerId, "Lagerarbete", "Plockning och packning", "4322", "Eskilstuna", NEAR_CENTRE,
                Set.of("eskilstuna"), new HourRange(4, 12), mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                1, LocalDate.of(2026, 1, 1), null, Set.of(WorkDemand.TEAMWORK), 10,
                Set.of(SupportOffered.EXPERIENCED_SUPERVISOR), Set.of(Accessibility.NEAR_PUBLIC_TRANSPORT), "Per Holm",
                SlotStatus.OPEN, List.of());
    }

    public static TrainingSlot at(TrainingSlot s, Coordinates where) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), where,
                s.sites(), s.hours(), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(), s.demands(),
                s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    public static TrainingSlot demanding(TrainingSlot s, Integer heaviestLiftKg, WorkDemand... demands) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), s.hours(), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(), Set.of(demands),
                heaviestLiftKg, s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    public static TrainingSlot offering(TrainingSlot s, SupportOffered... support) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), s.hours(), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(), s.demands(),
                s.heaviestLiftKg(), Set.of(support), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    public static TrainingSlot withHours(TrainingSlot s, int min, int max) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), new HourRange(min, max), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(),
                s.demands(), s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    public static TrainingSlot withSchedule(TrainingSlot s, WeeklySchedule schedule) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), s.hours(), schedule, s.seats(), s.availableFrom(), s.availableUntil(), s.demands(),
                s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    public static TrainingSlot ofOccupation(TrainingSlot s, String ssyk) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), ssyk, s.locality(), s.coordinates(),
                s.sites(), s.hours(), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(), s.demands(),
                s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    public static WeeklySchedule mornings(DayOfWeek... days) {
        return new WeeklySchedule(Arrays.stream(days).map(day -> new TimeWindow(day, LocalTime.of(8, 0), LocalTime.of(12, 0)))
                .toList());
    }

    /** The planner's view of a slot with these free seats and no load or history. */
    public static SlotFact fact(TrainingSlot slot, int freeSeats) {
        return fact(slot, freeSeats, 0, 0, EmployerTrackRecord.NONE);
    }

    public static SlotFact fact(TrainingSlot slot, int freeSeats, int supervisorLoad, int employerLoad, EmployerTrackRecord record) {
        return new SlotFact(slot.id(), slot.title(), slot.employerId(), "Arbetsgivare " + slot.employerId(),
                slot.supervisor() == null ? null : slot.employerId() + "/" + slot.supervisor(), freeSeats, supervisorLoad,
                employerLoad, record);
    }

    /** A participant planned at {@code fact}, judged against {@code slot} by the real assessor. */
    public static PlannedPlacement placedAt(Participant participant, TrainingSlot slot, SlotFact fact) {
        Candidate candidate = new Candidate(fact, ASSESSOR.assess(participant, slot));
        PlannedPlacement placement = new PlannedPlacement(participant.id(), participant.phase() == Phase.READY, 30,
                List.of(candidate));
        placement.setSlot(fact);
        return placement;
    }

    /** A participant the plan leaves without a place. */
    public static PlannedPlacement unplaced(String participantId, boolean ready, int waitingDays) {
        return new PlannedPlacement(participantId, ready, waitingDays, List.of());
    }
}
