package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccupationClassificationTest {

    private final OccupationClassification occupations = ReferenceData.loadFromClasspath().occupations();

    @Test
    void aFourDigitSsykCodeFromScbIsValid() {
        assertThat(occupations.isValidOccupationCode("9621")).isTrue();
    }

    @Test
    void aCodeWithALeadingZeroKeepsIt() {
        assertThat(occupations.isValidOccupationCode("0110")).isTrue();
        assertThat(occupations.isValidOccupationCode("110")).isFalse();
        assertThat(occupations.occupationCodes()).first().isEqualTo("0110");
    }

    @Test
    void aJobTechManagerGroupInPlaceOfScbsLevelSplitIsValid() {
        assertThat(occupations.isValidOccupationCode("1210")).isTrue();
        assertThat(occupations.name("1210")).contains("Ekonomi- och finanschefer");
        assertThat(occupations.groupOf("1210")).contains("121");
    }

    @Test
    void anUnknownSsykCodeIsRejected() {
        assertThat(occupations.isValidOccupationCode("9999")).isFalse();
        assertThat(occupations.isValidOccupationCode(" 9621")).isFalse();
        assertThat(occupations.isValidOccupationCode(null)).isFalse();
    }

    @Test
    void aThreeDigitGroupIsNotAnOccupationCode() {
        assertThat(occupations.isValidOccupationCode("962")).isFalse();
        assertThat(occupations.name("962")).contains("Tidningsdistributörer, vaktmästare och övriga servicearbetare");
    }

    @Test
    void allScbLevelFourCodesAndTheJobTechManagerGroupsAreListed() {
        assertThat(occupations.occupationCodes()).hasSize(429 + 25).doesNotHaveDuplicates().isSorted();
        assertThat(occupations.occupationCodes()).allMatch(code -> code.matches("\\d{4}"));
    }

    @Test
    void aLevelFourCodeBelongsToItsLevelThreeGroup() {
        assertThat(occupations.groupOf("9621")).contains("962");
        assertThat(occupations.groupOf("962")).isEmpty();
    }

    @Test
    void aCodeIsNamedWithScbsSwedishName() {
        assertThat(occupations.name("9111")).contains("Städare");
        assertThat(occupations.name("9999")).isEmpty();
    }

    @Test
    void occupationNamesAreListedUnderTheirGroup() {
        assertThat(occupations.occupationNames("4321"))
                .extracting(OccupationName::name)
                .containsExactlyInAnyOrder("Arbetsledare lager och terminal", "Förrådsansvarig", "Reservdelsansvarig");
        assertThat(occupations.occupationNames("9999")).isEmpty();
    }

    @Test
    void occupationNamesWithoutEducationalRequirementAreTheFlaggedOnes() {
        assertThat(occupations.occupationNamesWithoutEducationalRequirement())
                .hasSize(112)
                .allMatch(OccupationName::noEducationalRequirement)
                .extracting(OccupationName::name)
                .contains("Städare", "Köksbiträde");
        assertThat(occupations.occupationName("c4S8_tmV_fJW")).hasValueSatisfying(
                name -> assertThat(name.noEducationalRequirement()).isFalse());
    }

    @Test
    void everyOccupationNameBelongsToAValidGroup() {
        assertThat(occupations.occupationNames())
                .hasSize(2412)
                .allMatch(name -> occupations.isValidOccupationCode(name.ssyk4()));
    }

    @Test
    void aGroupHasJobTechsDefinition() {
        assertThat(occupations.definition("9111")).hasValueSatisfying(text -> assertThat(text).startsWith("Städar"));
    }
}
