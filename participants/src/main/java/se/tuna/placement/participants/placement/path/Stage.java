package se.tuna.placement.participants.placement.path;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a placement is on its path, and which steps it allows from there. */
public enum Stage {
    /** Studiebesök bokat: the seat is held until the answer. */
    STUDY_VISIT_BOOKED("study visit booked", "Studiebesök bokat", StepKind.ANSWER_STUDY_VISIT, StepKind.CORRECT),
    /** Väntar på provotid: both said yes and the seat is booked; the trial starts on an agreed day. */
    TRIAL_AGREED("trial agreed, waiting for its start", "Väntar på provotid", StepKind.START_TRIAL, StepKind.END, StepKind.CORRECT),
    /** Provotid: three weeks, usually under ten hours a week. */
    TRIAL("trial", "Provotid", StepKind.EXTEND, StepKind.END, StepKind.CORRECT),
    /** Arbetsträning: extended a month at a time. */
    WORK_TRAINING("work training", "Arbetsträning", StepKind.EXTEND, StepKind.END, StepKind.CORRECT),
    /** Avslutad, with an ending. */
    ENDED("ended", "Avslutad", StepKind.CORRECT),
    /** Återtagen: the booking of the study visit itself was taken back; nothing is left to do. */
    WITHDRAWN("taken back", "Återtagen");

    private final String description;
    private final String label;
    private final Set<StepKind> allowed;

    Stage(String description, String label, StepKind... allowed) {
        this.description = description;
        this.label = label;
        this.allowed = allowed.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(List.of(allowed)));
    }

    /** Where it stands, in English, for messages. */
    public String description() {
        return description;
    }

    /** The Swedish name shown to coordinators and coaches. */
    public String label() {
        return label;
    }

    /** The steps the path allows from here. */
    public Set<StepKind> allowedSteps() {
        return allowed;
    }

    /** Whether the placement still takes the participant's time: neither ended nor taken back. */
    public boolean isActive() {
        return this != ENDED && this != WITHDRAWN;
    }
}
