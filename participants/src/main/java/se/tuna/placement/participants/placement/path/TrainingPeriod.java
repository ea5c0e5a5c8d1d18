package se.tuna.placement.participants.placement.path;

/**
 * A period of training at the workplace: the trial (provotid) or one extension (förlängning), with
 * what was agreed for it.
 *
 * @param span      its days
 * @param terms     the hours, days and times and support agreed for it
 * @param shortened whether it was cut short to end on the stint's last day (see {@link StintLimit})
 */
public record TrainingPeriod(DateSpan span, WeeklyTerms terms, boolean shortened) {
}
