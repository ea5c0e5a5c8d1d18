package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.util.List;

/**
 * The socio-economic key figures (samhällsekonomiska nyckeltal) of a site or several sites for a
 * period: an estimate (uppskattning) after Payoff's definitions, from the parameters the sites
 * entered and the exits the platform counted, not a measurement of each participant's years as
 * Payoff makes it. A figure that cannot be computed (no cost for the period, no exits, no value
 * created) is {@code null}, and {@code notes} says why. Formulas and rounding: {@code docs/reports.md}.
 *
 * @param basis                        what they are computed from
 * @param costPerParticipant           kr: the programme's cost over the participants served, whole kronor
 * @param verkningsgradPercent         per cent of the exits' societal cost of the year before freed in the year after, one decimal
 * @param paybackMonths                återbetalningstid: months until the value created equals the cost, one decimal
 * @param costPerVerkningsgradPercent  kostnad per verkningsgrad: kr per participant for each per cent of verkningsgrad, whole kronor
 * @param returnPerKrona               kr created in the year after for each krona the programme cost, two decimals
 * @param notes                        why a figure is missing, in Swedish; empty when none is
 */
public record KeyFigures(KeyFigureBasis basis, BigDecimal costPerParticipant, BigDecimal verkningsgradPercent,
        BigDecimal paybackMonths, BigDecimal costPerVerkningsgradPercent, BigDecimal returnPerKrona, List<String> notes) {

    /** What the figures are called wherever they are shown: they estimate, they do not measure. */
    public static final String LABEL = "Uppskattning efter Payoffs nyckeltal, från verksamhetens angivna värden och plattformens avslut";

    public KeyFigures {
        notes = List.copyOf(notes);
    }
}
