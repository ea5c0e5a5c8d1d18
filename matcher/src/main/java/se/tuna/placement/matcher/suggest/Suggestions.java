package se.tuna.placement.matcher.suggest;

import java.util.List;

/**
 * A participant's ranked suggestions.
 *
 * @param participantId the participant
 * @param considered    how many slots the search found worth judging
 * @param excluded      how many of those broke a hard rule and were left out
 * @param suggestions   the best, ranked by the model's score
 */
public record Suggestions(String participantId, int considered, int excluded, List<Suggestion> suggestions) {

    public Suggestions {
        suggestions = List.copyOf(suggestions);
    }
}
