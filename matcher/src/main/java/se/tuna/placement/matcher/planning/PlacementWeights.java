package se.tuna.placement.matcher.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * How much each rule weighs (constraint configuration); these are the defaults, documented with
 * their reasons in {@code docs/matching.md}. A weight is multiplied by the rule's own measure
 * (minutes, points, participants, …). Only the soft rules' weights are an admin's to change at run
 * time (on the soft level; zero switches such a rule off): the hard rules are the programme's and
 * also filter the search, and the medium rule puts a place for a ready participant above any fit,
 * so their weights are {@link #FIXED} and never differ from the defaults.
 */
@ConstraintConfiguration
public class PlacementWeights {

    public static final String SLOT_SEATS = "Slot seats";
    public static final String LIMITATION_VERSUS_DEMAND = "Limitation versus demand";
    public static final String START_HOURS = "Start hours";
    public static final String SCHEDULE_FIT = "Schedule fit";
    public static final String TRAVEL_TIME = "Travel time";
    public static final String AVOIDED_EMPLOYER = "Avoided employer";
    public static final String READY_PARTICIPANT_WITHOUT_PLACE = "Ready participant without place";
    public static final String OCCUPATION_AND_INTEREST_FIT = "Occupation and interest fit";
    public static final String SHORT_TRIPS = "Short trips";
    public static final String SUPPORT_FOR_NEEDS = "Support for needs";
    public static final String SUPERVISOR_LOAD = "Supervisor load";
    public static final String EMPLOYER_LOAD = "Employer load";
    public static final String PROVEN_EMPLOYER = "Proven employer";

    @ConstraintWeight(SLOT_SEATS)
    private HardMediumSoftScore slotSeats = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(LIMITATION_VERSUS_DEMAND)
    private HardMediumSoftScore limitationVersusDemand = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(START_HOURS)
    private HardMediumSoftScore startHours = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(SCHEDULE_FIT)
    private HardMediumSoftScore scheduleFit = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(TRAVEL_TIME)
    private HardMediumSoftScore travelTime = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(AVOIDED_EMPLOYER)
    private HardMediumSoftScore avoidedEmployer = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(READY_PARTICIPANT_WITHOUT_PLACE)
    private HardMediumSoftScore readyParticipantWithoutPlace = HardMediumSoftScore.ONE_MEDIUM;
    @ConstraintWeight(OCCUPATION_AND_INTEREST_FIT)
    private HardMediumSoftScore occupationAndInterestFit = HardMediumSoftScore.ONE_SOFT;
    @ConstraintWeight(SHORT_TRIPS)
    private HardMediumSoftScore shortTrips = HardMediumSoftScore.ONE_SOFT;
    @ConstraintWeight(SUPPORT_FOR_NEEDS)
    private HardMediumSoftScore supportForNeeds = HardMediumSoftScore.ofSoft(30);
    @ConstraintWeight(SUPERVISOR_LOAD)
    private HardMediumSoftScore supervisorLoad = HardMediumSoftScore.ofSoft(10);
    @ConstraintWeight(EMPLOYER_LOAD)
    private HardMediumSoftScore employerLoad = HardMediumSoftScore.ofSoft(5);
    @ConstraintWeight(PROVEN_EMPLOYER)
    private HardMediumSoftScore provenEmployer = HardMediumSoftScore.ONE_SOFT;

    /** The defaults. */
    public PlacementWeights() {
    }

    /**
     * The defaults with some soft rules' weights changed; names as in {@link #NAMES}.
     *
     * @throws IllegalArgumentException if a weight of a {@link #FIXED} rule differs from its default
     */
    public PlacementWeights(Map<String, HardMediumSoftScore> changed) {
        changed.forEach((rule, weight) -> {
            if (FIXED.contains(rule) && !weight.equals(DEFAULTS.weightOf(rule))) {
                throw new IllegalArgumentException("The weight of " + rule + " is fixed at " + DEFAULTS.weightOf(rule));
            }
            set(rule, weight);
        });
    }

    /** Every rule's name, hard rules first, as in the constraints table. */
    public static final List<String> NAMES = List.of(SLOT_SEATS, LIMITATION_VERSUS_DEMAND, START_HOURS, SCHEDULE_FIT,
            TRAVEL_TIME, AVOIDED_EMPLOYER, READY_PARTICIPANT_WITHOUT_PLACE, OCCUPATION_AND_INTEREST_FIT, SHORT_TRIPS,
            SUPPORT_FOR_NEEDS, SUPERVISOR_LOAD, EMPLOYER_LOAD, PROVEN_EMPLOYER);

    /**
     * The rules whose weights nobody changes: the hard rules (the programme's own, which the search
     * also applies as filters) and the medium one (a place for a ready participant before any fit).
     */
    public static final List<String> FIXED = List.of(SLOT_SEATS, LIMITATION_VERSUS_DEMAND, START_HOURS, SCHEDULE_FIT,
            TRAVEL_TIME, AVOIDED_EMPLOYER, READY_PARTICIPANT_WITHOUT_PLACE);

    private static final PlacementWeights DEFAULTS = new PlacementWeights();

    /** Whether an admin may change this rule's weight (a soft rule, on the soft level only). */
    public static boolean adjustable(String rule) {
        return NAMES.contains(rule) && !FIXED.contains(rule);
    }

    /** The documented default weight of a rule. */
    public static HardMediumSoftScore defaultOf(String rule) {
        return DEFAULTS.weightOf(rule);
    }

    /** Every weight by rule name, in the order of {@link #NAMES}. */
    public Map<String, HardMediumSoftScore> asMap() {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        NAMES.forEach(name -> weights.put(name, weightOf(name)));
        return weights;
    }

    public HardMediumSoftScore weightOf(String constraint) {
        return switch (constraint) {
            case SLOT_SEATS -> slotSeats;
            case LIMITATION_VERSUS_DEMAND -> limitationVersusDemand;
            case START_HOURS -> startHours;
            case SCHEDULE_FIT -> scheduleFit;
            case TRAVEL_TIME -> travelTime;
            case AVOIDED_EMPLOYER -> avoidedEmployer;
            case READY_PARTICIPANT_WITHOUT_PLACE -> readyParticipantWithoutPlace;
            case OCCUPATION_AND_INTEREST_FIT -> occupationAndInterestFit;
            case SHORT_TRIPS -> shortTrips;
            case SUPPORT_FOR_NEEDS -> supportForNeeds;
            case SUPERVISOR_LOAD -> supervisorLoad;
            case EMPLOYER_LOAD -> employerLoad;
            case PROVEN_EMPLOYER -> provenEmployer;
            default -> throw new IllegalArgumentException("No rule named " + constraint);
        };
    }

    private void set(String constraint, HardMediumSoftScore weight) {
        switch (constraint) {
            case SLOT_SEATS -> slotSeats = weight;
            case LIMITATION_VERSUS_DEMAND -> limitationVersusDemand = weight;
            case START_HOURS -> startHours = weight;
            case SCHEDULE_FIT -> scheduleFit = weight;
            case TRAVEL_TIME -> travelTime = weight;
            case AVOIDED_EMPLOYER -> avoidedEmployer = weight;
            case READY_PARTICIPANT_WITHOUT_PLACE -> readyParticipantWithoutPlace = weight;
            case OCCUPATION_AND_INTEREST_FIT -> occupationAndInterestFit = weight;
            case SHORT_TRIPS -> shortTrips = weight;
            case SUPPORT_FOR_NEEDS -> supportForNeeds = weight;
            case SUPERVISOR_LOAD -> supervisorLoad = weight;
            case EMPLOYER_LOAD -> employerLoad = weight;
            case PROVEN_EMPLOYER -> provenEmployer = weight;
            default -> throw new IllegalArgumentException("No rule named " + constraint);
        }
    }
}
