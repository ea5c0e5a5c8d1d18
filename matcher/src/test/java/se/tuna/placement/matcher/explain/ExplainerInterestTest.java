package se.tuna.placement.matcher.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.matcher.fit.PairAssessment;
import se.tuna.placement.matcher.fit.PairAssessor;
import se.tuna.placement.matcher.fit.SwedishWords;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.planning.PlanningFixtures;
import se.tuna.placement.matcher.planning.Seating;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.travel.StraightLineTravelTimes;

/** The checklist's interest reasons name only words that mean something (issue 12, point 5). */
class ExplainerInterestTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();
    private static final PairAssessor ASSESSOR = new PairAssessor(
            new StraightLineTravelTimes(List.of(new StraightLineTravelTimes.Station("Eskilstuna C",
                    new Coordinates(59.369388, 16.505456)))),
            REFERENCE.relatedOccupations(), new SwedishWords(REFERENCE));
    private static final Explainer EXPLAINER = new Explainer(REFERENCE.occupations());

    private static String interestLine(String interests, String title, String tasks) {
        Participant p = PlanningFixtures.withInterests(PlanningFixtures.participant("B-1"), interests);
        TrainingSlot slot = withText(PlanningFixtures.slot("S-1", "E-1"), title, tasks);
        PairAssessment a = ASSESSOR.assess(p, slot);
        Explanation explanation = EXPLAINER.explain(p, slot, PlanningFixtures.fact(slot, 1), a,
                Seating.alone(PlanningFixtures.fact(slot, 1)), Map.of());
        return explanation.criteria().stream()
                .filter(line -> line.rule().equals(PlacementWeights.OCCUPATION_AND_INTEREST_FIT))
                .findFirst().orElseThrow().detail();
    }

    @Test
    void theReasonNamesOnlyWordsThatMeanSomething() {
        String line = interestLine("Vill gärna arbeta med lager och olika uppgifter, tycker om att jobba",
                "Lagerarbete", "Arbetet består av enklare uppgifter på lagret: plockning och packning.");

        String named = "intressen som arbetsuppgifterna nämner: ";
        assertThat(line).contains(named);
        assertThat(line.substring(line.indexOf(named) + named.length())).isEqualTo("lager");
    }

    @Test
    void noMeaningfulWordInCommonNamesNoInterest() {
        String line = interestLine("Vill gärna arbeta med olika uppgifter", "Lagerarbete",
                "Arbetet består av enklare uppgifter på lagret.");

        assertThat(line).doesNotContain("intressen som arbetsuppgifterna nämner");
    }

    @Test
    void aFormTheTasksWriteDifferentlyIsNamedInTheParticipantsOwnWord() {
        String line = interestLine("museer, historia", "Museivärd", "Ta emot besökare i museets entré.");

        assertThat(line).contains("intressen som arbetsuppgifterna nämner: museer");
    }

    @Test
    void aRelatedTermIsNamedAsRelated() {
        String line = interestLine("kock", "Köksbiträde", "Förbereda kallskänk och sallader.");

        assertThat(line).contains("närliggande enligt yrkestaxonomin: kock – ").doesNotContain("arbetsuppgifterna nämner");
    }

    private static TrainingSlot withText(TrainingSlot s, String title, String tasks) {
        return new TrainingSlot(s.id(), s.employerId(), title, tasks, s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), s.hours(), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(), s.demands(),
                s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }
}
