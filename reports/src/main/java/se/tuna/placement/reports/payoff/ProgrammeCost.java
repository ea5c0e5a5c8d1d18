package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.tuna.placement.reports.status.ReportPeriod;

/**
 * What the programme cost a site for one period (Payoff's "kostnader": the resources the programme
 * used, its own and bought in), as the site enters it for the period it reports, usually the
 * half-year. The key figures take it only for exactly that period: a cost is not spread over days
 * or months it was not entered for.
 *
 * @param amount kronor for the whole period
 * @param from   the period's first day
 * @param until  the period's last day
 */
public record ProgrammeCost(BigDecimal amount, LocalDate from, LocalDate until) {

    /** Whether this is the cost of {@code period}: the same first and last day. */
    public boolean isFor(ReportPeriod period) {
        return from.equals(period.from()) && until.equals(period.until());
    }
}
