package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RailStationsTest {

    private final RailStations stations = ReferenceData.loadFromClasspath().railStations();

    @Test
    void aStationIsFoundByItsSignature() {
        assertThat(stations.bySignature("Sgs")).hasValueSatisfying(station -> {
            assertThat(station.name()).isEqualTo("Strängnäs");
            assertThat(station.latitude()).isEqualTo(59.370300);
            assertThat(station.longitude()).isEqualTo(17.028207);
        });
    }

    @Test
    void theSignatureIgnoresCase() {
        assertThat(stations.bySignature("åks")).hasValueSatisfying(
                station -> assertThat(station.name()).isEqualTo("Åkers styckebruk"));
        assertThat(stations.bySignature("ET")).hasValueSatisfying(
                station -> assertThat(station.name()).isEqualTo("Eskilstuna"));
    }

    @Test
    void theMatchersPassengerStationsArePresent() {
        assertThat(stations.bySignature("Et")).isPresent();
        assertThat(stations.bySignature("Sgs")).isPresent();
        assertThat(stations.bySignature("Lg")).isPresent();
        assertThat(stations.bySignature("Åks")).isPresent();
        assertThat(stations.bySignature("Ksus")).isPresent();
    }

    @Test
    void anUnknownSignatureIsNotFound() {
        assertThat(stations.bySignature("Cst")).isEmpty();
        assertThat(stations.bySignature(null)).isEmpty();
    }

    @Test
    void everyLocationOfTheFileIsListed() {
        assertThat(stations.all()).hasSize(28);
    }
}
