package se.tuna.placement.participants.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.participants.participant.ParticipantFixtures.draft;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.reference.ReferenceData;

class ParticipantRulesTest {

    /** 2026-11-25 in Sweden. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();
    private static final ParticipantRules RULES = new ParticipantRules(REFERENCE.occupations(), REFERENCE.sites(), CLOCK);
    private static final String EMPLOYER = "3f1c0f7e-0000-3000-8000-000000000001";

    @Test
    void theFixtureBreaksNoRule() {
        assertThat(check(draft())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19800101-1234", "800101-1234", "198001011234", "8001011234", "800101+1234", "D-8001011234",
            "19800161-1234"})
    void aPersonalIdentityNumberIsNeverAcceptedAsAnId(String id) {
        List<FieldViolation> violations = check(draft().id(id));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("id");
            assertThat(violation.reason()).contains("personal identity number").doesNotContain(id).doesNotContain("1234");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"d-4f7k2", "Anna Svensson", "D-4F7", "4F7K2", "D-4F7K2-X", "DD-4F7K2"})
    void anIdMustBeAPseudonym(String id) {
        assertThat(fields(check(draft().id(id)))).containsExactly("id");
    }

    @Test
    void aPseudonymWithDigitsThatAreNoDateIsAccepted() {
        assertThat(check(draft().id("D-9999999999"))).isEmpty();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("an unknown site", draft().site("atlantis"), "site"),
                Arguments.of("someone aged 15", draft().birthYear(2011), "birthYear"),
                Arguments.of("someone aged 17, under the programme's 18", draft().birthYear(2009), "birthYear"),
                Arguments.of("someone aged 64, over the programme's 63", draft().birthYear(1962), "birthYear"),
                Arguments.of("someone aged 68", draft().birthYear(1958), "birthYear"),
                Arguments.of("no birth year", draft().birthYear(null), "birthYear"),
                Arguments.of("a home in Oslo", draft().home("Oslo", new Coordinates(59.91, 10.75)), "home"),
                Arguments.of("no travel mode", draft().travel(null, 30), "travelMode"),
                Arguments.of("a four-minute trip", draft().travel(TravelMode.WALK, 4), "maxTravelMinutes"),
                Arguments.of("a three-hour trip", draft().travel(TravelMode.CAR, 181), "maxTravelMinutes"),
                Arguments.of("min hours above max", draft().hours(12, 8), "hours.min"),
                Arguments.of("no hours at all", draft().hours(0, 8), "hours.min"),
                Arguments.of("more than full time", draft().hours(4, 41), "hours.max"),
                Arguments.of("a start ceiling of 41 hours", draft().startCeilingHours(41), "startCeilingHours"),
                Arguments.of("a start ceiling below the fewest hours", draft().hours(8, 20).startCeilingHours(6),
                        "startCeilingHours"),
                Arguments.of("the default start ceiling below the fewest hours", draft().hours(12, 20)
                        .availability(ParticipantFixtures.mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY)), "startCeilingHours"),
                Arguments.of("no availability", draft().availability(new WeeklySchedule(List.of())), "availability"),
                Arguments.of("a window ending before it starts", draft().availability(WeeklySchedule.of(
                        new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(8, 0)))), "availability[0].end"),
                Arguments.of("availability short of the fewest hours", draft().maxHoursPerDay(1.0), "availability"),
                Arguments.of("eleven hours a day", draft().maxHoursPerDay(11.0), "maxHoursPerDay"),
                Arguments.of("NaN hours a day", draft().maxHoursPerDay(Double.NaN), "maxHoursPerDay"),
                Arguments.of("an unknown goal occupation", draft().goalOccupations("9998"), "goalOccupations"),
                Arguments.of("a three-digit occupation group", draft().goalOccupations("432"), "goalOccupations"),
                Arguments.of("a lift of 60 kg", draft().limitations(FunctionalLimitation.LIFTING_LIMIT).maxLiftKg(60), "maxLiftKg"),
                Arguments.of("an unregistered avoided employer", draft().avoiding("no-such-employer", "Känner chefen"),
                        "avoidedEmployers[0].employerId"),
                Arguments.of("an avoided employer without a reason", draft().avoiding(EMPLOYER, " "), "avoidedEmployers[0].reason"),
                Arguments.of("a diagnosis as the reason to avoid an employer", draft().avoiding(EMPLOYER, "Fick en psykos där"),
                        "avoidedEmployers[0].reason"),
                Arguments.of("an avoided employer listed twice", draft().avoiding(EMPLOYER, "A").avoiding(EMPLOYER, "B"),
                        "avoidedEmployers[1].employerId"),
                Arguments.of("no phase", draft().phase(null, null), "phase"),
                Arguments.of("a ready participant without readySince", draft().phase(Phase.READY, null), "readySince"),
                Arguments.of("readySince tomorrow", draft().phase(Phase.READY, LocalDate.of(2026, 11, 26)), "readySince"),
                Arguments.of("readySince last century", draft().phase(Phase.READY, LocalDate.of(1999, 12, 31)), "readySince"),
                Arguments.of("readySince while mapping", draft().phase(Phase.MAPPING, LocalDate.of(2026, 11, 1)), "readySince"),
                Arguments.of("a diagnosis in the interests", draft().interests("Har ADHD men gillar ordning."), "interests"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("brokenRules")
    void aBrokenRuleNamesItsField(String what, ParticipantFixtures participant, String field) {
        assertThat(fields(check(participant))).containsExactly(field);
    }

    @Test
    void aLiftingLimitNeedsItsKilograms() {
        assertThat(fields(check(draft().limitations(FunctionalLimitation.LIFTING_LIMIT)))).containsExactly("maxLiftKg");
        assertThat(check(draft().limitations(FunctionalLimitation.LIFTING_LIMIT).maxLiftKg(10))).isEmpty();
    }

    @Test
    void kilogramsWithoutALiftingLimitAreRefused() {
        assertThat(fields(check(draft().limitations().maxLiftKg(10)))).containsExactly("maxLiftKg");
    }

    @Test
    void notBeforeNeedsItsEarliestStart() {
        ParticipantFixtures lateStarter = draft().limitations(FunctionalLimitation.NOT_BEFORE)
                .availability(WeeklySchedule.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(15, 0))));

        assertThat(fields(check(lateStarter))).containsExactly("earliestStart");
        assertThat(check(lateStarter.earliestStart(LocalTime.of(10, 0)))).isEmpty();
    }

    @Test
    void anEarliestStartWithoutNotBeforeIsRefused() {
        assertThat(fields(check(draft().earliestStart(LocalTime.of(6, 0))))).containsExactly("earliestStart");
    }

    @Test
    void availabilityBeforeTheEarliestStartContradictsIt() {
        ParticipantFixtures participant = draft().limitations(FunctionalLimitation.NOT_BEFORE).earliestStart(LocalTime.of(10, 0));

        assertThat(fields(check(participant))).contains("availability[0].start");
    }

    @Test
    void aRegisteredAvoidedEmployerWithAReasonIsAccepted() {
        assertThat(RULES.check(draft().avoiding(EMPLOYER, "Tidigare anställning avslutades").build(), Set.of(EMPLOYER)))
                .isEmpty();
    }

    @Test
    void aPersonalIdentityNumberInFreeTextIsRefused() {
        assertThat(fields(check(draft().interests("Se journal 19800101-1234")))).containsExactly("interests");
    }

    @Test
    void everyReasonTellsWhatToDo() {
        List<FieldViolation> violations = check(draft().id(null).site(null).birthYear(null).travel(null, null).hours(0, 0)
                .maxHoursPerDay(null).phase(null, null));

        assertThat(violations).isNotEmpty().allSatisfy(violation -> assertThat(violation.reason()).isNotBlank());
    }

    @Test
    void theAgesTheProgrammeServesAre18To63() {
        // 2026: born 2008 turns 18, born 1963 turns 63.
        assertThat(check(draft().birthYear(2008))).isEmpty();
        assertThat(check(draft().birthYear(1963))).isEmpty();
        assertThat(check(draft().birthYear(2009))).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("birthYear");
            assertThat(violation.reason()).isEqualTo("must be between 1963 and 2008 (ages 18–63)");
        });
        assertThat(fields(check(draft().birthYear(1962)))).containsExactly("birthYear");
    }

    @Test
    void aParticipantAdmittedAt63CanStillBeChangedAt64() {
        assertThat(RULES.check(draft().birthYear(1962).build(), Set.of(EMPLOYER), 1962)).isEmpty();
        assertThat(fields(RULES.check(draft().birthYear(1961).build(), Set.of(EMPLOYER), 1962))).containsExactly("birthYear");
    }

    private static List<FieldViolation> check(ParticipantFixtures participant) {
        return RULES.check(participant.build(), Set.of(EMPLOYER));
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }
}
