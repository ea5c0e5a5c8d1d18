package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.status.ExitCounts;
import se.tuna.placement.reports.status.ReportPeriod;

/**
 * Computes the socio-economic key figures from a site's parameters and its counts: pure, no
 * storage, no clock. Each figure is computed from the exact sums of {@link KeyFigureBasis} and
 * rounded once, half up; {@code docs/reports.md} derives each formula from Payoff's definition
 * (seed {@code 004_…}) and works an example by hand that {@code KeyFigureCalculationTest} repeats.
 */
public final class KeyFigureCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    private KeyFigureCalculation() {
    }

    /**
     * The basis of one site for a period: its programme cost if entered for exactly this period;
     * served = active on the day counted plus the period's exits; the value created and the cost
     * before summed over the period's exits by outcome.
     */
    public static KeyFigureBasis basis(KeyFigureParameters parameters, ReportPeriod period, long activeOnTheDay,
            ExitCounts exitsInPeriod) {
        ProgrammeCost cost = parameters.programmeCost();
        BigDecimal valueCreated = BigDecimal.ZERO;
        for (ExitOutcome outcome : ExitOutcome.values()) {
            valueCreated = valueCreated.add(parameters.valueOf(outcome).multiply(BigDecimal.valueOf(exitsInPeriod.of(outcome))));
        }
        BigDecimal costBefore = parameters.potential().multiply(BigDecimal.valueOf(exitsInPeriod.total()));
        return new KeyFigureBasis(cost != null && cost.isFor(period) ? cost.amount() : null, activeOnTheDay + exitsInPeriod.total(),
                exitsInPeriod.total(), valueCreated, costBefore);
    }

    /**
     * The figures of a basis:
     * <ul>
     * <li>cost per participant = cost / served;</li>
     * <li>verkningsgrad = value created / cost before × 100;</li>
     * <li>return per krona = value created / cost;</li>
     * <li>återbetalningstid = cost / (value created / 12) months;</li>
     * <li>kostnad per verkningsgrad = cost per participant / verkningsgrad
     *     = cost × cost before / (100 × served × value created).</li>
     * </ul>
     */
    public static KeyFigures figures(KeyFigureBasis basis) {
        List<String> notes = new ArrayList<>();
        BigDecimal cost = basis.programmeCost();
        BigDecimal served = BigDecimal.valueOf(basis.served());
        BigDecimal value = basis.valueCreated();
        boolean costKnown = cost != null;
        boolean anyServed = basis.served() > 0;
        boolean anyExit = basis.exits() > 0 && basis.costBefore().signum() > 0;
        boolean anyValue = value.signum() > 0;
        if (!costKnown) {
            notes.add("Programmets kostnad för just denna period är inte angiven: inga nyckeltal som bygger på kostnaden");
        } else if (cost.signum() == 0) {
            notes.add("Programmets kostnad är angiven till 0 kr: ingen avkastning per krona");
        }
        if (!anyServed) {
            notes.add("Inga deltagare under perioden: ingen kostnad per deltagare");
        }
        if (!anyExit) {
            notes.add("Inga avslut under perioden: ingen verkningsgrad");
        } else if (!anyValue) {
            notes.add("Avsluten skapade inget värde med de angivna värdena: ingen återbetalningstid eller kostnad per verkningsgrad");
        }
        BigDecimal costPerParticipant = costKnown && anyServed ? cost.divide(served, 0, RoundingMode.HALF_UP) : null;
        BigDecimal verkningsgrad = anyExit ? value.multiply(HUNDRED).divide(basis.costBefore(), 1, RoundingMode.HALF_UP) : null;
        BigDecimal returnPerKrona = costKnown && cost.signum() > 0 ? value.divide(cost, 2, RoundingMode.HALF_UP) : null;
        BigDecimal payback = costKnown && anyValue ? cost.multiply(MONTHS_A_YEAR).divide(value, 1, RoundingMode.HALF_UP) : null;
        BigDecimal costPerVerkningsgrad = costKnown && anyServed && anyExit && anyValue
                ? cost.multiply(basis.costBefore()).divide(HUNDRED.multiply(served).multiply(value), 0, RoundingMode.HALF_UP)
                : null;
        return new KeyFigures(basis, costPerParticipant, verkningsgrad, payback, costPerVerkningsgrad, returnPerKrona, notes);
    }
}
