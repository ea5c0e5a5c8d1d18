package se.tuna.placement.matcher.suggest;

import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.matcher.explain.Explanation;

/**
 * A slot suggested for a participant, with why.
 *
 * @param rank         1 for the best
 * @param slot         the slot
 * @param employerName its employer
 * @param hardScore    the model's hard score (always 0: nothing that breaks a hard rule is suggested)
 * @param softScore    the model's soft score; higher is better, comparable within one participant's list
 * @param explanation  the checklist, rule by rule
 * @param toConfirm    {@code null} for a slot that passes every hard rule; otherwise what to confirm with the
 *                     employer before it can be planned (e.g. "Att bekräfta: fråga arbetsgivaren om tyngsta lyft")
 */
public record Suggestion(int rank, TrainingSlot slot, String employerName, int hardScore, int softScore,
        Explanation explanation, String toConfirm) {
}
