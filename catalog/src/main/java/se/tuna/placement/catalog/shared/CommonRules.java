package se.tuna.placement.catalog.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ProgrammeSites;

/** Checks that employers, slots and (in the matcher) participants share. */
public final class CommonRules {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
    /** Elasticsearch pages no deeper than its {@code index.max_result_window}. */
    public static final int DEEPEST_RESULT = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CommonRules() {
    }

    public static void requireText(List<FieldViolation> violations, String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "must not be blank"));
        } else if (value.length() > longest) {
            violations.add(new FieldViolation(field, "must be at most " + longest + " characters"));
        }
    }

    /**
     * A text that may be left out, but not be longer than {@code longest}: what is stored must fit
     * the store's limits (a term of at most 32 kB), and no form needs more.
     */
    /** Text stripped; blank is the same as none. */
    public static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static void checkOptionalText(List<FieldViolation> violations, String field, String value, int longest) {
        if (value != null && value.length() > longest) {
            violations.add(new FieldViolation(field, "must be at most " + longest + " characters"));
        }
    }

    /**
     * A date the platform's records can hold: of this century. JSON reads any year from
     * -999999999 to +999999999, which the store refuses to index.
     */
    /**
     * Refuses a page outside what a list can show: before the first, empty, or past the first
     * {@link #DEEPEST_RESULT} items; {@code narrowing} says how to narrow the list instead.
     */
    public static void requirePageWithin(int page, int size, String what, String narrowing) {
        if (page < 0 || size < 1 || ((long) page + 1) * size > DEEPEST_RESULT) {
            throw InvalidInputException.of("page", "must be 0 or more, with size 1 or more, within the first "
                    + DEEPEST_RESULT + " " + what + "; " + narrowing);
        }
    }

    public static void checkDate(List<FieldViolation> violations, String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            violations.add(new FieldViolation(field, "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE));
        }
    }

    /**
     * Checks that each of a week's windows has a day, a start and an end after the start, naming {@code field[i]} and
     * {@code field[i].end}; true when every one does. One wording for slots, availability, agreed terms and calendars.
     */
    public static boolean checkWindows(List<FieldViolation> violations, String field, List<TimeWindow> windows) {
        boolean valid = true;
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow window = windows.get(i);
            if (window == null || window.day() == null || window.start() == null || window.end() == null) {
                violations.add(new FieldViolation(field + "[" + i + "]", "needs a day, a start and an end"));
                valid = false;
            } else if (!window.start().isBefore(window.end())) {
                violations.add(new FieldViolation(field + "[" + i + "].end", "must be after start"));
                valid = false;
            }
        }
        return valid;
    }

    public static void checkCoordinates(List<FieldViolation> violations, String field, Coordinates coordinates) {
        if (coordinates == null) {
            violations.add(new FieldViolation(field, "is required (lat, lon in WGS84)"));
        } else if (!coordinates.isInSweden()) {
            violations.add(new FieldViolation(field, "must be in Sweden (latitude 55.0–69.1, longitude 10.9–24.2)"));
        }
    }

    public static void checkSites(List<FieldViolation> violations, String field, Set<String> siteIds, ProgrammeSites sites) {
        if (siteIds == null || siteIds.isEmpty()) {
            violations.add(new FieldViolation(field, "must name at least one programme site"));
            return;
        }
        siteIds.stream().filter(site -> !sites.exists(site)).sorted().forEach(site -> violations.add(new FieldViolation(field,
                "unknown site '" + site + "'; known sites are " + sites.all().stream().map(s -> s.id()).toList())));
    }

    /**
     * Weekly hours, min to max, each within a training week's bounds and min not above max; the
     * violations name {@code field}, {@code field.min} and {@code field.max}.
     */
    public static void checkHours(List<FieldViolation> violations, String field, HourRange hours) {
        if (hours == null) {
            violations.add(new FieldViolation(field, "is required (min and max hours a week)"));
            return;
        }
        String allowed = "must be between " + HourRange.FEWEST_WEEKLY_HOURS + " and " + HourRange.MOST_WEEKLY_HOURS + " hours a week";
        if (hours.min() < HourRange.FEWEST_WEEKLY_HOURS || hours.min() > HourRange.MOST_WEEKLY_HOURS) {
            violations.add(new FieldViolation(field + ".min", allowed));
        }
        if (hours.max() < HourRange.FEWEST_WEEKLY_HOURS || hours.max() > HourRange.MOST_WEEKLY_HOURS) {
            violations.add(new FieldViolation(field + ".max", allowed));
        }
        if (hours.min() > hours.max()) {
            violations.add(new FieldViolation(field + ".min", "must not be above " + field + ".max"));
        }
    }

    public static void checkEmail(List<FieldViolation> violations, String field, String email) {
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            violations.add(new FieldViolation(field, "is not an e-mail address"));
        }
    }
}
