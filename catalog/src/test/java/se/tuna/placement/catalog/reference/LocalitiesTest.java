package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalitiesTest {

    private final Localities localities = ReferenceData.loadFromClasspath().localities();

    @Test
    void strangnasIsFoundWithoutDiacritics() {
        assertThat(localities.find("strangnas")).hasValueSatisfying(
                locality -> assertThat(locality.name()).isEqualTo("Strängnäs"));
    }

    @Test
    void aLocalityIsFoundIgnoringCaseAndSpaces() {
        assertThat(localities.find("  ESKILSTUNA ")).hasValueSatisfying(
                locality -> assertThat(locality.municipalityCode()).isEqualTo("0484"));
        assertThat(localities.find("åkers   STYCKEBRUK")).hasValueSatisfying(
                locality -> assertThat(locality.municipalityCode()).isEqualTo("0486"));
    }

    @Test
    void theDr5hnPointIsPreferredWhereALocalityHasTwo() {
        // sphrak's Strängnäs point is 59.349601, 17.081336, about 4 km away.
        assertThat(localities.find("Strängnäs")).hasValueSatisfying(locality -> {
            assertThat(locality.latitude()).isEqualTo(59.37741);
            assertThat(locality.longitude()).isEqualTo(17.03119);
        });
    }

    @Test
    void eachPlaceIsListedOnceInSwedishOrder() {
        assertThat(localities.all()).hasSize(23);
        assertThat(localities.all()).first().extracting(Locality::name).isEqualTo("Bälgviken");
        assertThat(localities.all()).last().extracting(Locality::name).isEqualTo("Ärla");
    }

    @Test
    void anUnknownLocalityIsNotFound() {
        assertThat(localities.find("Stockholm")).isEmpty();
        assertThat(localities.find(null)).isEmpty();
    }

    @Test
    void theMunicipalitiesOfSodermanlandAreListedWithTheirCodes() {
        assertThat(localities.municipalities()).hasSize(9)
                .allMatch(municipality -> municipality.countyCode().equals("04"));
        assertThat(localities.municipality("0486")).hasValueSatisfying(
                municipality -> assertThat(municipality.shortName()).isEqualTo("Strängnäs"));
        assertThat(localities.municipality("486")).isEmpty();
    }
}
