package se.tuna.placement.matcher.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ASSESSOR;
import static se.tuna.placement.matcher.planning.PlanningFixtures.demanding;
import static se.tuna.placement.matcher.planning.PlanningFixtures.fact;
import static se.tuna.placement.matcher.planning.PlanningFixtures.notBefore;
import static se.tuna.placement.matcher.planning.PlanningFixtures.offering;
import static se.tuna.placement.matcher.planning.PlanningFixtures.participant;
import static se.tuna.placement.matcher.planning.PlanningFixtures.slot;
import static se.tuna.placement.matcher.planning.PlanningFixtures.weekdays;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withLimitations;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withSchedule;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.matcher.planning.Candidate;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.planning.PlannedPlacement;
import se.tuna.placement.matcher.planning.Seating;
import se.tuna.placement.matcher.planning.SlotFact;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;

/**
 * The checklist says what the rules decide, and never one thing on one line and the opposite on another; in a plan,
 * each member's seats line agrees with its own share of the seats rule.
 */
class ExplainerTest {

    private static final Explainer EXPLAINER = new Explainer(ReferenceData.loadFromClasspath().occupations());
    private static final PlanScoring SCORING = new PlanScoring(
            SolverFactory.create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")));

    private final Participant notAlone = withLimitations(participant("D-AAAA1"), null, FunctionalLimitation.CANNOT_WORK_ALONE);

    @Test
    void aWorkBuddyDoesNotMeetTheNeedWhereTheWorkIsDoneAlone() {
        TrainingSlot soloRound = offering(demanding(slot("slot-1", "employer-1"), 5, WorkDemand.WORKING_ALONE),
                SupportOffered.WORK_BUDDY);

        Explanation explanation = explain(notAlone, soloRound);

        assertThat(line(explanation, PlacementWeights.LIMITATION_VERSUS_DEMAND).status()).isEqualTo(CriterionStatus.NOT_MET);
        CriterionResult support = line(explanation, PlacementWeights.SUPPORT_FOR_NEEDS);
        assertThat(support.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(support.detail()).doesNotContain("möts").contains("Ej uppfyllt: Kan inte arbeta ensam (arbetet kräver ensamarbete)");
    }

    @Test
    void aWorkBuddyMeetsTheNeedWhereTheWorkIsNotDoneAlone() {
        TrainingSlot withOthers = offering(demanding(slot("slot-1", "employer-1"), 5, WorkDemand.TEAMWORK),
                SupportOffered.WORK_BUDDY);

        Explanation explanation = explain(notAlone, withOthers);

        assertThat(line(explanation, PlacementWeights.LIMITATION_VERSUS_DEMAND).status()).isEqualTo(CriterionStatus.MET);
        CriterionResult support = line(explanation, PlacementWeights.SUPPORT_FOR_NEEDS);
        assertThat(support.status()).isEqualTo(CriterionStatus.MET);
        assertThat(support.detail()).isEqualTo("Möts: Kan inte arbeta ensam");
    }

    @Test
    void anEarlyStartFlagIsNoConflictWhenTheTimesAfterTheParticipantsStartGiveTheHours() {
        Participant fromNine = notBefore(participant("D-AAAA1"), LocalTime.of(9, 0),
                weekdays(LocalTime.of(9, 0), LocalTime.of(14, 0)), 4);
        TrainingSlot schoolKitchen = withSchedule(slot("slot-1", "employer-1"), weekdays(LocalTime.of(6, 30), LocalTime.of(14, 0)));

        Explanation explanation = explain(fromNine, schoolKitchen);

        assertThat(line(explanation, PlacementWeights.LIMITATION_VERSUS_DEMAND).status()).isEqualTo(CriterionStatus.MET);
        assertThat(line(explanation, PlacementWeights.SCHEDULE_FIT).status()).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void atASlotWithTooFewSeatsEachMembersSeatsLineAgreesWithItsOwnShare() {
        // Three planned at one slot with two free seats: the two longest waiting get them, the third is left without.
        TrainingSlot warehouse = slot("slot-1", "employer-1");
        SlotFact twoSeats = fact(warehouse, 2);
        Map<String, Participant> people = new LinkedHashMap<>();
        List.of("D-SEAT1", "D-SEAT2", "D-SEAT3").forEach(id -> people.put(id, participant(id)));
        List<PlannedPlacement> placements = List.of(
                waiting(people.get("D-SEAT1"), warehouse, twoSeats, 10),
                waiting(people.get("D-SEAT2"), warehouse, twoSeats, 90),
                waiting(people.get("D-SEAT3"), warehouse, twoSeats, 50));
        PlacementPlan plan = new PlacementPlan(placements, List.of(twoSeats), new PlacementWeights());

        Map<String, CriterionResult> seatLines = seatLines(plan, people, warehouse);

        for (String seated : List.of("D-SEAT2", "D-SEAT3")) {
            CriterionResult line = seatLines.get(seated);
            assertThat(line.status()).as(seated).isEqualTo(CriterionStatus.MET);
            assertThat(line.detail()).as(seated).isEqualTo("Får en av 2 lediga platser (3 planerade)");
            assertThat(line.hardEffect()).as(seated).isZero();
        }
        CriterionResult without = seatLines.get("D-SEAT1");
        assertThat(without.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(without.detail()).isEqualTo("3 planerade men bara 2 lediga platser: den här placeringen får ingen");
        assertThat(without.hardEffect()).isEqualTo(-1);
        // The lines add up to what the rule did to the plan.
        HardMediumSoftScore whole = SolutionManager.<PlacementPlan, HardMediumSoftScore>create(
                        SolverFactory.<PlacementPlan>create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")))
                .explain(plan).getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getConstraintName().equals(PlacementWeights.SLOT_SEATS))
                .map(total -> total.getScore()).findFirst().orElseThrow();
        assertThat(seatLines.values().stream().mapToInt(CriterionResult::hardEffect).sum()).isEqualTo(whole.hardScore())
                .isEqualTo(-1);
    }

    @Test
    void aDecidedPlacementKeepsItsSeatAndTheLinesSaySo() {
        // One seat, two planned: the decided placement keeps it though the other has waited longer.
        TrainingSlot warehouse = slot("slot-1", "employer-1");
        SlotFact oneSeat = fact(warehouse, 1);
        Map<String, Participant> people = new LinkedHashMap<>();
        List.of("D-SEAT1", "D-SEAT2").forEach(id -> people.put(id, participant(id)));
        PlannedPlacement decided = waiting(people.get("D-SEAT1"), warehouse, oneSeat, 10);
        decided.setPinned(true);
        PlacementPlan plan = new PlacementPlan(List.of(decided, waiting(people.get("D-SEAT2"), warehouse, oneSeat, 90)),
                List.of(oneSeat), new PlacementWeights());

        Map<String, CriterionResult> seatLines = seatLines(plan, people, warehouse);

        assertThat(seatLines.get("D-SEAT1").status()).isEqualTo(CriterionStatus.MET);
        assertThat(seatLines.get("D-SEAT1").detail()).isEqualTo("Får den enda lediga platsen (2 planerade)");
        assertThat(seatLines.get("D-SEAT1").hardEffect()).isZero();
        assertThat(seatLines.get("D-SEAT2").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(seatLines.get("D-SEAT2").detail()).isEqualTo("2 planerade men bara 1 ledig plats: den här placeringen får ingen");
        assertThat(seatLines.get("D-SEAT2").hardEffect()).isEqualTo(-1);
    }

    @Test
    void aSuggestionsSeatsLineIsTheParticipantsAlone() {
        TrainingSlot warehouse = slot("slot-1", "employer-1");
        Participant p = participant("D-AAAA1");

        CriterionResult oneFree = line(EXPLAINER.explain(p, warehouse, fact(warehouse, 1), ASSESSOR.assess(p, warehouse),
                Seating.alone(fact(warehouse, 1)), Map.of()), PlacementWeights.SLOT_SEATS);
        CriterionResult full = line(EXPLAINER.explain(p, warehouse, fact(warehouse, 0), ASSESSOR.assess(p, warehouse),
                Seating.alone(fact(warehouse, 0)), Map.of()), PlacementWeights.SLOT_SEATS);

        assertThat(oneFree.status()).isEqualTo(CriterionStatus.MET);
        assertThat(oneFree.detail()).isEqualTo("1 ledig plats");
        assertThat(full.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(full.detail()).isEqualTo("Alla platser är bokade eller reserverade");
    }

    /** Each member's seats line as the plan's result writes it: its own share of the rule and its own seating. */
    private static Map<String, CriterionResult> seatLines(PlacementPlan plan, Map<String, Participant> people, TrainingSlot slot) {
        Map<String, Map<String, HardMediumSoftScore>> effects = SCORING.effects(plan);
        Map<String, CriterionResult> lines = new LinkedHashMap<>();
        for (PlannedPlacement placement : plan.getPlacements()) {
            Participant p = people.get(placement.getParticipantId());
            lines.put(p.id(), line(EXPLAINER.explain(p, slot, placement.getSlot(), placement.assessment(),
                    PlanScoring.seatings(plan).get(placement.getParticipantId()), effects.get(p.id())), PlacementWeights.SLOT_SEATS));
        }
        return lines;
    }

    private static PlannedPlacement waiting(Participant person, TrainingSlot slot, SlotFact fact, int waitingDays) {
        PlannedPlacement placement = new PlannedPlacement(person.id(), true, waitingDays,
                List.of(new Candidate(fact, ASSESSOR.assess(person, slot))));
        placement.setSlot(fact);
        return placement;
    }

    private static Explanation explain(Participant p, TrainingSlot slot) {
        return EXPLAINER.explain(p, slot, fact(slot, 1), ASSESSOR.assess(p, slot), Seating.alone(fact(slot, 1)), Map.of());
    }

    private static CriterionResult line(Explanation explanation, String rule) {
        return explanation.criteria().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }
}
