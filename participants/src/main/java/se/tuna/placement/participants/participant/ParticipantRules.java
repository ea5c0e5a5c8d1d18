package se.tuna.placement.participants.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.reference.OccupationClassification;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.shared.CommonRules;

/**
 * The rules a participant must meet before they are stored. Field names are those of the API.
 * Besides plausible values, the rules guard the participant's privacy: the id must be a pseudonym
 * and never a personal identity number, and the free texts must not name a diagnosis.
 */
public class ParticipantRules {

    /** A pseudonymous id: a letter, a dash and 4–12 capital letters or digits, e.g. {@code D-4F7K2}. */
    public static final Pattern ID = Pattern.compile("[A-Z]-[A-Z0-9]{4,12}");
    /** The programme's dates are Swedish dates; "today" is today in Sweden. */
    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Stockholm");

    /** The programme serves people aged 18–63 ("Personerna vi arbetar med är mellan 18-63 år", seeds 001). */
    public static final int YOUNGEST = 18;
    public static final int OLDEST = 63;
    static final int SHORTEST_TRIP_MINUTES = 5;
    static final int LONGEST_TRIP_MINUTES = 180;
    static final int MOST_HOURS_PER_DAY = 10;
    static final int HEAVIEST_LIFT_KG = 50;
    static final int MOST_OCCUPATIONS = 10;
    static final int LONGEST_TEXT = 2_000;
    static final int LONGEST_REASON = 200;

    /**
     * A Swedish personal identity or coordination number anywhere in a text: six or eight digits of a
     * date (a coordination number adds 60 to the day), an optional {@code -} or {@code +}, four digits.
     */
    private static final Pattern PERSONAL_IDENTITY_NUMBER =
            Pattern.compile("(?<!\\d)(?:\\d{2})?\\d{2}(\\d{2})(\\d{2})[-+]?\\d{4}(?!\\d)");
    /**
     * Names of diagnoses that have no place in a functional description; a safety net against the
     * most common slips, not a guarantee.
     */
    private static final Pattern DIAGNOSIS = Pattern.compile("(?iU)\\b(diagnos\\w*|schizofren\\w*|bipolä\\w*|"
            + "psykos(?:en|er|erna)?|depression\\w*|adhd|autism\\w*|asperger\\w*|ocd|ptsd|borderline|tvångssyndrom\\w*|"
            + "paniksyndrom\\w*|personlighetsstörning\\w*|personlighetssyndrom\\w*|ätstörning\\w*|anorexi\\w*|bulimi\\w*)\\b");

    private final OccupationClassification occupations;
    private final ProgrammeSites sites;
    private final Clock clock;

    public ParticipantRules(OccupationClassification occupations, ProgrammeSites sites, Clock clock) {
        this.occupations = occupations;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * The rules {@code participant} breaks, none if it may be stored.
     *
     * @param registeredEmployers the employers among the participant's avoided ones that are registered
     */
    public List<FieldViolation> check(Participant participant, Set<String> registeredEmployers) {
        return check(participant, registeredEmployers, null);
    }

    /**
     * The rules {@code participant}, stored before with {@code storedBirthYear}, breaks. The ages the
     * programme serves are checked when a birth year is given or changed, not again while an admitted
     * participant grows older in the programme (a year at most), so a participant admitted at 63 can
     * still be changed and leave at 64.
     *
     * @param registeredEmployers the employers among the participant's avoided ones that are registered
     * @param storedBirthYear     the birth year stored before, {@code null} for a new participant
     */
    public List<FieldViolation> check(Participant participant, Set<String> registeredEmployers, Integer storedBirthYear) {
        List<FieldViolation> violations = new ArrayList<>();
        checkId(violations, participant.id());
        checkSite(violations, participant.site());
        if (participant.birthYear() == null || !participant.birthYear().equals(storedBirthYear)) {
            checkBirthYear(violations, participant.birthYear());
        }
        CommonRules.requireText(violations, "homeLocality", participant.homeLocality(), 100);
        CommonRules.checkCoordinates(violations, "home", participant.home());
        if (participant.travelMode() == null) {
            violations.add(new FieldViolation("travelMode", "is required: WALK, BIKE, PUBLIC_TRANSPORT or CAR"));
        }
        checkBetween(violations, "maxTravelMinutes", participant.maxTravelMinutes(), SHORTEST_TRIP_MINUTES,
                LONGEST_TRIP_MINUTES, "minutes");
        CommonRules.checkHours(violations, "hours", participant.hours());
        checkStartCeiling(violations, participant);
        checkMaxHoursPerDay(violations, participant.maxHoursPerDay());
        checkAvailability(violations, participant);
        checkOccupations(violations, "experienceOccupations", participant.experienceOccupations());
        checkOccupations(violations, "goalOccupations", participant.goalOccupations());
        checkText(violations, "skills", participant.skills());
        checkText(violations, "interests", participant.interests());
        checkText(violations, "strengths", participant.strengths());
        checkLimitations(violations, participant);
        checkAvoidedEmployers(violations, participant.avoidedEmployers(), registeredEmployers);
        checkPhase(violations, participant);
        return violations;
    }

    /** What is wrong with a referral's pseudonymous id and site, before anything else of the person is stored. */
    public List<FieldViolation> checkReferral(String id, String site) {
        List<FieldViolation> violations = new ArrayList<>();
        checkId(violations, id);
        checkSite(violations, site);
        return violations;
    }

    /** Whether {@code text} holds something that looks like a Swedish personal identity or coordination number. */
    public static boolean looksLikePersonalIdentityNumber(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = PERSONAL_IDENTITY_NUMBER.matcher(text);
        while (matcher.find()) {
            int month = Integer.parseInt(matcher.group(1));
            int day = Integer.parseInt(matcher.group(2));
            if (month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91)) {
                return true;
            }
        }
        return false;
    }

    private static void checkId(List<FieldViolation> violations, String id) {
        if (id == null || id.isBlank()) {
            violations.add(new FieldViolation("id", "must not be blank; give the participant's pseudonymous id, e.g. D-4F7K2"));
        } else if (looksLikePersonalIdentityNumber(id)) {
            // Never echo the value: it may be a real person's number.
            violations.add(new FieldViolation("id", "looks like a personal identity number (personnummer or "
                    + "samordningsnummer), which is never stored; give the participant's pseudonymous id, e.g. D-4F7K2"));
        } else if (!ID.matcher(id).matches()) {
            violations.add(new FieldViolation("id", "must be a pseudonymous id: a capital letter, '-' and 4–12 capital "
                    + "letters or digits, e.g. D-4F7K2"));
        }
    }

    private void checkSite(List<FieldViolation> violations, String site) {
        if (site == null || site.isBlank()) {
            violations.add(new FieldViolation("site", "is required"));
        } else {
            CommonRules.checkSites(violations, "site", Set.of(site), sites);
        }
    }

    private void checkBirthYear(List<FieldViolation> violations, Integer birthYear) {
        int thisYear = LocalDate.now(clock.withZone(PROGRAMME_ZONE)).getYear();
        if (birthYear == null) {
            violations.add(new FieldViolation("birthYear", "is required"));
        } else if (birthYear < thisYear - OLDEST || birthYear > thisYear - YOUNGEST) {
            violations.add(new FieldViolation("birthYear", "must be between " + (thisYear - OLDEST) + " and "
                    + (thisYear - YOUNGEST) + " (ages " + YOUNGEST + "–" + OLDEST + ")"));
        }
    }

    private static void checkBetween(List<FieldViolation> violations, String field, Integer value, int least, int most,
            String unit) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required"));
        } else if (value < least || value > most) {
            violations.add(new FieldViolation(field, "must be between " + least + " and " + most + " " + unit));
        }
    }

    /** The start ceiling in force must leave room for the fewest hours the participant can work. */
    private static void checkStartCeiling(List<FieldViolation> violations, Participant participant) {
        Integer ceiling = participant.startCeilingHours();
        if (ceiling != null && (ceiling < 1 || ceiling > 40)) {
            violations.add(new FieldViolation("startCeilingHours", "must be between 1 and 40 hours a week, or left out for "
                    + "the programme's default of " + Participant.DEFAULT_START_CEILING_HOURS));
        } else if (participant.hours() != null && participant.hours().min() <= participant.hours().max()
                && participant.effectiveStartCeiling() < participant.hours().min()) {
            violations.add(new FieldViolation("startCeilingHours", (ceiling == null
                    ? "the programme's default of " + Participant.DEFAULT_START_CEILING_HOURS + " hours a week"
                    : "must not be") + " below hours.min (" + participant.hours().min() + "); no start would fit"
                    + (ceiling == null ? ": give a higher startCeilingHours" : "")));
        }
    }

    private static void checkMaxHoursPerDay(List<FieldViolation> violations, Double maxHoursPerDay) {
        if (maxHoursPerDay == null) {
            violations.add(new FieldViolation("maxHoursPerDay", "is required"));
        } else if (!(maxHoursPerDay >= 1 && maxHoursPerDay <= MOST_HOURS_PER_DAY)) {
            // Written so that "NaN", which JSON may send as a string, is outside too.
            violations.add(new FieldViolation("maxHoursPerDay", "must be between 1 and " + MOST_HOURS_PER_DAY + " hours"));
        }
    }

    private static void checkAvailability(List<FieldViolation> violations, Participant participant) {
        if (participant.availability() == null || participant.availability().windows().isEmpty()) {
            violations.add(new FieldViolation("availability", "must give at least one weekday and time window"));
            return;
        }
        List<TimeWindow> windows = participant.availability().windows();
        boolean valid = CommonRules.checkWindows(violations, "availability", windows);
        for (int i = 0; i < windows.size() && valid; i++) {
            TimeWindow window = windows.get(i);
            if (participant.earliestStart() != null && window.start().isBefore(participant.earliestStart())) {
                violations.add(new FieldViolation("availability[" + i + "].start", "must not be before earliestStart ("
                        + participant.earliestStart() + ")"));
            }
        }
        Double perDay = participant.maxHoursPerDay();
        if (valid && participant.hours() != null && perDay != null && perDay > 0) {
            double weekly = weeklyHours(windows, perDay);
            if (weekly < participant.hours().min()) {
                violations.add(new FieldViolation("availability", "gives " + Math.round(weekly * 10) / 10.0 + " hours a "
                        + "week at most " + perDay + " a day, fewer than hours.min (" + participant.hours().min() + ")"));
            }
        }
    }

    /** The hours a week the windows give when no day holds more than {@code perDay}. */
    private static double weeklyHours(List<TimeWindow> windows, double perDay) {
        Map<DayOfWeek, Double> byDay = new EnumMap<>(DayOfWeek.class);
        windows.forEach(window -> byDay.merge(window.day(), window.hours(), Double::sum));
        return byDay.values().stream().mapToDouble(hours -> Math.min(hours, perDay)).sum();
    }

    private void checkOccupations(List<FieldViolation> violations, String field, Set<String> codes) {
        if (codes.size() > MOST_OCCUPATIONS) {
            violations.add(new FieldViolation(field, "must hold at most " + MOST_OCCUPATIONS + " occupations"));
        }
        codes.stream().filter(code -> !occupations.isValidOccupationCode(code)).sorted().forEach(code -> violations.add(
                new FieldViolation(field, "'" + code + "' is not a four-digit SSYK 2012 occupation code (e.g. 9629)")));
    }

    private static void checkText(List<FieldViolation> violations, String field, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > LONGEST_TEXT) {
            violations.add(new FieldViolation(field, "must be at most " + LONGEST_TEXT + " characters"));
        }
        checkPrivacy(violations, field, text);
    }

    /** Free text never names a diagnosis nor holds a personal identity number. */
    private static void checkPrivacy(List<FieldViolation> violations, String field, String text) {
        if (DIAGNOSIS.matcher(text).find()) {
            violations.add(new FieldViolation(field, "seems to name a diagnosis; describe abilities and needs by function "
                    + "instead (e.g. 'behöver lugn miljö', 'klarar inte högt tempo')"));
        }
        if (looksLikePersonalIdentityNumber(text)) {
            violations.add(new FieldViolation(field, "holds what looks like a personal identity number, which is never stored"));
        }
    }

    /** The two limitations that carry a number need it, and the numbers need their limitation. */
    private static void checkLimitations(List<FieldViolation> violations, Participant participant) {
        boolean liftingLimit = participant.has(FunctionalLimitation.LIFTING_LIMIT);
        if (liftingLimit && participant.maxLiftKg() == null) {
            violations.add(new FieldViolation("maxLiftKg", "is required with the limitation LIFTING_LIMIT: the heaviest lift "
                    + "in kg"));
        } else if (!liftingLimit && participant.maxLiftKg() != null) {
            violations.add(new FieldViolation("maxLiftKg", "is given only with the limitation LIFTING_LIMIT"));
        } else if (liftingLimit && (participant.maxLiftKg() < 0 || participant.maxLiftKg() > HEAVIEST_LIFT_KG)) {
            violations.add(new FieldViolation("maxLiftKg", "must be between 0 and " + HEAVIEST_LIFT_KG + " kg"));
        }
        boolean notBefore = participant.has(FunctionalLimitation.NOT_BEFORE);
        if (notBefore && participant.earliestStart() == null) {
            violations.add(new FieldViolation("earliestStart", "is required with the limitation NOT_BEFORE: the earliest "
                    + "start of day, e.g. 10:00"));
        } else if (!notBefore && participant.earliestStart() != null) {
            violations.add(new FieldViolation("earliestStart", "is given only with the limitation NOT_BEFORE"));
        }
    }

    private static void checkAvoidedEmployers(List<FieldViolation> violations, List<AvoidedEmployer> avoided,
            Set<String> registeredEmployers) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < avoided.size(); i++) {
            AvoidedEmployer employer = avoided.get(i);
            String field = "avoidedEmployers[" + i + "]";
            if (employer.employerId() == null || employer.employerId().isBlank()) {
                violations.add(new FieldViolation(field + ".employerId", "must not be blank"));
            } else if (!registeredEmployers.contains(employer.employerId())) {
                violations.add(new FieldViolation(field + ".employerId", "is not a registered employer"));
            } else if (!seen.add(employer.employerId())) {
                violations.add(new FieldViolation(field + ".employerId", "is listed twice"));
            }
            CommonRules.requireText(violations, field + ".reason", employer.reason(), LONGEST_REASON);
            if (employer.reason() != null) {
                checkPrivacy(violations, field + ".reason", employer.reason());
            }
        }
    }

    private void checkPhase(List<FieldViolation> violations, Participant participant) {
        LocalDate today = LocalDate.now(clock.withZone(PROGRAMME_ZONE));
        if (participant.phase() == null) {
            violations.add(new FieldViolation("phase", "is required: " + String.join(", ",
                    Arrays.stream(Phase.values()).map(Enum::name).toList())));
        } else if (participant.phase() == Phase.READY && participant.readySince() == null) {
            violations.add(new FieldViolation("readySince", "is required when phase is READY: it orders the waiting list"));
        } else if (participant.phase() == Phase.MAPPING && participant.readySince() != null) {
            violations.add(new FieldViolation("readySince", "must be left out while phase is MAPPING"));
        }
        if (participant.readySince() != null && participant.readySince().isAfter(today)) {
            violations.add(new FieldViolation("readySince", "must not be in the future"));
        } else {
            CommonRules.checkDate(violations, "readySince", participant.readySince());
        }
    }
}
