package se.tuna.placement.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tuna.placement.access.signin.PasswordPolicy.Problem;

class PasswordPolicyTest {

    private static final String ADDRESS = "stina.berg@lager.example";

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.check("korv med bröd vid torget", ADDRESS)).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(PasswordPolicy.check("korvmedbröd", ADDRESS)).contains(Problem.TOO_SHORT);
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThat(PasswordPolicy.check("korvmedbröd!", ADDRESS)).isEmpty();
    }

    @Test
    void theLengthCountsCharactersNotBytes() {
        // Twelve characters of two bytes each in UTF-8.
        assertThat(PasswordPolicy.check("åäöÅÄÖéüæøÆØ", ADDRESS)).isEmpty();
    }

    @Test
    void noPasswordIsTooShort() {
        assertThat(PasswordPolicy.check(null, ADDRESS)).contains(Problem.TOO_SHORT);
    }

    @Test
    void seventyTwoBytesAreTheMost() {
        assertThat(PasswordPolicy.check("abcdefgh".repeat(9), ADDRESS)).isEmpty();
    }

    @Test
    void moreThanSeventyTwoBytesAreTooLongEvenInFewerCharacters() {
        // 37 characters, 74 bytes: bcrypt would silently ignore the end.
        String password = "åäö".repeat(12) + "x";

        assertThat(password).hasSize(37);
        assertThat(PasswordPolicy.check(password, ADDRESS)).contains(Problem.TOO_LONG);
    }

    @Test
    void thePartOfTheAddressBeforeTheAtIsRefusedInAnyCase() {
        assertThat(PasswordPolicy.check("mitt namn: Stina.Berg!", ADDRESS)).contains(Problem.CONTAINS_ADDRESS);
    }

    @Test
    void aVeryShortAddressNameIsNoReasonToRefuse() {
        assertThat(PasswordPolicy.check("bergsklättring i alperna", "ber@lager.example")).isEmpty();
    }

    @Test
    void withoutAnAddressOnlyTheOtherRulesApply() {
        assertThat(PasswordPolicy.check("korv med bröd vid torget", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "Password1234", "LÖSENORD1234", "Sommar202020", "tunatunatuna"})
    void passwordsEveryoneTriesFirstAreTooCommon(String password) {
        assertThat(PasswordPolicy.check(password, ADDRESS)).contains(Problem.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "AbcABCabcaBC"})
    void threeDifferentCharactersOrFewerAreTooCommon(String password) {
        assertThat(PasswordPolicy.check(password, ADDRESS)).contains(Problem.TOO_COMMON);
    }

    @Test
    void fourDifferentCharactersAreEnough() {
        assertThat(PasswordPolicy.check("abcdabcdabcd", ADDRESS)).isEmpty();
    }

    @Test
    void everyProblemHasASwedishMessage() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.message()).as(problem.name()).isNotBlank().startsWith("Lösenord");
        }
    }

    @Test
    void aWeakPasswordIsReportedOnThePasswordField() {
        WeakPasswordException weak = new WeakPasswordException(Problem.TOO_SHORT);

        assertThat(weak.problem()).isEqualTo(Problem.TOO_SHORT);
        assertThat(weak.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("password");
            assertThat(violation.reason()).contains("12");
        });
    }
}
