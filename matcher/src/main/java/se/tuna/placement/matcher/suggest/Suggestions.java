package se.tuna.placement.matcher.suggest;

import java.util.List;

/**
 * A participant's ranked suggestions.
 *
 * @param participantId the participant
 * @param considered    how many slots of the whole bank pass the hard rules the search filters exactly (open with
 *                      a free seat, available, site, days and times, hours, limitations, lift within the limit or unstated,
 *                      avoided employers, within the mode's reach)
 * @param excluded      of the slots read, in the search's order, until enough feasible ones were found, how many
 *                      broke a hard rule checked after the search (trip time, schedule hours, a seat or status
 *                      changed since the search saw it)
 * @param suggestions   the best, ranked by the model's score
 */
public record Suggestions(String participantId, int considered, int excluded, List<Suggestion> suggestions) {

    public Suggestions {
        suggestions = List.copyOf(suggestions);
    }
}
