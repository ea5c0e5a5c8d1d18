package se.tuna.placement.matcher.fit;

import se.tuna.placement.catalog.search.SlotHit;

/**
 * A slot the search found, as read again just now, with how the participant fits it: judged once
 * while the search's hits are checked, and passed on to the planning facts as it is.
 *
 * @param hit        the slot as it is now, with its employer's name and the search's score
 * @param assessment how the participant fits it
 */
public record AssessedHit(SlotHit hit, PairAssessment assessment) {
}
