package se.tuna.placement.matcher.planning;

import static se.tuna.placement.matcher.planning.PlanningFixtures.ESKILSTUNA_CENTRE;
import static se.tuna.placement.matcher.planning.PlanningFixtures.STRANGNAS;
import static se.tuna.placement.matcher.planning.PlanningFixtures.at;
import static se.tuna.placement.matcher.planning.PlanningFixtures.avoiding;
import static se.tuna.placement.matcher.planning.PlanningFixtures.demanding;
import static se.tuna.placement.matcher.planning.PlanningFixtures.fact;
import static se.tuna.placement.matcher.planning.PlanningFixtures.mornings;
import static se.tuna.placement.matcher.planning.PlanningFixtures.notBefore;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ofOccupation;
import static se.tuna.placement.matcher.planning.PlanningFixtures.offering;
import static se.tuna.placement.matcher.planning.PlanningFixtures.participant;
import static se.tuna.placement.matcher.planning.PlanningFixtures.placedAt;
import static se.tuna.placement.matcher.planning.PlanningFixtures.slot;
import static se.tuna.placement.matcher.planning.PlanningFixtures.unplaced;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withAvailability;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withHours;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withInterests;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withLimitations;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withSchedule;
import static se.tuna.placement.matcher.planning.PlanningFixtures.weekdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;

/** One test pair per rule, named after it: a case the rule penalises or rewards, and one it leaves alone. */
class PlacementConstraintsTest {

    private final ConstraintVerifier<PlacementConstraints, PlacementPlan> verifier =
            ConstraintVerifier.build(new PlacementConstraints(), PlacementPlan.class, PlannedPlacement.class);
    private final PlacementWeights weights = new PlacementWeights();

    private final TrainingSlot warehouse = slot("slot-1", "employer-1");

    // --- hard ----------------------------------------------------------------------------------

    @Test
    void slotSeats_penalisesEveryParticipantOverTheFreeSeats() {
        SlotFact oneSeat = fact(warehouse, 1);
        verifier.verifyThat(PlacementConstraints::slotSeats)
                .given(weights, oneSeat, placedAt(participant("D-AAAA1"), warehouse, oneSeat),
                        placedAt(participant("D-AAAA2"), warehouse, oneSeat),
                        placedAt(participant("D-AAAA3"), warehouse, oneSeat))
                .penalizesBy(2);
    }

    @Test
    void slotSeats_leavesASlotWithinItsFreeSeatsAlone() {
        SlotFact twoSeats = fact(warehouse, 2);
        verifier.verifyThat(PlacementConstraints::slotSeats)
                .given(weights, twoSeats, placedAt(participant("D-AAAA1"), warehouse, twoSeats),
                        placedAt(participant("D-AAAA2"), warehouse, twoSeats))
                .penalizesBy(0);
    }

    @Test
    void limitationVersusDemand_penalisesEachDemandTheLimitationsRuleOut() {
        Participant noCustomersNoNoise = withLimitations(participant("D-AAAA1"), null,
                FunctionalLimitation.NO_CUSTOMER_CONTACT, FunctionalLimitation.NEEDS_QUIET_PLACE);
        TrainingSlot shop = demanding(warehouse, 5, WorkDemand.CUSTOMER_CONTACT, WorkDemand.NOISY_ENVIRONMENT);
        verifier.verifyThat(PlacementConstraints::limitationVersusDemand)
                .given(weights, placedAt(noCustomersNoNoise, shop, fact(shop, 1)))
                .penalizesBy(2);
    }

    @Test
    void limitationVersusDemand_penalisesALiftOverTheParticipantsLimit() {
        Participant tenKilos = withLimitations(participant("D-AAAA1"), 10, FunctionalLimitation.LIFTING_LIMIT);
        TrainingSlot heavy = demanding(warehouse, 25);
        verifier.verifyThat(PlacementConstraints::limitationVersusDemand)
                .given(weights, placedAt(tenKilos, heavy, fact(heavy, 1)))
                .penalizesBy(1);
    }

    @Test
    void limitationVersusDemand_leavesDemandsTheLimitationsAllowAlone() {
        Participant noCustomers = withLimitations(participant("D-AAAA1"), 10, FunctionalLimitation.NO_CUSTOMER_CONTACT,
                FunctionalLimitation.LIFTING_LIMIT);
        verifier.verifyThat(PlacementConstraints::limitationVersusDemand)
                .given(weights, placedAt(noCustomers, warehouse, fact(warehouse, 1)))
                .penalizesBy(0);
    }

    @Test
    void limitationVersusDemand_doesNotCountAnUnstatedLiftAsAConflict() {
        Participant tenKilos = withLimitations(participant("D-AAAA1"), 10, FunctionalLimitation.LIFTING_LIMIT);
        TrainingSlot unstated = demanding(warehouse, null);
        verifier.verifyThat(PlacementConstraints::limitationVersusDemand)
                .given(weights, placedAt(tenKilos, unstated, fact(unstated, 1)))
                .penalizesBy(0);
    }

    @Test
    void limitationVersusDemand_leavesAnEarlyStartToTheScheduleRule() {
        // A school kitchen from 06:30 is an early start, but its hours after 09:00 are open to someone who cannot
        // start before 09:00 (issue 12, point 8): the times decide, in scheduleFit, not the flag.
        Participant fromNine = notBefore(participant("D-AAAA1"), LocalTime.of(9, 0),
                weekdays(LocalTime.of(9, 0), LocalTime.of(14, 0)), 4);
        TrainingSlot schoolKitchen = withSchedule(warehouse, weekdays(LocalTime.of(6, 30), LocalTime.of(14, 0)));
        assertThat(schoolKitchen.demands()).contains(WorkDemand.EARLY_START);
        verifier.verifyThat(PlacementConstraints::limitationVersusDemand)
                .given(weights, placedAt(fromNine, schoolKitchen, fact(schoolKitchen, 1)))
                .penalizesBy(0);
        verifier.verifyThat(PlacementConstraints::scheduleFit)
                .given(weights, placedAt(fromNine, schoolKitchen, fact(schoolKitchen, 1)))
                .penalizesBy(0);
    }

    @Test
    void limitationVersusDemand_treatsSoloWorkAsAConflictEvenWithAWorkBuddy() {
        Participant notAlone = withLimitations(participant("D-AAAA1"), null, FunctionalLimitation.CANNOT_WORK_ALONE);
        TrainingSlot soloRound = offering(demanding(warehouse, 5, WorkDemand.WORKING_ALONE), SupportOffered.WORK_BUDDY);
        verifier.verifyThat(PlacementConstraints::limitationVersusDemand)
                .given(weights, placedAt(notAlone, soloRound, fact(soloRound, 1)))
                .penalizesBy(1);
    }

    @Test
    void startHours_penalisesWhenNoStartFitsBothRangesUnderTheCeiling() {
        Participant twelveAtLeast = withHours(participant("D-AAAA1"), 12, 20, null);
        verifier.verifyThat(PlacementConstraints::startHours)
                .given(weights, placedAt(twelveAtLeast, warehouse, fact(warehouse, 1)))
                .penalizesBy(1);
    }

    @Test
    void startHours_leavesAStartUnderTheCeilingAlone() {
        verifier.verifyThat(PlacementConstraints::startHours)
                .given(weights, placedAt(participant("D-AAAA1"), warehouse, fact(warehouse, 1)))
                .penalizesBy(0);
    }

    @Test
    void scheduleFit_penalisesASlotWhoseTimesFallOutsideTheParticipantsWindows() {
        Participant fridaysOnly = withAvailability(participant("D-AAAA1"), mornings(DayOfWeek.FRIDAY), 4);
        verifier.verifyThat(PlacementConstraints::scheduleFit)
                .given(weights, placedAt(fridaysOnly, warehouse, fact(warehouse, 1)))
                .penalizesBy(1);
    }

    @Test
    void scheduleFit_penalisesWhenTheDailyMaximumLeavesTooFewHours() {
        Participant oneHourADay = withAvailability(participant("D-AAAA1"),
                mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 1);
        verifier.verifyThat(PlacementConstraints::scheduleFit)
                .given(weights, placedAt(oneHourADay, warehouse, fact(warehouse, 1)))
                .penalizesBy(1);
    }

    @Test
    void scheduleFit_penalisesAnEarlyRoundThatEndsBeforeTheParticipantsEarliestStart() {
        Participant fromTen = notBefore(participant("D-AAAA1"), LocalTime.of(10, 0),
                weekdays(LocalTime.of(8, 0), LocalTime.of(15, 0)), 4);
        TrainingSlot earlyCleaning = withSchedule(warehouse, weekdays(LocalTime.of(6, 0), LocalTime.of(9, 0)));
        verifier.verifyThat(PlacementConstraints::scheduleFit)
                .given(weights, placedAt(fromTen, earlyCleaning, fact(earlyCleaning, 1)))
                .penalizesBy(1);
    }

    @Test
    void scheduleFit_leavesASlotWithEnoughSharedHoursAlone() {
        TrainingSlot mondays = withSchedule(warehouse, mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
        verifier.verifyThat(PlacementConstraints::scheduleFit)
                .given(weights, placedAt(participant("D-AAAA1"), mondays, fact(mondays, 1)))
                .penalizesBy(0);
    }

    @Test
    void travelTime_penalisesEveryMinuteOverTheParticipantsLimit() {
        TrainingSlot inStrangnas = at(warehouse, STRANGNAS);
        verifier.verifyThat(PlacementConstraints::travelTime)
                .given(weights, placedAt(participant("D-AAAA1"), inStrangnas, fact(inStrangnas, 1)))
                .penalizes();
    }

    @Test
    void travelTime_leavesATripWithinTheLimitAlone() {
        verifier.verifyThat(PlacementConstraints::travelTime)
                .given(weights, placedAt(participant("D-AAAA1"), warehouse, fact(warehouse, 1)))
                .penalizesBy(0);
    }

    @Test
    void avoidedEmployer_penalisesAPlacementWithAnEmployerToAvoid() {
        Participant avoider = avoiding(participant("D-AAAA1"), "employer-1");
        verifier.verifyThat(PlacementConstraints::avoidedEmployer)
                .given(weights, placedAt(avoider, warehouse, fact(warehouse, 1)))
                .penalizesBy(1);
    }

    @Test
    void avoidedEmployer_leavesOtherEmployersAlone() {
        Participant avoider = avoiding(participant("D-AAAA1"), "employer-2");
        verifier.verifyThat(PlacementConstraints::avoidedEmployer)
                .given(weights, placedAt(avoider, warehouse, fact(warehouse, 1)))
                .penalizesBy(0);
    }

    // --- medium --------------------------------------------------------------------------------

    @Test
    void readyParticipantWithoutPlace_penalisesEachUnplacedReadyParticipantMoreTheLongerTheyWaited() {
        verifier.verifyThat(PlacementConstraints::readyParticipantWithoutPlace)
                .given(weights, unplaced("D-AAAA1", true, 10), unplaced("D-AAAA2", true, 100))
                .penalizesBy(2 * RuleMeasures.UNPLACED_BASE + 110);
    }

    @Test
    void readyParticipantWithoutPlace_leavesPlacedAndNotYetReadyParticipantsAlone() {
        verifier.verifyThat(PlacementConstraints::readyParticipantWithoutPlace)
                .given(weights, placedAt(participant("D-AAAA1"), warehouse, fact(warehouse, 1)),
                        unplaced("D-AAAA2", false, 0))
                .penalizesBy(0);
    }

    // --- soft ----------------------------------------------------------------------------------

    @Test
    void occupationAndInterestFit_rewardsTheOccupationTheParticipantAimsFor() {
        verifier.verifyThat(PlacementConstraints::occupationAndInterestFit)
                .given(weights, placedAt(participant("D-AAAA1"), warehouse, fact(warehouse, 1)))
                .rewardsWith(100);
    }

    @Test
    void occupationAndInterestFit_addsPointsForInterestsTheTasksMention() {
        Participant likesPicking = withInterests(participant("D-AAAA1"), "Tycker om plockning och ordning på ett lager");
        // goal occupation 100 + two of three interest words (plockning, lager) 33
        verifier.verifyThat(PlacementConstraints::occupationAndInterestFit)
                .given(weights, placedAt(likesPicking, warehouse, fact(warehouse, 1)))
                .rewardsWith(133);
    }

    @Test
    void occupationAndInterestFit_rewardsNothingForAnUnrelatedOccupation() {
        TrainingSlot kitchen = ofOccupation(warehouse, "9412");
        verifier.verifyThat(PlacementConstraints::occupationAndInterestFit)
                .given(weights, placedAt(participant("D-AAAA1"), kitchen, fact(kitchen, 1)))
                .rewardsWith(0);
    }

    @Test
    void shortTrips_penalisesTheMinutesOnTheWay() {
        TrainingSlot inStrangnas = at(warehouse, STRANGNAS);
        verifier.verifyThat(PlacementConstraints::shortTrips)
                .given(weights, placedAt(participant("D-AAAA1"), inStrangnas, fact(inStrangnas, 1)))
                .penalizes();
    }

    @Test
    void shortTrips_leavesATripOfNoMinutesAlone() {
        TrainingSlot atHome = at(warehouse, ESKILSTUNA_CENTRE);
        verifier.verifyThat(PlacementConstraints::shortTrips)
                .given(weights, placedAt(participant("D-AAAA1"), atHome, fact(atHome, 1)))
                .penalizesBy(0);
    }

    @Test
    void supportForNeeds_penalisesEachNeedTheSlotDoesNotSayItMeets() {
        Participant needsBreaksAndSupervision = withLimitations(participant("D-AAAA1"), null,
                FunctionalLimitation.NEEDS_FREQUENT_BREAKS, FunctionalLimitation.NEEDS_CLOSE_SUPERVISION);
        // The warehouse offers an experienced supervisor but says nothing of pauses: one need's support is unknown.
        verifier.verifyThat(PlacementConstraints::supportForNeeds)
                .given(weights, placedAt(needsBreaksAndSupervision, warehouse, fact(warehouse, 1)))
                .penalizesBy(1);
    }

    @Test
    void supportForNeeds_doesNotCountAWorkBuddyAsMeetingTheNeedWhereTheWorkIsDoneAlone() {
        Participant notAlone = withLimitations(participant("D-AAAA1"), null, FunctionalLimitation.CANNOT_WORK_ALONE);
        TrainingSlot soloRound = offering(demanding(warehouse, 5, WorkDemand.WORKING_ALONE), SupportOffered.WORK_BUDDY);
        verifier.verifyThat(PlacementConstraints::supportForNeeds)
                .given(weights, placedAt(notAlone, soloRound, fact(soloRound, 1)))
                .penalizesBy(1);
    }

    @Test
    void supportForNeeds_leavesAlonePlacementWhoseNeedsTheSupportMeets() {
        Participant needsInstructions = withLimitations(participant("D-AAAA1"), null,
                FunctionalLimitation.NEEDS_WRITTEN_INSTRUCTIONS, FunctionalLimitation.NEEDS_CLOSE_SUPERVISION);
        TrainingSlot supportive = offering(warehouse, SupportOffered.WRITTEN_INSTRUCTIONS, SupportOffered.EXPERIENCED_SUPERVISOR);
        verifier.verifyThat(PlacementConstraints::supportForNeeds)
                .given(weights, placedAt(needsInstructions, supportive, fact(supportive, 1)))
                .penalizesBy(0);
    }

    @Test
    void supervisorLoad_growsWithTheSquareOfOneSupervisorsParticipants() {
        SlotFact busy = fact(warehouse, 3, 2, 2, EmployerTrackRecord.NONE);
        // (2 existing + 2 planned)² − 2² = 12
        verifier.verifyThat(PlacementConstraints::supervisorLoad)
                .given(weights, busy, placedAt(participant("D-AAAA1"), warehouse, busy),
                        placedAt(participant("D-AAAA2"), warehouse, busy))
                .penalizesBy(12);
    }

    @Test
    void supervisorLoad_chargesASlotWithoutAStatedSupervisorTheEmployersWholeLoad() {
        TrainingSlot noSupervisor = new TrainingSlot("slot-2", "employer-1", "Lager", "Plock", "4322", "Eskilstuna",
                warehouse.coordinates(), warehouse.sites(), warehouse.hours(), warehouse.schedule(), 1,
                warehouse.availableFrom(), null, warehouse.demands(), 10, warehouse.support(), warehouse.accessibility(),
                null, warehouse.status(), warehouse.seatClaims());
        SlotFact unnamed = fact(noSupervisor, 1, 0, 2, EmployerTrackRecord.NONE);
        // Unknown is never cheaper than known: as if one person had the employer's 2, (2 + 1)² − 2² = 5,
        // where a named supervisor with none would cost 1.
        verifier.verifyThat(PlacementConstraints::supervisorLoad)
                .given(weights, unnamed, placedAt(participant("D-AAAA1"), noSupervisor, unnamed))
                .penalizesBy(5);
    }

    @Test
    void employerLoad_growsWithTheSquareOfOneEmployersParticipants() {
        SlotFact employerWithOne = fact(warehouse, 2, 0, 1, EmployerTrackRecord.NONE);
        // (1 existing + 1 planned)² − 1² = 3
        verifier.verifyThat(PlacementConstraints::employerLoad)
                .given(weights, employerWithOne, placedAt(participant("D-AAAA1"), warehouse, employerWithOne))
                .penalizesBy(3);
    }

    @Test
    void employerLoad_isLeastForAFirstParticipant() {
        SlotFact empty = fact(warehouse, 2);
        verifier.verifyThat(PlacementConstraints::employerLoad)
                .given(weights, empty, placedAt(participant("D-AAAA1"), warehouse, empty))
                .penalizesBy(1);
    }

    @Test
    void provenEmployer_rewardsEmployersWhoseTrialsContinued() {
        SlotFact proven = fact(warehouse, 1, 0, 0, new EmployerTrackRecord(4, 3));
        verifier.verifyThat(PlacementConstraints::provenEmployer)
                .given(weights, proven, placedAt(participant("D-AAAA1"), warehouse, proven))
                .rewardsWith(15);
    }

    @Test
    void provenEmployer_saysNothingOfAnEmployerWithTooFewTrials() {
        SlotFact newcomer = fact(warehouse, 1, 0, 0, new EmployerTrackRecord(1, 1));
        verifier.verifyThat(PlacementConstraints::provenEmployer)
                .given(weights, newcomer, placedAt(participant("D-AAAA1"), warehouse, newcomer))
                .rewardsWith(0);
    }
}
