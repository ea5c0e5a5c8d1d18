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
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;

/** The checklist says what the rules decide, and never one thing on one line and the opposite on another. */
class ExplainerTest {

    private static final Explainer EXPLAINER = new Explainer(ReferenceData.loadFromClasspath().occupations());

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

    private static Explanation explain(Participant p, TrainingSlot slot) {
        return EXPLAINER.explain(p, slot, fact(slot, 1), ASSESSOR.assess(p, slot), 1, Map.of());
    }

    private static CriterionResult line(Explanation explanation, String rule) {
        return explanation.criteria().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }
}
