package se.tuna.placement.matcher.plan;

/** Where a plan job is. */
public enum PlanStatus {
    /** Reading the waiting list and finding candidates. */
    PREPARING,
    /** Waiting for a free solver thread. */
    QUEUED,
    /** The solver is improving the plan. */
    SOLVING,
    /** Done (or stopped early); the best plan found is final until solved again. */
    FINISHED,
    /** Something went wrong; see the message. */
    FAILED
}
