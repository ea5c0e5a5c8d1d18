package se.tuna.placement.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.MutableClock;

class SignInThrottleTest {

    private static final String ACCOUNT = "stina.berg@lager.example";
    private static final String ADDRESS = "192.0.2.10";

    private final MutableClock clock = MutableClock.now();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void nobodyWaitsBeforeAnyFailure() {
        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void anAccountHasFiveFreeTries() {
        fail(ACCOUNT, ADDRESS, 5);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void theSixthFailureOfAnAccountMakesTheNextTryWaitASecond() {
        fail(ACCOUNT, ADDRESS, 6);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        fail(ACCOUNT, ADDRESS, 7);
        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(2));

        fail(ACCOUNT, ADDRESS, 1);
        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(4));

        fail(ACCOUNT, ADDRESS, 1);
        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void theWaitNeverExceedsAQuarterOfAnHour() {
        fail(ACCOUNT, ADDRESS, 60);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitRunsDown() {
        fail(ACCOUNT, ADDRESS, 8);
        clock.advance(Duration.ofMillis(2_500));

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void afterTheWaitTheAccountMayTryAgain() {
        fail(ACCOUNT, ADDRESS, 8);
        clock.advance(Duration.ofSeconds(4));

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void failuresAreForgottenAQuarterOfAnHourAfterTheLast() {
        fail(ACCOUNT, ADDRESS, 10);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        fail(ACCOUNT, ADDRESS, 5);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void failuresWithinAQuarterOfAnHourOfTheLastAddUp() {
        for (int i = 0; i < 6; i++) {
            fail(ACCOUNT, ADDRESS, 1);
            clock.advance(Duration.ofMinutes(14));
        }

        // The sixth failure came 14 minutes ago and made the next try wait one second; one more doubles it.
        fail(ACCOUNT, ADDRESS, 1);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anAccountIsSlowedDownFromEveryAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(ACCOUNT, "198.51.100." + i);
        }

        assertThat(throttle.waitBefore(ACCOUNT, "203.0.113.99")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void accountsAreTheSameWhateverTheirCaseAndSurroundingSpace() {
        fail(" Stina.Berg@Lager.Example ", ADDRESS, 6);

        assertThat(throttle.waitBefore(ACCOUNT, "203.0.113.99")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAddressHasTwentyFreeTriesOverAllAccounts() {
        failFromAddress(20);

        assertThat(throttle.waitBefore("someone.else@lager.example", ADDRESS)).isZero();
    }

    @Test
    void theTwentyFirstFailureFromAnAddressSlowsDownEveryAccountFromIt() {
        failFromAddress(21);

        assertThat(throttle.waitBefore("someone.else@lager.example", ADDRESS)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("someone.else@lager.example", "203.0.113.99")).isZero();
    }

    @Test
    void theLongerOfTheTwoWaitsApplies() {
        failFromAddress(21);
        fail(ACCOUNT, "203.0.113.99", 10);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void aSuccessfulSignInClearsTheAccount() {
        fail(ACCOUNT, ADDRESS, 8);

        throttle.succeeded(ACCOUNT, ADDRESS);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void afterASuccessTheAccountHasItsFreeTriesAgain() {
        fail(ACCOUNT, "203.0.113.99", 8);
        throttle.succeeded(ACCOUNT, ADDRESS);

        fail(ACCOUNT, "203.0.113.99", 5);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void aSuccessfulSignInDoesNotClearTheAddress() {
        failFromAddress(21);

        throttle.succeeded(ACCOUNT, ADDRESS);

        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isEqualTo(Duration.ofSeconds(1));
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    /** Failures from {@link #ADDRESS}, each for another account, so no account is slowed down by its own. */
    private void failFromAddress(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("guess-" + i + "@lager.example", ADDRESS);
        }
    }

    @Test
    void aTryIsCountedBeforeItsPasswordIsChecked() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt(ACCOUNT, ADDRESS)).isZero();
        }
        assertThat(throttle.attempt(ACCOUNT, ADDRESS)).as("the sixth try, sent before any answer").isZero();

        assertThat(throttle.attempt(ACCOUNT, ADDRESS)).as("the seventh, sent at the same moment").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSucceededTryClearsTheAccountAndGivesTheAddressItsTryBack() {
        for (int i = 0; i < 19; i++) {
            throttle.attempt("person-" + i + "@kontor.example", ADDRESS);
        }
        throttle.attempt(ACCOUNT, ADDRESS);
        throttle.succeeded(ACCOUNT, ADDRESS);

        assertThat(throttle.attempt("one.more@kontor.example", ADDRESS)).as("the twentieth counted try from the office").isZero();
        assertThat(throttle.waitBefore(ACCOUNT, ADDRESS)).isZero();
    }

    @Test
    void anIpv6AddressCountsByItsNetwork() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("person-" + i + "@hem.example", "2001:db8:1:2:0:0:0:" + (i + 1));
        }

        assertThat(throttle.waitBefore("someone.else@hem.example", "2001:db8:1:2:ffff:0:0:9")).isPositive();
        assertThat(throttle.waitBefore("someone.else@hem.example", "2001:db8:1:3:0:0:0:1")).isZero();
    }
}
