package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each effect asks the seat for exactly the one thing it names. */
class SeatEffectTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 10, 31);

    @Test
    void eachEffectCallsItsOwnSeatOperation() {
        assertThat(applied(new SeatEffect.Hold(UNTIL))).containsExactly("hold " + UNTIL);
        assertThat(applied(new SeatEffect.Book())).containsExactly("book");
        assertThat(applied(new SeatEffect.HandOverToAf(UNTIL))).containsExactly("handOverToAf " + UNTIL);
        assertThat(applied(new SeatEffect.Release())).containsExactly("release");
        assertThat(applied(new SeatEffect.None())).isEmpty();
    }

    private static List<String> applied(SeatEffect effect) {
        List<String> calls = new ArrayList<>();
        effect.applyTo(new SeatEffect.Seat() {
            @Override
            public void hold(LocalDate until) {
                calls.add("hold " + until);
            }

            @Override
            public void book() {
                calls.add("book");
            }

            @Override
            public void handOverToAf(LocalDate until) {
                calls.add("handOverToAf " + until);
            }

            @Override
            public void release() {
                calls.add("release");
            }
        });
        return calls;
    }
}
