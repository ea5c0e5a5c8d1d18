package se.tuna.placement.participants.placement;

import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;

/**
 * How the coordinator chose the slot of a placement: which slot was ranked first (the best
 * suggestion, or the plan's assignment), which was chosen, and, when they differ, why. The matcher
 * only proposes; a person decides, and one who decides otherwise says why (GDPR art. 22).
 *
 * @param firstSlotId  the slot ranked first; {@code null} when nothing was ranked (a booking by hand)
 * @param chosenSlotId the slot chosen
 * @param reason       why another slot than the first was chosen; {@code null} when the first was
 */
public record Choice(String firstSlotId, String chosenSlotId, String reason) {

    /** A few words, never a medical history. */
    public static final int LONGEST_REASON = 500;

    /**
     * The choice of {@code chosenSlotId} when {@code firstSlotId} was ranked first, with the reason
     * given (blank is none); refused (422, field {@code reason}) when overriding without a reason.
     */
    public static Choice of(String firstSlotId, String chosenSlotId, String reason) {
        Choice choice = new Choice(CommonRules.blankAsNull(firstSlotId), chosenSlotId, CommonRules.blankAsNull(reason));
        List<FieldViolation> violations = choice.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return choice;
    }

    /** Whether the coordinator chose another slot than the one ranked first. */
    public boolean overridden() {
        return firstSlotId != null && !firstSlotId.equals(chosenSlotId);
    }

    /** What is wrong with it; empty if nothing. */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (overridden() && (reason == null || reason.isBlank())) {
            violations.add(new FieldViolation("reason",
                    "is required when choosing another slot than the one ranked first (" + firstSlotId + ")"));
        }
        CommonRules.checkOptionalText(violations, "reason", reason, LONGEST_REASON);
        return violations;
    }
}
