package se.tuna.placement.participants.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.MutableClock;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.coach.CoachAssignment.EarlierCoach;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;

@RealElasticsearch
@SpringJUnitConfig(CoachingIntegrationTest.Wiring.class)
class CoachingIntegrationTest {

    private static final String ESKILSTUNA = "eskilstuna";

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(CoachingIntegrationTest.class));
        }
    }

    private static final String COORDINATOR = "coordinator-account";

    @Autowired
    Coaching coaching;
    @Autowired
    CoachRepository repository;
    @Autowired
    ParticipantService participants;

    // --- Assigning coaches ---

    @Test
    void aFirstCoachIsAssignedFromTheGivenDay() {
        String participant = participant();
        String coach = coach();
        LocalDate since = today().minusDays(10);

        CoachAssignment assignment = coaching.assign(participant, coach, since, COORDINATOR);

        assertThat(assignment.coachId()).isEqualTo(coach);
        assertThat(assignment.since()).isEqualTo(since);
        assertThat(assignment.assignedBy()).isEqualTo(COORDINATOR);
        assertThat(assignment.earlier()).isEmpty();
        assertThat(coaching.assignmentOf(participant)).contains(assignment);
    }

    @Test
    void aCoachAssignedWithoutADayStartsToday() {
        String participant = participant();

        assertThat(coaching.assign(participant, coach(), null, COORDINATOR).since()).isEqualTo(today());
    }

    @Test
    void aCoachCannotBeAssignedFromADayToCome() {
        String participant = participant();
        String current = coach();
        coaching.assign(participant, current, today(), COORDINATOR);

        assertThatThrownBy(() -> coaching.assign(participant, coach(), today().plusDays(7), COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("since"));
        assertThat(coaching.looksAfter(current, participant, today())).isTrue();
    }

    @Test
    void aNewCoachTakesOverAndTheEarlierOneIsKeptUntilTheDayBefore() {
        String participant = participant();
        String first = coach();
        String second = coach();
        LocalDate firstDay = today().minusDays(30);
        LocalDate takeOver = today().minusDays(5);
        coaching.assign(participant, first, firstDay, COORDINATOR);

        CoachAssignment assignment = coaching.assign(participant, second, takeOver, "another-coordinator");

        assertThat(assignment.coachId()).isEqualTo(second);
        assertThat(assignment.since()).isEqualTo(takeOver);
        assertThat(assignment.assignedBy()).isEqualTo("another-coordinator");
        assertThat(assignment.earlier()).containsExactly(new EarlierCoach(first, firstDay, takeOver.minusDays(1)));
        assertThat(coaching.assignmentOf(participant)).contains(assignment);
    }

    @Test
    void theHistoryKeepsEveryEarlierCoachOldestFirst() {
        String participant = participant();
        String first = coach();
        String second = coach();
        String third = coach();
        coaching.assign(participant, first, today().minusDays(60), COORDINATOR);
        coaching.assign(participant, second, today().minusDays(20), COORDINATOR);

        CoachAssignment assignment = coaching.assign(participant, third, today(), COORDINATOR);

        assertThat(assignment.earlier()).containsExactly(
                new EarlierCoach(first, today().minusDays(60), today().minusDays(21)),
                new EarlierCoach(second, today().minusDays(20), today().minusDays(1)));
    }

    @Test
    void aCoachReplacedOnTheirFirstDayLeavesNoHistory() {
        String participant = participant();
        String mistaken = coach();
        String intended = coach();
        coaching.assign(participant, mistaken, today(), COORDINATOR);

        CoachAssignment assignment = coaching.assign(participant, intended, today(), COORDINATOR);

        assertThat(assignment.coachId()).isEqualTo(intended);
        assertThat(assignment.earlier()).isEmpty();
    }

    @Test
    void assigningTheSameCoachAgainChangesNothing() {
        String participant = participant();
        String coach = coach();
        CoachAssignment first = coaching.assign(participant, coach, today().minusDays(10), COORDINATOR);

        CoachAssignment again = coaching.assign(participant, coach, today(), "another-coordinator");

        assertThat(again).isEqualTo(first);
        assertThat(coaching.assignmentOf(participant)).contains(first);
    }

    @Test
    void aNewCoachCannotStartBeforeTheCurrentCoachsFirstDay() {
        String participant = participant();
        CoachAssignment current = coaching.assign(participant, coach(), today().minusDays(10), COORDINATOR);
        String next = coach();

        assertThatThrownBy(() -> coaching.assign(participant, next, today().minusDays(11), COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("since"));
        assertThat(coaching.assignmentOf(participant)).contains(current);
    }

    @Test
    void onlyACoachCanBeAssigned() {
        String participant = participant();

        assertThatThrownBy(() -> coaching.assign(participant, "not-a-coach-" + UUID.randomUUID(), null, COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("coachId"));
        assertThat(coaching.assignmentOf(participant)).isEmpty();
    }

    @Test
    void anUnknownParticipantGetsNoCoach() {
        String unknown = ParticipantFixtures.freshId();

        assertThatThrownBy(() -> coaching.assign(unknown, coach(), null, COORDINATOR)).isInstanceOf(NotFoundException.class);
        assertThat(coaching.assignmentOf(unknown)).isEmpty();
    }

    // --- Who looks after whom ---

    @Test
    void aCoachLooksAfterTheParticipantsAssignedToThem() {
        String participant = participant();
        String coach = coach();
        coaching.assign(participant, coach, null, COORDINATOR);

        assertThat(coaching.looksAfter(coach, participant, today())).isTrue();
    }

    @Test
    void aCoachDoesNotLookAfterAnotherCoachsParticipant() {
        String participant = participant();
        coaching.assign(participant, coach(), null, COORDINATOR);

        assertThat(coaching.looksAfter(coach(), participant, today())).isFalse();
    }

    @Test
    void nobodyLooksAfterAParticipantWithoutACoach() {
        assertThat(coaching.looksAfter(coach(), participant(), today())).isFalse();
    }

    @Test
    void anEarlierCoachNoLongerLooksAfterTheParticipant() {
        String participant = participant();
        String earlier = coach();
        coaching.assign(participant, earlier, today().minusDays(10), COORDINATOR);
        coaching.assign(participant, coach(), today(), COORDINATOR);

        assertThat(coaching.looksAfter(earlier, participant, today())).isFalse();
    }

    @Test
    void aStandInLooksAfterTheAbsentCoachsParticipantsOnTheArrangedDaysOnly() {
        String participant = participant();
        String absent = coach();
        String standIn = coach();
        coaching.assign(participant, absent, null, COORDINATOR);
        LocalDate from = today().plusDays(2);
        LocalDate until = today().plusDays(4);
        coaching.arrangeStandIn(absent, standIn, ESKILSTUNA, from, until, COORDINATOR);

        assertThat(coaching.looksAfter(standIn, participant, from.minusDays(1))).isFalse();
        assertThat(coaching.looksAfter(standIn, participant, from)).isTrue();
        assertThat(coaching.looksAfter(standIn, participant, until)).isTrue();
        assertThat(coaching.looksAfter(standIn, participant, until.plusDays(1))).isFalse();
    }

    @Test
    void theAbsentCoachKeepsLookingAfterTheirParticipants() {
        String participant = participant();
        String absent = coach();
        coaching.assign(participant, absent, null, COORDINATOR);
        coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, today(), today().plusDays(3), COORDINATOR);

        assertThat(coaching.looksAfter(absent, participant, today())).isTrue();
    }

    @Test
    void aStandInDoesNotReachParticipantsOfCoachesTheyDoNotStandInFor() {
        String othersParticipant = participant();
        coaching.assign(othersParticipant, coach(), null, COORDINATOR);
        String standIn = coach();
        coaching.arrangeStandIn(coach(), standIn, ESKILSTUNA, today(), today().plusDays(3), COORDINATOR);

        assertThat(coaching.looksAfter(standIn, othersParticipant, today())).isFalse();
    }

    @Test
    void standingInForAParticipantsEarlierCoachDoesNotReachThem() {
        String participant = participant();
        String earlier = coach();
        coaching.assign(participant, earlier, today().minusDays(10), COORDINATOR);
        coaching.assign(participant, coach(), today(), COORDINATOR);
        String standIn = coach();
        coaching.arrangeStandIn(earlier, standIn, ESKILSTUNA, today(), today().plusDays(3), COORDINATOR);

        assertThat(coaching.looksAfter(standIn, participant, today())).isFalse();
    }

    @Test
    void theAbsentCoachDoesNotLookAfterTheStandInsParticipants() {
        String standInsOwn = participant();
        String absent = coach();
        String standIn = coach();
        coaching.assign(standInsOwn, standIn, null, COORDINATOR);
        coaching.arrangeStandIn(absent, standIn, ESKILSTUNA, today(), today().plusDays(3), COORDINATOR);

        assertThat(coaching.looksAfter(absent, standInsOwn, today())).isFalse();
    }

    @Test
    void aCoachsListHoldsTheirOwnAndOnStandInDaysTheAbsentCoachsParticipants() {
        String absent = coach();
        String standIn = coach();
        String absentsFirst = participant();
        String absentsSecond = participant();
        String standInsOwn = participant();
        coaching.assign(absentsFirst, absent, null, COORDINATOR);
        coaching.assign(absentsSecond, absent, null, COORDINATOR);
        coaching.assign(standInsOwn, standIn, null, COORDINATOR);
        LocalDate from = today().plusDays(1);
        LocalDate until = today().plusDays(2);
        coaching.arrangeStandIn(absent, standIn, ESKILSTUNA, from, until, COORDINATOR);

        assertThat(coaching.participantsLookedAfterBy(standIn, today())).containsExactly(standInsOwn);
        assertThat(coaching.participantsLookedAfterBy(standIn, from))
                .containsExactlyInAnyOrder(standInsOwn, absentsFirst, absentsSecond);
        assertThat(coaching.participantsLookedAfterBy(standIn, until.plusDays(1))).containsExactly(standInsOwn);
        assertThat(coaching.participantsLookedAfterBy(absent, from)).containsExactlyInAnyOrder(absentsFirst, absentsSecond);
    }

    @Test
    void aReassignedParticipantLeavesTheEarlierCoachsList() {
        String participant = participant();
        String earlier = coach();
        String later = coach();
        coaching.assign(participant, earlier, today().minusDays(10), COORDINATOR);
        coaching.assign(participant, later, today(), COORDINATOR);

        assertThat(coaching.participantsLookedAfterBy(earlier, today())).isEmpty();
        assertThat(coaching.participantsLookedAfterBy(later, today())).containsExactly(participant);
    }

    @Test
    void aCoachWithoutParticipantsLooksAfterNone() {
        assertThat(coaching.participantsLookedAfterBy(coach(), today())).isEmpty();
    }

    // --- Arranging stand-ins ---

    @Test
    void anArrangedStandInIsStored() {
        String absent = coach();
        String standIn = coach();

        StandIn arranged = coaching.arrangeStandIn(absent, standIn, ESKILSTUNA, today(), today().plusDays(7), COORDINATOR);

        assertThat(arranged.absentCoachId()).isEqualTo(absent);
        assertThat(arranged.standInCoachId()).isEqualTo(standIn);
        assertThat(arranged.from()).isEqualTo(today());
        assertThat(arranged.until()).isEqualTo(today().plusDays(7));
        assertThat(arranged.madeBy()).isEqualTo(COORDINATOR);
        assertThat(repository.findStandIn(arranged.id())).contains(arranged);
    }

    @Test
    void aStandInNeedsBothDays() {
        String absent = coach();

        assertThatThrownBy(() -> coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, null, null, COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("from", "until"));
        assertThat(coaching.currentStandIns(absent)).isEmpty();
    }

    @Test
    void aStandInCannotEndBeforeItStarts() {
        String absent = coach();

        assertThatThrownBy(() -> coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, today().plusDays(3), today().plusDays(2), COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("until"));
        assertThat(coaching.currentStandIns(absent)).isEmpty();
    }

    @Test
    void aStandInOfOneDayIsAllowed() {
        String absent = coach();

        StandIn oneDay = coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, today(), today(), COORDINATOR);

        assertThat(coaching.currentStandIns(absent)).containsExactly(oneDay);
    }

    @Test
    void aStandInMayCoverTheLongestNumberOfDays() {
        String absent = coach();
        LocalDate from = today();
        // The last day counts: from the first day to this one are LONGEST_STAND_IN_DAYS days.
        LocalDate lastDay = from.plusDays(Coaching.LONGEST_STAND_IN_DAYS - 1);

        StandIn longest = coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, from, lastDay, COORDINATOR);

        assertThat(coaching.currentStandIns(absent)).containsExactly(longest);
    }

    @Test
    void aStandInOfOneDayMoreThanTheLongestIsRefused() {
        String absent = coach();
        LocalDate from = today();

        assertThatThrownBy(() -> coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, from, from.plusDays(Coaching.LONGEST_STAND_IN_DAYS),
                COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("until"));
        assertThat(coaching.currentStandIns(absent)).isEmpty();
    }

    @Test
    void aStandInThatHasEndedCannotBeArranged() {
        String absent = coach();

        assertThatThrownBy(() -> coaching.arrangeStandIn(absent, coach(), ESKILSTUNA, today().minusDays(5), today().minusDays(1),
                COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("until"));
        assertThat(coaching.currentStandIns(absent)).isEmpty();
    }

    @Test
    void aCoachCannotStandInForThemselves() {
        String coach = coach();

        assertThatThrownBy(() -> coaching.arrangeStandIn(coach, coach, ESKILSTUNA, today(), today().plusDays(1), COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactly("standInCoachId"));
        assertThat(coaching.currentStandIns(coach)).isEmpty();
    }

    @Test
    void theAbsentOneMustBeACoach() {
        String standIn = coach();

        assertThatThrownBy(() -> coaching.arrangeStandIn("not-a-coach-" + UUID.randomUUID(), standIn, ESKILSTUNA, today(),
                today().plusDays(1), COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("absentCoachId"));
        assertThat(coaching.currentStandIns(standIn)).isEmpty();
    }

    @Test
    void theStandInMustBeACoach() {
        String absent = coach();

        assertThatThrownBy(() -> coaching.arrangeStandIn(absent, "not-a-coach-" + UUID.randomUUID(), ESKILSTUNA, today(),
                today().plusDays(1), COORDINATOR))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactly("standInCoachId"));
        assertThat(coaching.currentStandIns(absent)).isEmpty();
    }

    // --- Cancelling and listing stand-ins ---

    @Test
    void aCancelledStandInNoLongerReachesTheParticipants() {
        String participant = participant();
        String absent = coach();
        String standIn = coach();
        coaching.assign(participant, absent, null, COORDINATOR);
        StandIn arranged = coaching.arrangeStandIn(absent, standIn, ESKILSTUNA, today(), today().plusDays(3), COORDINATOR);

        coaching.cancelStandIn(arranged.id());

        assertThat(coaching.looksAfter(standIn, participant, today())).isFalse();
        assertThat(coaching.currentStandIns(absent)).isEmpty();
    }

    @Test
    void cancellingAnUnknownStandInIsNotFound() {
        assertThatThrownBy(() -> coaching.cancelStandIn(UUID.randomUUID().toString())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCoachsCurrentStandInsAreThoseTheyAreAwayForOrStandInIn() {
        String coach = coach();
        StandIn away = coaching.arrangeStandIn(coach, coach(), ESKILSTUNA, today().plusDays(5), today().plusDays(6), COORDINATOR);
        StandIn standingIn = coaching.arrangeStandIn(coach(), coach, ESKILSTUNA, today(), today().plusDays(2), COORDINATOR);
        StandIn others = coaching.arrangeStandIn(coach(), coach(), ESKILSTUNA, today(), today().plusDays(2), COORDINATOR);

        assertThat(coaching.currentStandIns(coach)).containsExactly(standingIn, away);
        assertThat(coaching.currentStandIns(null)).contains(standingIn, away, others);
    }

    @Test
    void aStandInThatHasEndedIsNoLongerCurrent() {
        MutableClock clock = MutableClock.now();
        Coaching coachingAt = new Coaching(repository, participants, (coach, site) -> ParticipantsTestWiring.COACHES.contains(coach), clock);
        String absent = coach();
        StandIn arranged = coachingAt.arrangeStandIn(absent, coach(), ESKILSTUNA, today(clock), today(clock).plusDays(1),
                COORDINATOR);
        clock.advance(Duration.ofDays(1));
        assertThat(coachingAt.currentStandIns(absent)).containsExactly(arranged);

        clock.advance(Duration.ofDays(1));

        assertThat(coachingAt.currentStandIns(absent)).isEmpty();
        assertThat(coachingAt.currentStandIns(null)).doesNotContain(arranged);
    }

    // --- Fixtures ---

    private String participant() {
        return participants.register(ParticipantFixtures.participant()).id();
    }

    /** A new account that the coach directory knows as a coach. */
    private static String coach() {
        String id = "coach-" + UUID.randomUUID();
        ParticipantsTestWiring.COACHES.add(id);
        return id;
    }

    private static LocalDate today() {
        return LocalDate.now(ParticipantRules.PROGRAMME_ZONE);
    }

    private static LocalDate today(MutableClock clock) {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
