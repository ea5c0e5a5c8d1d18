package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.error.InvalidInputException;

/** The checks every step of a path shares. */
final class PathRules {

    /** A reason is a few words for the next match or the audit, never a medical history. */
    static final int LONGEST_REASON = 500;

    private PathRules() {
    }

    /** Refuses a step the stage does not allow, naming the stage and what it does allow. */
    static void requireAllowed(Stage stage, StepKind step) {
        if (!stage.allowedSteps().contains(step)) {
            throw new ConflictException("stage", "Cannot " + step.description() + ": the placement is at '" + stage.description()
                    + "' (" + stage.label() + "), which allows " + listed(stage.allowedSteps().stream()
                    .sorted(Comparator.naturalOrder()).map(StepKind::description).toList()));
        }
    }

    /** Refuses an ending that does not end a placement at this stage. */
    static void requireEndsFrom(Stage stage, Ending ending) {
        if (!ending.endsFrom().contains(stage)) {
            throw new ConflictException("ending", "A placement at '" + stage.description() + "' (" + stage.label()
                    + ") cannot end as '" + ending.label() + "'");
        }
    }

    /** Refuses a step whose value is missing altogether, before checking its parts. */
    static void requireGiven(String field, Object value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
    }

    static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A step happens on a day, and never before the step before it: the history reads in order. */
    static void checkDay(List<FieldViolation> violations, String field, LocalDate day, LocalDate earliest, String what) {
        if (day == null) {
            violations.add(new FieldViolation(field, "is required"));
        } else if (day.isBefore(earliest)) {
            violations.add(new FieldViolation(field, "must not be before " + what + " (" + earliest + ")"));
        } else {
            CommonRules.checkDate(violations, field, day);
        }
    }

    private static String listed(List<String> steps) {
        if (steps.isEmpty()) {
            return "no further step";
        }
        if (steps.size() == 1) {
            return steps.get(0);
        }
        return steps.subList(0, steps.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + steps.get(steps.size() - 1);
    }
}
