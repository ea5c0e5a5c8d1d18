package se.tuna.placement.access.signin;

import java.util.List;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;

/** A password the policy refuses; nothing was stored. */
public class WeakPasswordException extends InvalidInputException {

    private final PasswordPolicy.Problem problem;

    public WeakPasswordException(PasswordPolicy.Problem problem) {
        super(List.of(new FieldViolation("password", switch (problem) {
            case TOO_SHORT -> "must be at least " + PasswordPolicy.SHORTEST + " characters";
            case TOO_LONG -> "must be at most " + PasswordPolicy.LONGEST_BYTES + " bytes";
            case CONTAINS_ADDRESS -> "must not contain the e-mail address";
            case TOO_COMMON -> "is too common";
            case MISMATCH -> "does not equal its repetition";
        })));
        this.problem = problem;
    }

    public PasswordPolicy.Problem problem() {
        return problem;
    }
}
