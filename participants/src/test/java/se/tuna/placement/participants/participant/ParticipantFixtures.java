package se.tuna.placement.participants.participant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * A valid participant for tests, changed field by field: {@code draft().hours(12, 8).build()}.
 * Valid against a clock in 2026; readySince is 2026-10-01. Public, and in the test-jar, for the
 * tests of the coach package and of the access module.
 */
public final class ParticipantFixtures {

    static final Coordinates ESKILSTUNA = new Coordinates(59.37, 16.51);
    static final LocalDate READY_SINCE = LocalDate.of(2026, 10, 1);

    String id = "D-4F7K2";
    String site = "eskilstuna";
    Integer birthYear = 1990;
    Gender gender = Gender.FEMALE;
    String homeLocality = "Eskilstuna";
    Coordinates home = ESKILSTUNA;
    TravelMode travelMode = TravelMode.PUBLIC_TRANSPORT;
    Integer maxTravelMinutes = 45;
    HourRange hours = new HourRange(4, 12);
    Integer startCeilingHours;
    WeeklySchedule availability = mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    Double maxHoursPerDay = 4.0;
    Set<String> experienceOccupations = Set.of("9412");
    Set<String> goalOccupations = Set.of("4322");
    String skills = "Van vid att packa och plocka varor.";
    String interests = "Gillar att arbeta med händerna och att sortera saker.";
    String strengths = "Noggrann och pålitlig.";
    Set<FunctionalLimitation> limitations = EnumSet.of(FunctionalLimitation.NEEDS_QUIET_PLACE);
    Integer maxLiftKg;
    LocalTime earliestStart;
    List<AvoidedEmployer> avoidedEmployers = new ArrayList<>();
    Phase phase = Phase.READY;
    LocalDate readySince = READY_SINCE;

    private ParticipantFixtures() {
    }

    public static ParticipantFixtures draft() {
        return new ParticipantFixtures();
    }

    /** A valid participant with a fresh pseudonymous id, so tests sharing an index never collide. */
    public static Participant participant() {
        return draft().id(freshId()).build();
    }

    public static String freshId() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder id = new StringBuilder("T-");
        for (int i = 0; i < 8; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }

    static WeeklySchedule mornings(DayOfWeek... days) {
        return new WeeklySchedule(Arrays.stream(days).map(day -> new TimeWindow(day, LocalTime.of(8, 0), LocalTime.of(12, 0)))
                .toList());
    }

    public ParticipantFixtures id(String value) {
        id = value;
        return this;
    }

    public ParticipantFixtures site(String value) {
        site = value;
        return this;
    }

    ParticipantFixtures birthYear(Integer value) {
        birthYear = value;
        return this;
    }

    ParticipantFixtures home(String locality, Coordinates point) {
        homeLocality = locality;
        home = point;
        return this;
    }

    ParticipantFixtures travel(TravelMode mode, Integer minutes) {
        travelMode = mode;
        maxTravelMinutes = minutes;
        return this;
    }

    ParticipantFixtures hours(int min, int max) {
        hours = new HourRange(min, max);
        return this;
    }

    ParticipantFixtures startCeilingHours(Integer value) {
        startCeilingHours = value;
        return this;
    }

    ParticipantFixtures availability(WeeklySchedule value) {
        availability = value;
        return this;
    }

    ParticipantFixtures maxHoursPerDay(Double value) {
        maxHoursPerDay = value;
        return this;
    }

    ParticipantFixtures goalOccupations(String... codes) {
        goalOccupations = Set.of(codes);
        return this;
    }

    ParticipantFixtures interests(String value) {
        interests = value;
        return this;
    }

    ParticipantFixtures limitations(FunctionalLimitation... values) {
        limitations = values.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(values));
        return this;
    }

    ParticipantFixtures maxLiftKg(Integer value) {
        maxLiftKg = value;
        return this;
    }

    ParticipantFixtures earliestStart(LocalTime value) {
        earliestStart = value;
        return this;
    }

    ParticipantFixtures avoiding(String employerId, String reason) {
        avoidedEmployers.add(new AvoidedEmployer(employerId, reason));
        return this;
    }

    ParticipantFixtures phase(Phase value, LocalDate since) {
        phase = value;
        readySince = since;
        return this;
    }

    public Participant build() {
        return new Participant(id, site, birthYear, gender, homeLocality, home, travelMode, maxTravelMinutes, hours,
                startCeilingHours, availability, maxHoursPerDay, experienceOccupations, goalOccupations, skills, interests,
                strengths, limitations, maxLiftKg, earliestStart, avoidedEmployers, phase, readySince);
    }
}
