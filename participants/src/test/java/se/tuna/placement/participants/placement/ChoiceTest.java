package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;

/** A coordinator who chooses another slot than the one ranked first says why. */
class ChoiceTest {

    @Test
    void choosingTheFirstNeedsNoReason() {
        Choice first = Choice.of("slot-1", "slot-1", " ");

        assertThat(first.overridden()).isFalse();
        assertThat(first.reason()).isNull();
    }

    @Test
    void choosingAnotherThanTheFirstWithoutAReasonIsRefusedNamingTheReason() {
        assertThatThrownBy(() -> Choice.of("slot-1", "slot-2", "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field).containsExactly("reason"));
    }

    @Test
    void choosingAnotherThanTheFirstWithAReasonKeepsBothAndTheReason() {
        Choice other = Choice.of("slot-1", "slot-2", " Närmare hemmet ");

        assertThat(other.overridden()).isTrue();
        assertThat(other).isEqualTo(new Choice("slot-1", "slot-2", "Närmare hemmet"));
    }

    @Test
    void aBookingWithNothingRankedNeedsNoReason() {
        assertThat(Choice.of(null, "slot-2", null).overridden()).isFalse();
    }

    @Test
    void aReasonLongerThanTheLongestIsRefused() {
        assertThatThrownBy(() -> Choice.of("slot-1", "slot-2", "x".repeat(Choice.LONGEST_REASON + 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
