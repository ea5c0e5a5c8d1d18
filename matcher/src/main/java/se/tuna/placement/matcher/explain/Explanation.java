package se.tuna.placement.matcher.explain;

import java.util.List;

/**
 * Why a slot was suggested or planned for a participant: a checklist with one line per rule.
 * There is deliberately no "% match": the lines say what fits, what does not, and what is unknown.
 *
 * @param criteria one result per rule, hard rules first
 */
public record Explanation(List<CriterionResult> criteria) {

    public Explanation {
        criteria = List.copyOf(criteria);
    }

    /** Whether every hard rule holds. */
    public boolean feasible() {
        return criteria.stream().allMatch(c -> c.hardEffect() == 0);
    }
}
