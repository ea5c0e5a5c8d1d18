package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;

/**
 * What must happen to the placement's seat after a step. Each effect names the state the seat must
 * be in rather than a change to make, so applying it again (after a crash, or by a repair) changes
 * nothing more: the catalog's seat booking keys its claims by the placement id.
 */
public sealed interface SeatEffect {

    /** Applies the effect to the seat; {@link None} calls nothing. */
    void applyTo(Seat seat);

    /** What the catalog's seat booking does for the placement's seat, as the service wires it. */
    interface Seat {

        void hold(LocalDate until);

        void book();

        void handOverToAf(LocalDate until);

        void release();
    }

    /**
     * Held through the day {@code until}, e.g. while the participant and the employer think over a study visit.
     *
     * @param until the last day the seat is held
     */
    record Hold(LocalDate until) implements SeatEffect {
        @Override
        public void applyTo(Seat seat) {
            seat.hold(until);
        }
    }

    /** Booked until released. */
    record Book() implements SeatEffect {
        @Override
        public void applyTo(Seat seat) {
            seat.book();
        }
    }

    /**
     * Held by Arbetsförmedlingen through the day {@code until}, then free: AF takes over the same
     * seat, so the participant's training goes on without a gap.
     *
     * @param until the last day of the period AF stated
     */
    record HandOverToAf(LocalDate until) implements SeatEffect {
        @Override
        public void applyTo(Seat seat) {
            seat.handOverToAf(until);
        }
    }

    /** Free for someone else. */
    record Release() implements SeatEffect {
        @Override
        public void applyTo(Seat seat) {
            seat.release();
        }
    }

    /** Stays as it is. */
    record None() implements SeatEffect {
        @Override
        public void applyTo(Seat seat) {
            // The step changes nothing about the seat.
        }
    }
}
