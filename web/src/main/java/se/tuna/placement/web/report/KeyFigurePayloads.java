package se.tuna.placement.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the socio-economic key figures' endpoints take and answer: sums and counts, never a person. */
final class KeyFigurePayloads {

    private KeyFigurePayloads() {
    }

    /**
     * A site's key-figure parameters as its coordinator enters them; they replace the site's whole.
     * Kronor from 0 to 10 000 000 000 with at most two decimals.
     *
     * @param programmeCost  the programme's cost for one period (the half-year reported), or null for none yet
     * @param potential      kr a year that a participant's year before costs society; Payoff's 600 000 when left out
     * @param valueAfterExit kr a year created in the first year after an exit, by outcome code (WORK, STUDIES …); 0 for one left out
     */
    record ParametersRequest(@Valid CostPayload programmeCost, BigDecimal potential,
            @Size(max = 20) Map<String, BigDecimal> valueAfterExit) {
    }

    /**
     * The programme's cost for one period.
     *
     * @param amount kr for the whole period
     * @param from   the period's first day
     * @param until  its last day
     */
    record CostPayload(@NotNull BigDecimal amount, @NotNull LocalDate from, @NotNull LocalDate until) {
    }

    /**
     * A site's key-figure parameters: those it entered, or the defaults (no cost, Payoff's potential,
     * no value for any outcome) with no {@code changedBy}.
     *
     * @param site           the site
     * @param programmeCost  the cost of one period, or null
     * @param potential      kr a year
     * @param valueAfterExit kr a year by outcome code, every outcome listed
     * @param changedBy      the account that entered them last, or null
     * @param changedAt      when, or null
     */
    record ParametersResponse(String site, CostPayload programmeCost, BigDecimal potential, Map<String, BigDecimal> valueAfterExit,
            String changedBy, Instant changedAt) {
    }

    /**
     * The key figures (an estimate) of each site and of them together.
     *
     * @param label    says they are an estimate, wherever they are shown
     * @param sites    the sites
     * @param from     the period's first day
     * @param until    its last day
     * @param asOf     the day the counts are read as of (the period's last day at the latest)
     * @param bySite   each site's figures and the parameters they come from
     * @param together the sites' sums and the figures of them
     */
    record KeyFigureReportResponse(String label, List<String> sites, LocalDate from, LocalDate until, LocalDate asOf,
            List<SiteKeyFiguresResponse> bySite, KeyFiguresResponse together) {
    }

    /** One site's key figures and the parameters they were computed from. */
    record SiteKeyFiguresResponse(String site, ParametersResponse parameters, KeyFiguresResponse figures) {
    }

    /**
     * Key figures with what they are computed from; a figure that cannot be computed is null, and
     * {@code notes} says why.
     *
     * @param programmeCost               the cost taken, null when none was entered for exactly this period
     * @param served                      participants served: active on {@code asOf} plus the period's exits
     * @param exits                       the period's exits
     * @param valueCreated                kr a year created by the exits: each exit's outcome's value, summed
     * @param costBefore                  kr the exits' year before cost: exits × potential
     * @param costPerParticipant          programmeCost / served, whole kr
     * @param verkningsgradPercent        valueCreated / costBefore × 100, one decimal
     * @param paybackMonths               återbetalningstid: programmeCost / (valueCreated / 12), one decimal
     * @param costPerVerkningsgradPercent kostnad per verkningsgrad: costPerParticipant / verkningsgrad, whole kr
     * @param returnPerKrona              valueCreated / programmeCost, two decimals
     * @param notes                       why a figure is missing, in Swedish
     */
    record KeyFiguresResponse(BigDecimal programmeCost, long served, long exits, BigDecimal valueCreated, BigDecimal costBefore,
            BigDecimal costPerParticipant, BigDecimal verkningsgradPercent, BigDecimal paybackMonths,
            BigDecimal costPerVerkningsgradPercent, BigDecimal returnPerKrona, List<String> notes) {
    }
}
