package se.tuna.placement.catalog.demo;

import java.util.List;

import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.TrainingSlot;

/**
 * A generated placement bank (praktikplatsbank): employers and the training slots they offer. Every slot's
 * {@code employerId} is the id of one of the employers.
 *
 * @param employers the employers, in the order they were generated
 * @param slots     the training slots, in the order they were generated
 */
public record DemoBank(List<Employer> employers, List<TrainingSlot> slots) {

    public DemoBank {
        employers = List.copyOf(employers);
        slots = List.copyOf(slots);
    }
}
