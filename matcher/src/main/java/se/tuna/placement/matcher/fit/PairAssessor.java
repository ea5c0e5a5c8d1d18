package se.tuna.placement.matcher.fit;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.RelatedOccupations;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/** Works out a {@link PairAssessment}: how one participant fits one slot, rule by rule. */
public class PairAssessor {

    /**
     * This many of the participant's words in the tasks make a full interest match (a related term from the
     * taxonomy counts {@link SwedishWords#RELATED_WEIGHT} of one).
     */
    static final int WORDS_FOR_FULL_INTEREST = 3;
    /**
     * Task texts whose stems are remembered. Analysing a slot's text is most of a suggestion's own work, and
     * the same slots come back for participant after participant; a bank repeats its texts, too.
     */
    static final int TEXTS_REMEMBERED = 20_000;

    private final TravelTimeEstimator travel;
    private final RelatedOccupations related;
    private final SwedishWords words;
    private final Cache<String, Set<String>> stemsOfTexts = Caffeine.newBuilder().maximumSize(TEXTS_REMEMBERED).build();

    public PairAssessor(TravelTimeEstimator travel, RelatedOccupations related, SwedishWords words) {
        this.travel = travel;
        this.related = related;
        this.words = words;
    }

    /** The words of what a participant likes, knows and is good at, to pass to {@link #assess}. */
    public Map<String, String> interestWords(Participant p) {
        return words.of(String.join(". ", nonNull(p.interests()), nonNull(p.skills()), nonNull(p.strengths())));
    }

    /** The stems of a slot's title and tasks, to pass to {@link #assess}. */
    public Set<String> taskStems(TrainingSlot slot) {
        return stemsOfTexts.get(slot.title() + ". " + slot.tasks(), text -> Set.copyOf(words.of(text).keySet()));
    }

    /** Judges the pair; the word sets are worked out once per participant and per slot by the caller. */
    public PairAssessment assess(Participant p, TrainingSlot slot) {
        return assess(p, slot, interestWords(p), taskStems(slot));
    }

    public PairAssessment assess(Participant p, TrainingSlot slot, Map<String, String> interestWords, Set<String> taskStems) {
        SwedishWords.InterestMatch interests = words.match(interestWords, taskStems);
        int low = Math.max(p.hours().min(), slot.hours().min());
        int high = Math.min(Math.min(p.hours().max(), slot.hours().max()), p.effectiveStartCeiling());
        return new PairAssessment(
                conflictingDemands(p, slot),
                liftTooHeavy(p, slot),
                missingAccessibility(p, slot),
                low <= high ? low : null,
                low,
                high,
                attainableHours(p, slot),
                p.home() == null ? null : travel.minutes(p.home(), slot.coordinates(), p.travelMode()).stream().boxed()
                        .findFirst().orElse(null),
                p.maxTravelMinutes(),
                p.avoids(slot.employerId()),
                occupationMatch(p, slot.occupationCode()),
                interestWords.isEmpty() ? null : Math.min(1.0, interests.points() / WORDS_FOR_FULL_INTEREST),
                interests.direct(),
                interests.related(),
                needs(p, slot, true),
                needs(p, slot, false));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static Set<WorkDemand> conflictingDemands(Participant p, TrainingSlot slot) {
        Set<WorkDemand> conflicts = EnumSet.noneOf(WorkDemand.class);
        for (FunctionalLimitation limitation : p.limitations()) {
            for (WorkDemand demand : limitation.conflictingDemands()) {
                if (slot.demands().contains(demand)) {
                    conflicts.add(demand);
                }
            }
        }
        return conflicts;
    }

    /** {@code null} when the slot does not state its heaviest lift and the participant has a limit. */
    static Boolean liftTooHeavy(Participant p, TrainingSlot slot) {
        if (!p.has(FunctionalLimitation.LIFTING_LIMIT) || p.maxLiftKg() == null) {
            return false;
        }
        return slot.heaviestLiftKg() == null ? null : slot.heaviestLiftKg() > p.maxLiftKg();
    }

    static Set<Accessibility> missingAccessibility(Participant p, TrainingSlot slot) {
        Set<Accessibility> missing = EnumSet.noneOf(Accessibility.class);
        p.limitations().forEach(limitation -> limitation.requiredAccessibility().stream()
                .filter(needed -> !slot.accessibility().contains(needed)).forEach(missing::add));
        return missing;
    }

    /** Hours a week the participant can actually work there; {@code null} without recorded availability. */
    static Double attainableHours(Participant p, TrainingSlot slot) {
        if (p.availability() == null || p.availability().windows().isEmpty()) {
            return null;
        }
        double perDay = p.maxHoursPerDay() == null ? 24 : p.maxHoursPerDay();
        return slot.schedule().sharedHours(p.workingWindows(), perDay);
    }

    OccupationMatch occupationMatch(Participant p, String code) {
        if (p.goalOccupations().isEmpty() && p.experienceOccupations().isEmpty()) {
            return OccupationMatch.UNKNOWN;
        }
        if (p.goalOccupations().contains(code)) {
            return OccupationMatch.GOAL;
        }
        if (p.goalOccupations().stream().anyMatch(goal -> goal.regionMatches(0, code, 0, 3))) {
            return OccupationMatch.GOAL_GROUP;
        }
        if (p.experienceOccupations().contains(code)) {
            return OccupationMatch.EXPERIENCE;
        }
        boolean isRelated = p.goalOccupations().stream().anyMatch(goal -> related.strength(goal, code) > 0)
                || p.experienceOccupations().stream().anyMatch(done -> related.strength(done, code) > 0);
        return isRelated ? OccupationMatch.RELATED : OccupationMatch.NONE;
    }

    /**
     * The stated needs the slot's support meets ({@code met}) or does not. Support never meets a need at a slot whose
     * work makes a demand the need rules out (a work buddy does not make solo work possible for someone who cannot
     * work alone): that is a hard conflict, and the need counts as not met.
     */
    private static Set<FunctionalLimitation> needs(Participant p, TrainingSlot slot, boolean met) {
        Set<FunctionalLimitation> needs = EnumSet.noneOf(FunctionalLimitation.class);
        p.limitations().stream().filter(FunctionalLimitation::isSupportNeed)
                .filter(need -> (need.metBy().stream().anyMatch(slot.support()::contains)
                        && need.conflictingDemands().stream().noneMatch(slot.demands()::contains)) == met)
                .forEach(needs::add);
        return needs;
    }
}
