package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PlacementReferenceTest {

    @Test
    void aNewReferenceIsRandomAndEasyToReadAloud() {
        Set<String> drawn = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> drawn.add(PlacementReference.random()));

        assertThat(drawn).hasSizeGreaterThan(990).allMatch(reference -> reference.matches("P-[2-9A-HJKMNP-Z]{6}"));
    }

    @Test
    void aPlacementStoredBeforeRandomReferencesKeepsTheOneItWasGiven() {
        PlacementDocument earlier = new PlacementDocument("3f9a1c2e-0000-3000-8000-000000000000", null, "D-1", "slot", "employer",
                null, "DECIDED", null, null, "coordinator", "Sara", null, null, null, null);
        PlacementDocument drawn = new PlacementDocument("3f9a1c2e-0000-3000-8000-000000000000", "P-K7M4QX", "D-1", "slot",
                "employer", null, "DECIDED", null, null, "coordinator", "Sara", null, null, null, null);

        assertThat(PlacementReference.storedOrEarlier(earlier)).isEqualTo("P-3F9A1C");
        assertThat(PlacementReference.storedOrEarlier(drawn)).isEqualTo("P-K7M4QX");
    }
}
