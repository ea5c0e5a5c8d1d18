package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * What a site enters for its socio-economic key figures (an estimate, see {@code docs/reports.md}):
 * the programme's cost for the period it reports, what a participant's year outside work costs
 * society before the programme (Payoff's "potential", about 600 000 kr a year), and the value a
 * participant creates for society in the first year after leaving with each outcome.
 *
 * @param site           the site
 * @param programmeCost  the cost of one period; {@code null} until the site enters one
 * @param potential      kr a year that one participant's year before costs society
 * @param valueAfterExit kr a year created in the first year after an exit with each outcome, every outcome present
 * @param changedBy      who entered them last; {@code null} for the defaults nobody entered
 * @param changedAt      when; {@code null} for the defaults
 */
public record KeyFigureParameters(String site, ProgrammeCost programmeCost, BigDecimal potential,
        Map<ExitOutcome, BigDecimal> valueAfterExit, String changedBy, Instant changedAt) {

    /** Payoff's example of a participant's year before: "den samhälleliga potentialen cirka 600 000 kronor". */
    public static final BigDecimal PAYOFF_POTENTIAL = BigDecimal.valueOf(600_000);

    public KeyFigureParameters {
        Map<ExitOutcome, BigDecimal> every = new EnumMap<>(ExitOutcome.class);
        Arrays.stream(ExitOutcome.values()).forEach(outcome -> every.put(outcome, BigDecimal.ZERO));
        if (valueAfterExit != null) {
            valueAfterExit.forEach((outcome, value) -> every.put(outcome, value == null ? BigDecimal.ZERO : value));
        }
        valueAfterExit = Map.copyOf(every);
    }

    /** A site's parameters before anyone entered them: no cost, Payoff's potential, no value for any outcome. */
    public static KeyFigureParameters standard(String site) {
        return new KeyFigureParameters(site, null, PAYOFF_POTENTIAL, Map.of(), null, null);
    }

    public BigDecimal valueOf(ExitOutcome outcome) {
        return valueAfterExit.getOrDefault(outcome, BigDecimal.ZERO);
    }
}
