package se.tuna.placement.participants.placement;

/**
 * Where a site's participants are along the programme's path now: counts only, never a person. A
 * stint whose participant declined consent is counted by its stage, as its anonymous record allows.
 *
 * @param referralQueue referred, not yet enrolled (remisskö)
 * @param mapping       enrolled, in mapping (kartläggning)
 * @param waiting       ready for a placement, waiting for one (väntar på plats)
 * @param studyVisit    a study visit booked, a seat held
 * @param trial         a trial agreed or under way (provotid)
 * @param workTraining  in work training, extended month by month (arbetsträning)
 */
public record Pipeline(long referralQueue, long mapping, long waiting, long studyVisit, long trial, long workTraining) {

    /** Enrolled and not exited: what the status reports count as active. */
    public long active() {
        return mapping + waiting + studyVisit + trial + workTraining;
    }
}
