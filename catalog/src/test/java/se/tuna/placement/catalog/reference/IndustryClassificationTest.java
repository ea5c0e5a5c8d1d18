package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndustryClassificationTest {

    private final IndustryClassification industries = ReferenceData.loadFromClasspath().industries();

    @Test
    void codesOfLevelsTwoToFiveAsWrittenInTheFileAreValid() {
        assertThat(industries.isValidIndustryCode("47")).isTrue();
        assertThat(industries.isValidIndustryCode("471")).isTrue();
        assertThat(industries.isValidIndustryCode("4711")).isTrue();
        assertThat(industries.isValidIndustryCode("47111")).isTrue();
        assertThat(industries.isValidIndustryCode("01110")).isTrue();
    }

    @Test
    void scbsDottedFormIsValidAndNormalisedToThePlainForm() {
        assertThat(industries.isValidIndustryCode("47.111")).isTrue();
        assertThat(industries.canonicalCode("47.111")).contains("47111");
        assertThat(industries.canonicalCode("47.1")).contains("471");
        assertThat(industries.canonicalCode("01.11")).contains("0111");
    }

    @Test
    void aSectionLetterIsNotAnIndustryCodeButHasAName() {
        assertThat(industries.isValidIndustryCode("G")).isFalse();
        assertThat(industries.name("G")).isPresent();
        assertThat(industries.level("G")).contains(1);
    }

    @Test
    void anUnknownOrMalformedIndustryCodeIsRejected() {
        assertThat(industries.isValidIndustryCode("99999")).isFalse();
        assertThat(industries.isValidIndustryCode("1110")).isFalse();
        assertThat(industries.isValidIndustryCode("471.11")).isFalse();
        assertThat(industries.isValidIndustryCode("47.1111")).isFalse();
        assertThat(industries.isValidIndustryCode("")).isFalse();
        assertThat(industries.isValidIndustryCode(null)).isFalse();
    }

    @Test
    void aCodeIsNamedInSwedishInEitherForm() {
        assertThat(industries.name("47111"))
                .contains("Varuhus- och stormarknadshandel, mest livsmedel, drycker och tobak");
        assertThat(industries.name("47.111")).isEqualTo(industries.name("47111"));
    }

    @Test
    void everyLevelHasTheCountOfTheClassification() {
        assertThat(industries.codes(1)).hasSize(21);
        assertThat(industries.codes(2)).hasSize(88);
        assertThat(industries.codes(5)).hasSize(821).allMatch(code -> code.matches("\\d{5}"));
    }
}
