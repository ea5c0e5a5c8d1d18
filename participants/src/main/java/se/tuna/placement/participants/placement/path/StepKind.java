package se.tuna.placement.participants.placement.path;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of step a placement's path is made of, with who takes each. The path checks which
 * step is allowed when; who may take it is checked where the request arrives.
 */
public enum StepKind {
    /** Boka studiebesök, at a time agreed with the employer. */
    BOOK_STUDY_VISIT("book a study visit", "Boka studiebesök", PathRole.COORDINATOR),
    /** Svar efter studiebesöket: go on to a trial, or not and why. */
    ANSWER_STUDY_VISIT("answer after the study visit", "Svar efter studiebesöket", PathRole.COACH, PathRole.COORDINATOR),
    /** Starta provotid. */
    START_TRIAL("start the trial", "Starta provotid", PathRole.COORDINATOR),
    /** Förläng: a month more of work training, decided at the monthly follow-up. */
    EXTEND("extend", "Förläng", PathRole.COACH),
    /** Avsluta, with an ending. */
    END("end", "Avsluta", PathRole.COACH, PathRole.COORDINATOR),
    /** Rätta: take back the last step recorded by mistake, with a reason. */
    CORRECT("correct the last step", "Rätta senaste steget", PathRole.COORDINATOR);

    private final String description;
    private final String label;
    private final Set<PathRole> takenBy;

    StepKind(String description, String label, PathRole first, PathRole... others) {
        this.description = description;
        this.label = label;
        this.takenBy = Set.copyOf(EnumSet.of(first, others));
    }

    /** What the step does, in English, for messages. */
    public String description() {
        return description;
    }

    /** The Swedish name shown to coordinators and coaches. */
    public String label() {
        return label;
    }

    /** Who takes this step. */
    public Set<PathRole> takenBy() {
        return takenBy;
    }
}
