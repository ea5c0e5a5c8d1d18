package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What the {@code key-figure-parameters} index holds. */
public final class KeyFigureParameterDocuments {

    private KeyFigureParameterDocuments() {
    }

    /** A site's parameters, stored under the site's id, with who changed them last. */
    public record KeyFigureParameterDocument(String site, CostDocument programmeCost, BigDecimal potential,
            Map<String, BigDecimal> valueAfterExit, String changedBy, Instant changedAt) {
    }

    public record CostDocument(BigDecimal amount, LocalDate from, LocalDate until) {
    }
}
