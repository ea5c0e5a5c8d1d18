package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Key-figure parameters as a site enters them, before they are checked: the outcomes by their
 * codes as written ({@code WORK}, {@code HANDED_OVER_TO_AF} …), so a code that is no outcome can be
 * named in the refusal.
 *
 * @param programmeCost  the cost of one period, or {@code null} for none yet
 * @param potential      kr a year; {@code null} for Payoff's 600 000
 * @param valueAfterExit kr a year by outcome code; an outcome left out is worth 0
 */
public record ParameterEntry(ProgrammeCost programmeCost, BigDecimal potential, Map<String, BigDecimal> valueAfterExit) {
}
