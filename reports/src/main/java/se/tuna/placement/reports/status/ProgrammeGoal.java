package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.util.function.Predicate;

import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * The programme's goals for where participants go on to (seed {@code 000_…}): "Målet är att 40 % av
 * projektdeltagarna har gått vidare till arbetslivsinriktad rehabilitering och 10 % till arbete eller
 * utbildning". The first is the hand-over to Arbetsförmedlingen, whose work-oriented rehabilitation
 * takes them on; the second is work or studies (a return to the usual employer is reported on its
 * own line, not counted here).
 */
public enum ProgrammeGoal {
    /** Vidare till arbetslivsinriktad rehabilitering: handed over to Arbetsförmedlingen. */
    ON_TO_WORK_ORIENTED_REHABILITATION("Vidare till arbetslivsinriktad rehabilitering (Arbetsförmedlingen)", 40,
            outcome -> outcome == ExitOutcome.HANDED_OVER_TO_AF),
    /** Till arbete eller utbildning. */
    TO_WORK_OR_STUDIES("Till arbete eller utbildning", 10, ExitOutcome::toWorkOrStudies);

    private final String label;
    private final BigDecimal targetPercent;
    private final Predicate<ExitOutcome> counts;

    ProgrammeGoal(String label, int targetPercent, Predicate<ExitOutcome> counts) {
        this.label = label;
        this.targetPercent = BigDecimal.valueOf(targetPercent);
        this.counts = counts;
    }

    public String label() {
        return label;
    }

    /** The share of the exits the goal asks for, in per cent. */
    public BigDecimal targetPercent() {
        return targetPercent;
    }

    /** Whether an exit with this outcome counts towards the goal. */
    public boolean counts(ExitOutcome outcome) {
        return counts.test(outcome);
    }
}
