package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;

/**
 * What a status report (lägesrapport) covers: the period whose exits it counts (the half-year, by
 * default) and the day it is counted as of (dagens läge), whose standing it shows. Every figure is
 * read from the steps dated on or before {@code asOf}.
 *
 * @param from  the period's first day
 * @param until the period's last day
 * @param asOf  the day the report is counted as of
 */
public record ReportPeriod(LocalDate from, LocalDate until, LocalDate asOf) {

    public ReportPeriod {
        if (from == null || until == null || asOf == null || until.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from its first day to its last, as of a day");
        }
    }

    /**
     * The period asked for, with the defaults filled in: as of {@code today}, and the half-year
     * (January–June or July–December) that holds the day given, {@code asOf} when none is. Refuses
     * (422) a period that ends before it starts, a day outside the dates the platform takes, and a
     * report as of a day after {@code today}, which nothing has happened on yet.
     */
    public static ReportPeriod of(LocalDate from, LocalDate until, LocalDate asOf, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "from", from);
        CommonRules.checkDate(violations, "until", until);
        CommonRules.checkDate(violations, "asOf", asOf);
        if (asOf != null && asOf.isAfter(today)) {
            violations.add(new FieldViolation("asOf", "must not be after today (" + today + "): a report counts what has happened"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new FieldViolation("until", "must not be before from (" + from + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate day = asOf == null ? today : asOf;
        LocalDate first = from != null ? from : halfYearStart(until != null ? until : day);
        LocalDate last = until != null ? until : halfYearEnd(from != null ? from : day);
        return new ReportPeriod(first, last, day);
    }

    /** The first day of the half-year that holds {@code day}: 1 January or 1 July. */
    static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? Month.JANUARY : Month.JULY, 1);
    }

    /** The last day of the half-year that holds {@code day}: 30 June or 31 December. */
    static LocalDate halfYearEnd(LocalDate day) {
        return day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 6, 30) : LocalDate.of(day.getYear(), 12, 31);
    }

    /** Whether {@code day} is in the period and not after the day the report is counted as of. */
    public boolean holds(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until) && !day.isAfter(asOf);
    }

    /** The last day whose events the report counts: the period's last day, or the day it is counted as of if earlier. */
    public LocalDate lastDayCounted() {
        return until.isBefore(asOf) ? until : asOf;
    }
}
