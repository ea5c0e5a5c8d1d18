package se.tuna.placement.participants.participant;

import static se.tuna.placement.catalog.domain.SupportOffered.EXPERIENCED_SUPERVISOR;
import static se.tuna.placement.catalog.domain.SupportOffered.FIXED_ROUTINES;
import static se.tuna.placement.catalog.domain.SupportOffered.FLEXIBLE_START;
import static se.tuna.placement.catalog.domain.SupportOffered.FREQUENT_BREAKS;
import static se.tuna.placement.catalog.domain.SupportOffered.GRADUAL_INCREASE;
import static se.tuna.placement.catalog.domain.SupportOffered.QUIET_PLACE;
import static se.tuna.placement.catalog.domain.SupportOffered.WORK_BUDDY;
import static se.tuna.placement.catalog.domain.SupportOffered.WRITTEN_INSTRUCTIONS;

import java.util.Set;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;

/**
 * A participant's functional limitation or stated need (funktionsbegränsning, behov): a closed
 * vocabulary designed together with the slots' work demands and support, described by function,
 * never by diagnosis. Each value says which demands it cannot meet (a hard conflict), which
 * support meets it (a soft fit), and which accessibility it requires (hard).
 * <p>
 * Two limitations carry a number the coach records beside them: {@link #LIFTING_LIMIT} (the
 * heaviest lift in kg) and {@link #NOT_BEFORE} (the earliest start of day). {@link #NOT_BEFORE} rules out no
 * demand: the schedule rule judges the slot's times from that start, so a slot that starts at 06:30 but has hours
 * after 09:00 is open to someone who cannot start before 09:00.
 * <p>
 * A need that support meets is met only at a slot that does not also make a demand the need rules out: a work
 * buddy does not make solo work possible for someone who cannot work alone.
 */
public enum FunctionalLimitation {
    LIFTING_LIMIT("Begränsad lyftförmåga", Set.of(), Set.of(), Set.of()),
    NO_PROLONGED_STANDING("Klarar inte att stå länge", Set.of(WorkDemand.STANDING_MOST_OF_DAY), Set.of(), Set.of()),
    NO_CUSTOMER_CONTACT("Ingen kundkontakt", Set.of(WorkDemand.CUSTOMER_CONTACT), Set.of(), Set.of()),
    NEEDS_QUIET_PLACE("Behöver lugn miljö", Set.of(WorkDemand.NOISY_ENVIRONMENT), Set.of(QUIET_PLACE), Set.of()),
    NO_FAST_PACE("Klarar inte högt tempo", Set.of(WorkDemand.FAST_PACE), Set.of(), Set.of()),
    // No demand: the schedule rule checks the slot's real times against the earliest start, day by day (a slot
    // flagged as an early start may well have hours later in the day).
    NOT_BEFORE("Kan inte börja tidigt", Set.of(), Set.of(), Set.of()),
    NO_GROUP_WORK("Klarar inte arbete i grupp", Set.of(WorkDemand.TEAMWORK), Set.of(), Set.of()),
    // Solo work is always a conflict: a work buddy (a mentor for the first weeks) meets the need only where the work is
    // not done alone.
    CANNOT_WORK_ALONE("Kan inte arbeta ensam", Set.of(WorkDemand.WORKING_ALONE), Set.of(WORK_BUDDY), Set.of()),
    NO_PHONE_CALLS("Inga telefonsamtal", Set.of(WorkDemand.PHONE_CALLS), Set.of(), Set.of()),
    NO_DRIVING("Kan inte köra bil", Set.of(WorkDemand.DRIVING), Set.of(), Set.of()),
    NO_OUTDOOR_WORK("Klarar inte utomhusarbete", Set.of(WorkDemand.OUTDOOR_WORK), Set.of(), Set.of()),
    ONE_TASK_AT_A_TIME("En uppgift i taget", Set.of(WorkDemand.MANY_TASKS_AT_ONCE), Set.of(FIXED_ROUTINES), Set.of()),
    SENSITIVE_TO_DUST_OR_SMELLS("Tål inte damm eller starka dofter", Set.of(WorkDemand.DUST_OR_STRONG_SMELLS), Set.of(),
            Set.of()),
    NO_STAIRS_OR_LADDERS("Klarar inte trappor eller stegar", Set.of(WorkDemand.STAIRS_OR_LADDERS), Set.of(),
            Set.of(Accessibility.STEP_FREE)),
    LIMITED_SCREEN_TIME("Begränsad skärmtid", Set.of(WorkDemand.SCREEN_WORK), Set.of(), Set.of()),
    NEEDS_WRITTEN_INSTRUCTIONS("Behöver skriftliga instruktioner", Set.of(), Set.of(WRITTEN_INSTRUCTIONS), Set.of()),
    NEEDS_FLEXIBLE_START("Behöver flexibel starttid", Set.of(), Set.of(FLEXIBLE_START), Set.of()),
    NEEDS_GRADUAL_INCREASE("Behöver gradvis upptrappning", Set.of(), Set.of(GRADUAL_INCREASE), Set.of()),
    NEEDS_FREQUENT_BREAKS("Behöver täta pauser", Set.of(), Set.of(FREQUENT_BREAKS), Set.of()),
    NEEDS_CLOSE_SUPERVISION("Behöver nära handledning", Set.of(), Set.of(EXPERIENCED_SUPERVISOR), Set.of()),
    NEEDS_FIXED_ROUTINES("Behöver fasta rutiner", Set.of(), Set.of(FIXED_ROUTINES), Set.of());

    private final String label;
    private final Set<WorkDemand> conflictingDemands;
    private final Set<SupportOffered> metBy;
    private final Set<Accessibility> requiredAccessibility;

    FunctionalLimitation(String label, Set<WorkDemand> conflictingDemands, Set<SupportOffered> metBy,
            Set<Accessibility> requiredAccessibility) {
        this.label = label;
        this.conflictingDemands = conflictingDemands;
        this.metBy = metBy;
        this.requiredAccessibility = requiredAccessibility;
    }

    /** The Swedish name shown to coordinators and coaches. */
    public String label() {
        return label;
    }

    /** Demands a slot must not make of someone with this limitation. */
    public Set<WorkDemand> conflictingDemands() {
        return conflictingDemands;
    }

    /** Support that meets this need; empty when no support is asked for. */
    public Set<SupportOffered> metBy() {
        return metBy;
    }

    /** Accessibility a workplace must have for someone with this limitation. */
    public Set<Accessibility> requiredAccessibility() {
        return requiredAccessibility;
    }

    /** Whether this is a need that support can meet (a soft criterion), rather than only a limit. */
    public boolean isSupportNeed() {
        return !metBy.isEmpty();
    }
}
