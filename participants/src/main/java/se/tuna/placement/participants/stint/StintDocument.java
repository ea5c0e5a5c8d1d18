package se.tuna.placement.participants.stint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stint as the {@code stints} index holds it: its steps, and what lists and reports filter and
 * count on, written from the steps.
 *
 * @param steps the steps, one shape for every kind, told apart by {@code kind}
 */
public record StintDocument(String id, String participantId, String site, String gender, String stage, Integer startYear,
        LocalDate admittedOn, LocalDate enrolledOn, String consent, String compensation, LocalDate readySince,
        LocalDate exitedOn, String outcome, List<StepDocument> steps) {

    /**
     * One step: {@code kind} is a {@link StintStepKind} name; only the fields of that kind are filled in.
     *
     * @param consent      for {@code ENROL}
     * @param compensation for {@code ENROL} and {@code COMPENSATION}
     * @param outcome      for {@code EXIT}
     * @param reason       for {@code CORRECT}
     */
    public record StepDocument(String kind, LocalDate on, String recordedBy, Instant recordedAt, String consent,
            String compensation, String outcome, String reason) {
    }
}
