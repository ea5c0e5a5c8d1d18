package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.shared.CommonRules;

/**
 * A study visit (studiebesök) at the workplace, booked by the coordinator at a time agreed with the
 * employer: the first step of every placement.
 *
 * @param bookedOn   the day it was booked
 * @param at         when the visit takes place
 * @param readySince the day the participant first became ready for a placement: kept so that, if
 *                   this placement comes to nothing, their waiting goes on from that day
 */
public record StudyVisit(LocalDate bookedOn, LocalDateTime at, LocalDate readySince) {

    /** The participant and the employer usually answer within days; the seat waits a week after the visit. */
    public static final Period ANSWER_WITHIN = Period.ofWeeks(1);

    /** The last day the seat is held for the answer. */
    public LocalDate holdUntil() {
        return at.toLocalDate().plus(ANSWER_WITHIN);
    }

    List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (bookedOn == null) {
            violations.add(new FieldViolation("bookedOn", "is required"));
        }
        if (at == null) {
            violations.add(new FieldViolation("at", "is required"));
        } else if (bookedOn != null && at.toLocalDate().isBefore(bookedOn)) {
            violations.add(new FieldViolation("at", "must not be before the day the visit was booked"));
        } else {
            CommonRules.checkDate(violations, "at", at.toLocalDate());
        }
        if (readySince == null) {
            violations.add(new FieldViolation("readySince", "is required: the day the participant became ready for a placement"));
        } else if (bookedOn != null && readySince.isAfter(bookedOn)) {
            violations.add(new FieldViolation("readySince", "must not be after the day the visit was booked"));
        }
        return violations;
    }
}
