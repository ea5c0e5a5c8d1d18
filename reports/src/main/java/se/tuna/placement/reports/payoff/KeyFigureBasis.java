package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;

/**
 * What the key figures of a site and period are computed from, exact (unrounded): sums, so that the
 * figures of several sites together are those of their bases added up.
 *
 * @param programmeCost the programme's cost for the period; {@code null} when it was not entered for exactly this period
 *                      (for sites together: when any site's is missing)
 * @param served        participants served in the period: active on the day counted plus those who left in the period
 * @param exits         those who left in the period
 * @param valueCreated  kr created in the first year after leaving, summed over the exits: each exit's outcome's value
 * @param costBefore    kr the exits' year before cost society: each exit's site's potential, summed
 */
public record KeyFigureBasis(BigDecimal programmeCost, long served, long exits, BigDecimal valueCreated, BigDecimal costBefore) {

    /** Nothing: the sum of no sites, with a cost of zero. */
    public static final KeyFigureBasis NONE = new KeyFigureBasis(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Two sites' bases counted together; the cost is known only when both are. */
    public KeyFigureBasis plus(KeyFigureBasis other) {
        BigDecimal cost = programmeCost == null || other.programmeCost == null ? null : programmeCost.add(other.programmeCost);
        return new KeyFigureBasis(cost, served + other.served, exits + other.exits, valueCreated.add(other.valueCreated),
                costBefore.add(other.costBefore));
    }
}
