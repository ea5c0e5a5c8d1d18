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
    FAILED,
    /**
     * The service restarted while the plan was being made, so its solve died with the process; it
     * can be read (as last solved, if ever) but not decided from: start a new plan of the same sites.
     */
    INTERRUPTED;

    /** Whether nothing more happens to a plan in this state unless a coordinator acts. */
    public boolean over() {
        return this == FINISHED || this == FAILED || this == INTERRUPTED;
    }
}
