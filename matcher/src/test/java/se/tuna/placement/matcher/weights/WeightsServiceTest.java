package se.tuna.placement.matcher.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.matcher.planning.PlacementWeights;

/**
 * Only soft weights are an admin's to change: a hard rule (or the medium one) is refused before anything is read
 * or stored, naming the field. Storing is tested against a real node in the web module's API tests.
 */
class WeightsServiceTest {

    // No client: a refused change must be refused before Elasticsearch is asked anything.
    private final WeightsService service = new WeightsService(null, IndexNames.DEFAULT, Clock.systemUTC());

    @Test
    void aHardRulesWeightCannotBeChanged() {
        assertThatThrownBy(() -> service.change(Map.of("Travel time", "0hard/0medium/0soft"), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field).containsExactly("weights.Travel time"));
    }

    @Test
    void everyFixedRuleIsRefused() {
        for (String rule : PlacementWeights.FIXED) {
            assertThatThrownBy(() -> service.change(Map.of(rule, "0hard/0medium/0soft"), "admin"))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                            .extracting(FieldViolation::reason).singleElement().asString().startsWith("is a fixed rule"));
        }
    }

    @Test
    void aSoftRuleCannotBeMadeHard() {
        assertThatThrownBy(() -> service.change(Map.of("Short trips", "1hard/0medium/0soft"), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field).containsExactly("weights.Short trips"));
    }

    @Test
    void theHardRulesAreFixedAndTheSoftOnesAdjustable() {
        assertThat(PlacementWeights.FIXED).contains("Slot seats", "Limitation versus demand", "Start hours", "Schedule fit",
                "Travel time", "Avoided employer", "Ready participant without place");
        PlacementWeights.NAMES.stream().filter(rule -> !PlacementWeights.FIXED.contains(rule))
                .forEach(rule -> assertThat(PlacementWeights.defaultOf(rule).hardScore()).isZero());
        assertThat(PlacementWeights.adjustable("Short trips")).isTrue();
        assertThat(PlacementWeights.adjustable("Travel time")).isFalse();
    }

    @Test
    void weightsWithAChangedFixedRuleCannotBeMade() {
        assertThatThrownBy(() -> new PlacementWeights(Map.of("Slot seats", HardMediumSoftScore.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PlacementWeights(Map.of("Slot seats", HardMediumSoftScore.ONE_HARD)).weightOf("Slot seats"))
                .isEqualTo(HardMediumSoftScore.ONE_HARD);
    }
}
