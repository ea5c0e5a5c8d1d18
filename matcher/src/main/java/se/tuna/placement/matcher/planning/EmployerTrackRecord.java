package se.tuna.placement.matcher.planning;

/**
 * How earlier trials (provotider) with an employer went: how many ended, and in how many the
 * participant continued into work training. Fewer than {@link #ENOUGH} trials say nothing yet.
 *
 * @param trials    trials that have ended
 * @param continued of those, how many continued
 */
public record EmployerTrackRecord(int trials, int continued) {

    public static final EmployerTrackRecord NONE = new EmployerTrackRecord(0, 0);
    /** With fewer trials than this, the rate is left unknown rather than trusted. */
    public static final int ENOUGH = 2;

    public boolean known() {
        return trials >= ENOUGH;
    }

    /** Share of trials that continued, in whole percent. */
    public int continuedPercent() {
        return trials == 0 ? 0 : Math.round(100f * continued / trials);
    }
}
