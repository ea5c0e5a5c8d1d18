package se.tuna.placement.reports.payoff;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * The sites' key-figure parameters: read (the defaults until a site enters its own) and replaced
 * whole by the site's coordinator. Refuses (422, naming each field, nothing stored) money below zero
 * or above ten billion kronor, more than two decimals (öre), an outcome that is not one, a cost
 * without its period, and an unknown site.
 */
public class KeyFigureParameterService {

    /** No amount a site enters comes near ten billion kronor: above it is a typing error. */
    public static final BigDecimal MOST_KRONOR = BigDecimal.TEN.pow(10);
    private static final int LONGEST_OUTCOME_CODE = 40;

    private final KeyFigureParameterRepository repository;
    private final ProgrammeSites sites;
    private final Clock clock;

    public KeyFigureParameterService(KeyFigureParameterRepository repository, ProgrammeSites sites, Clock clock) {
        this.repository = repository;
        this.sites = sites;
        this.clock = clock;
    }

    /** The site's parameters, or the defaults when it has entered none. */
    public KeyFigureParameters of(String site) {
        requireSite(site);
        return repository.find(site).orElseGet(() -> KeyFigureParameters.standard(site));
    }

    /** Each site's parameters, the defaults for those that entered none. */
    public Map<String, KeyFigureParameters> ofSites(Collection<String> siteIds) {
        Map<String, KeyFigureParameters> stored = repository.findAll(siteIds);
        Map<String, KeyFigureParameters> all = new LinkedHashMap<>();
        siteIds.forEach(site -> all.put(site, stored.getOrDefault(site, KeyFigureParameters.standard(site))));
        return all;
    }

    /** Replaces the site's parameters with those entered, recording who and when. */
    public KeyFigureParameters change(String site, ParameterEntry entry, String changedBy) {
        requireSite(site);
        List<FieldViolation> violations = new ArrayList<>();
        ProgrammeCost cost = checkedCost(entry.programmeCost(), violations);
        BigDecimal potential = entry.potential() == null ? KeyFigureParameters.PAYOFF_POTENTIAL
                : checkedKronor(violations, "potential", entry.potential());
        if (potential != null && potential.signum() == 0) {
            violations.add(new FieldViolation("potential", "must be more than 0 kr: the year before is what verkningsgrad is a share of"));
        }
        Map<ExitOutcome, BigDecimal> values = checkedValues(entry.valueAfterExit(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        KeyFigureParameters parameters = new KeyFigureParameters(site, cost, potential, values, changedBy, clock.instant());
        repository.save(parameters);
        return parameters;
    }

    private void requireSite(String site) {
        if (site == null || !sites.exists(site)) {
            throw InvalidInputException.of("site", "unknown site; known sites are " + sites.all().stream().map(ProgrammeSite::id).toList());
        }
    }

    private static ProgrammeCost checkedCost(ProgrammeCost cost, List<FieldViolation> violations) {
        if (cost == null) {
            return null;
        }
        BigDecimal amount = cost.amount() == null ? null : checkedKronor(violations, "programmeCost.amount", cost.amount());
        if (cost.amount() == null) {
            violations.add(new FieldViolation("programmeCost.amount", "is required: the programme's cost for the period, in kr"));
        }
        if (cost.from() == null) {
            violations.add(new FieldViolation("programmeCost.from", "is required: the first day of the period the cost is for"));
        }
        if (cost.until() == null) {
            violations.add(new FieldViolation("programmeCost.until", "is required: the last day of the period the cost is for"));
        }
        CommonRules.checkDate(violations, "programmeCost.from", cost.from());
        CommonRules.checkDate(violations, "programmeCost.until", cost.until());
        if (cost.from() != null && cost.until() != null && cost.until().isBefore(cost.from())) {
            violations.add(new FieldViolation("programmeCost.until", "must not be before programmeCost.from"));
        }
        return amount == null ? null : new ProgrammeCost(amount, cost.from(), cost.until());
    }

    private static Map<ExitOutcome, BigDecimal> checkedValues(Map<String, BigDecimal> entered, List<FieldViolation> violations) {
        Map<ExitOutcome, BigDecimal> values = new EnumMap<>(ExitOutcome.class);
        if (entered == null) {
            return values;
        }
        List<String> codes = Arrays.stream(ExitOutcome.values()).map(ExitOutcome::name).toList();
        entered.forEach((code, value) -> {
            if (code == null || code.length() > LONGEST_OUTCOME_CODE || !codes.contains(code)) {
                String field = code == null || code.length() > LONGEST_OUTCOME_CODE ? "valueAfterExit" : "valueAfterExit." + code;
                violations.add(new FieldViolation(field, "is not an exit outcome; the outcomes are " + codes));
            } else if (value == null) {
                violations.add(new FieldViolation("valueAfterExit." + code, "is required: kr a year, 0 for none"));
            } else {
                BigDecimal kronor = checkedKronor(violations, "valueAfterExit." + code, value);
                if (kronor != null) {
                    values.put(ExitOutcome.valueOf(code), kronor);
                }
            }
        });
        return values;
    }

    /** The amount without trailing zeros, if it is from 0 to ten billion kronor with at most two decimals. */
    private static BigDecimal checkedKronor(List<FieldViolation> violations, String field, BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(MOST_KRONOR) > 0) {
            violations.add(new FieldViolation(field, "must be from 0 to " + MOST_KRONOR.toPlainString() + " kr"));
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            violations.add(new FieldViolation(field, "must have at most two decimals (öre)"));
            return null;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
