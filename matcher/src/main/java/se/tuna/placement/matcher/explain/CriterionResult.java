package se.tuna.placement.matcher.explain;

/**
 * One line of a placement's checklist: a rule, how the placement fares on it, why in Swedish,
 * and what it did to the score.
 *
 * @param rule        the rule's name, as in the constraints table (e.g. {@code Travel time})
 * @param label       the rule in Swedish (e.g. {@code Restid})
 * @param status      met, partly, not met or unknown
 * @param detail      the reason, in Swedish, with the facts a person needs
 * @param hardEffect  what the rule did to the hard score (0 or negative)
 * @param mediumEffect what it did to the medium score
 * @param softEffect  what it did to the soft score (negative: counts against; positive: in favour)
 */
public record CriterionResult(String rule, String label, CriterionStatus status, String detail, int hardEffect,
        int mediumEffect, int softEffect) {
}
