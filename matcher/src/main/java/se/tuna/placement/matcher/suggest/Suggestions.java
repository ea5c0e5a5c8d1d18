package se.tuna.placement.matcher.suggest;

import java.util.List;

/**
 * A participant's ranked suggestions.
 *
 * @param participantId the participant
 * @param considered          how many slots of the whole bank pass the hard rules the search filters exactly (open
 *                            with a free seat, available, site, days and times, hours, limitations, with a lifting
 *                            limit a lift stated within it, avoided employers, within the mode's reach)
 * @param excluded            of those slots read, in the search's order, until enough feasible ones were found, how
 *                            many broke a hard rule checked after the search (trip time, schedule hours, a seat or
 *                            status changed since the search saw it); {@code considered - excluded} is exactly the
 *                            number of feasible slots when the search read the bank to its end, else an upper bound
 * @param toConfirmConsidered the same count as {@code considered} for the slots to be confirmed (an unstated heaviest
 *                            lift for a participant with a lifting limit); 0 for anyone else
 * @param toConfirmExcluded   the same as {@code excluded} for the slots to be confirmed (that search stops once
 *                            {@code count} pass)
 * @param suggestions         the best, ranked by the model's score
 */
public record Suggestions(String participantId, int considered, int excluded, int toConfirmConsidered,
        int toConfirmExcluded, List<Suggestion> suggestions) {

    public Suggestions {
        suggestions = List.copyOf(suggestions);
    }
}
