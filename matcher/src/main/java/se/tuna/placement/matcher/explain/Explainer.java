package se.tuna.placement.matcher.explain;

import static se.tuna.placement.matcher.explain.CriterionStatus.MET;
import static se.tuna.placement.matcher.explain.CriterionStatus.NOT_MET;
import static se.tuna.placement.matcher.explain.CriterionStatus.PARTLY;
import static se.tuna.placement.matcher.explain.CriterionStatus.UNKNOWN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.OccupationClassification;
import se.tuna.placement.matcher.fit.PairAssessment;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.matcher.planning.EmployerTrackRecord;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.planning.Seating;
import se.tuna.placement.matcher.planning.SlotFact;

/**
 * Writes a placement's checklist in Swedish: one line per rule, from the same assessment the
 * rules score, with what each rule did to the score. Data that is not recorded is shown as
 * unknown, never as met.
 */
public class Explainer {

    private final OccupationClassification occupations;

    public Explainer(OccupationClassification occupations) {
        this.occupations = occupations;
    }

    /**
     * @param seating how many are planned at the slot and whether this placement gets a seat there
     *                ({@link PlanScoring#seatings} in a plan, {@link Seating#alone} for a suggestion), so the
     *                seats line agrees with this placement's share of the seats rule
     * @param effects what each rule did to the score for this placement, by rule name (from the
     *                solver's constraint matches in a plan, {@code CandidateScores.effectsAlone} for a
     *                suggestion); rules without an entry did nothing
     */
    public Explanation explain(Participant p, TrainingSlot slot, SlotFact fact, PairAssessment a, Seating seating,
            Map<String, HardMediumSoftScore> effects) {
        Lines lines = new Lines(effects);
        lines.add(PlacementWeights.SLOT_SEATS, "Lediga platser", seats(fact, seating));
        lines.add(PlacementWeights.LIMITATION_VERSUS_DEMAND, "Begränsningar och krav", limitations(p, a));
        lines.add(PlacementWeights.START_HOURS, "Timmar vid start", startHours(p, slot, a));
        lines.add(PlacementWeights.SCHEDULE_FIT, "Dagar och tider", schedule(p, a));
        lines.add(PlacementWeights.TRAVEL_TIME, "Restid inom gränsen", travelLimit(p, a));
        lines.add(PlacementWeights.AVOIDED_EMPLOYER, "Arbetsgivare att undvika", avoided(fact, a));
        lines.add(PlacementWeights.OCCUPATION_AND_INTEREST_FIT, "Yrke och intressen", occupation(slot, a));
        lines.add(PlacementWeights.SHORT_TRIPS, "Kort resväg", shortTrip(p, a));
        lines.add(PlacementWeights.SUPPORT_FOR_NEEDS, "Stöd för behov", support(a));
        lines.add(PlacementWeights.SUPERVISOR_LOAD, "Handledarens belastning", supervisor(fact));
        lines.add(PlacementWeights.EMPLOYER_LOAD, "Arbetsgivarens belastning", employer(fact));
        lines.add(PlacementWeights.PROVEN_EMPLOYER, "Tidigare provtider", trackRecord(fact));
        return new Explanation(lines.results);
    }

    /** The checklist of a ready participant the plan leaves without a place. */
    public Explanation unplaced(Map<String, HardMediumSoftScore> effects, int candidates, int feasibleCandidates) {
        Lines lines = new Lines(effects);
        lines.add(PlacementWeights.READY_PARTICIPANT_WITHOUT_PLACE, "Plats i planen", new Verdict(NOT_MET,
                candidates == 0
                        ? "Ingen plats i banken passar deltagarens grundkrav (verksamhet, timmar, dagar, begränsningar, restid)"
                        : feasibleCandidates == 0
                        ? "Ingen av de " + candidates + " platser som hittades uppfyller alla krav för deltagaren"
                        : "Platserna som passar (" + feasibleCandidates + ") behövs av andra som väntat längre eller har färre alternativ"));
        return new Explanation(lines.results);
    }

    private record Verdict(CriterionStatus status, String detail) {
    }

    /** Collects the lines with the score effect of each rule. */
    private static final class Lines {
        private final Map<String, HardMediumSoftScore> effects;
        private final List<CriterionResult> results = new ArrayList<>();

        Lines(Map<String, HardMediumSoftScore> effects) {
            this.effects = effects;
        }

        void add(String rule, String label, Verdict verdict) {
            HardMediumSoftScore effect = effects.getOrDefault(rule, HardMediumSoftScore.ZERO);
            results.add(new CriterionResult(rule, label, verdict.status(), verdict.detail(), effect.hardScore(),
                    effect.mediumScore(), effect.softScore()));
        }
    }

    /**
     * The seats line of this placement, not of the slot: where more are planned than there are free seats, the
     * ones who get a seat read met and the ones left without read not met, as their shares of the rule say.
     */
    private static Verdict seats(SlotFact fact, Seating seating) {
        int free = fact.freeSeats();
        String seats = free == 1 ? "1 ledig plats" : free + " lediga platser";
        if (free == 0) {
            return new Verdict(NOT_MET, "Alla platser är bokade eller reserverade");
        }
        if (seating.planned() > free) {
            return seating.seated()
                    ? new Verdict(MET, (free == 1 ? "Får den enda lediga platsen" : "Får en av " + seats)
                            + " (" + seating.planned() + " planerade)")
                    : new Verdict(NOT_MET, seating.planned() + " planerade men bara " + seats
                            + ": den här placeringen får ingen");
        }
        return new Verdict(MET, seats);
    }

    private static Verdict limitations(Participant p, PairAssessment a) {
        List<String> problems = new ArrayList<>();
        if (!a.conflictingDemands().isEmpty()) {
            problems.add("krav som krockar: " + labels(a.conflictingDemands(), d -> d.label().toLowerCase()));
        }
        if (!a.missingAccessibility().isEmpty()) {
            problems.add("saknar " + labels(a.missingAccessibility(), x -> x.label().toLowerCase()));
        }
        if (Boolean.TRUE.equals(a.liftTooHeavy())) {
            problems.add("tyngsta lyft över deltagarens gräns på " + p.maxLiftKg() + " kg");
        }
        if (!problems.isEmpty()) {
            return new Verdict(NOT_MET, capitalised(String.join("; ", problems)));
        }
        if (a.liftTooHeavy() == null) {
            return new Verdict(UNKNOWN, "Okänt: platsen anger inte tyngsta lyft; deltagarens gräns är " + p.maxLiftKg()
                    + " kg. Fråga arbetsgivaren hur tunga lyft arbetet kräver");
        }
        boolean hasLimits = p.limitations().stream().anyMatch(l -> !l.isSupportNeed() || !l.conflictingDemands().isEmpty());
        return new Verdict(MET, hasLimits ? "Inga krav som krockar med deltagarens begränsningar"
                : "Inga begränsningar angivna som platsens krav krockar med");
    }

    private static Verdict startHours(Participant p, TrainingSlot slot, PairAssessment a) {
        String ranges = "deltagaren " + p.hours().min() + "–" + p.hours().max() + " h, platsen " + slot.hours().min() + "–"
                + slot.hours().max() + " h, starttak " + p.effectiveStartCeiling() + " h";
        return a.startHoursFit()
                ? new Verdict(MET, "Start med " + a.startHours() + " h/vecka (" + ranges + ")")
                : new Verdict(NOT_MET, "Ingen gemensam starttid (" + ranges + ")");
    }

    private static Verdict schedule(Participant p, PairAssessment a) {
        if (a.attainableHours() == null) {
            return new Verdict(UNKNOWN, "Deltagarens dagar och tider är inte angivna");
        }
        String hours = formatHours(a.attainableHours());
        int needed = a.startHours() != null ? a.startHours() : a.startRangeLow();
        // "Cannot start early" is judged here, from the slot's real times, not from an early-start flag.
        String within = p.earliestStart() == null ? "inom deltagarens tider"
                : "inom deltagarens tider, från " + p.earliestStart() + " tidigast";
        return a.scheduleFits()
                ? new Verdict(MET, "Platsens tider ger upp till " + hours + " h/vecka " + within)
                : new Verdict(NOT_MET, "Platsens tider ger bara " + hours + " h/vecka " + within + "; "
                        + needed + " h behövs");
    }

    private static Verdict travelLimit(Participant p, PairAssessment a) {
        if (a.travelMinutes() == null) {
            return new Verdict(UNKNOWN, "Restiden kan inte beräknas: hemort eller färdsätt saknas");
        }
        String trip = "Ca " + a.travelMinutes() + " min " + modeText(p);
        if (a.maxTravelMinutes() == null) {
            return new Verdict(UNKNOWN, trip + "; deltagarens gräns är inte angiven");
        }
        return a.travelMinutesOverLimit() > 0
                ? new Verdict(NOT_MET, trip + ", över gränsen " + a.maxTravelMinutes() + " min")
                : new Verdict(MET, trip + " (gräns " + a.maxTravelMinutes() + " min)");
    }

    private static Verdict shortTrip(Participant p, PairAssessment a) {
        if (a.travelMinutes() == null) {
            return new Verdict(UNKNOWN, "Restiden kan inte beräknas");
        }
        int limit = a.maxTravelMinutes() == null ? 60 : a.maxTravelMinutes();
        CriterionStatus status = a.travelMinutes() * 2 <= limit ? MET : a.travelMinutes() <= limit ? PARTLY : NOT_MET;
        return new Verdict(status, "Ca " + a.travelMinutes() + " min " + modeText(p) + " enkel resa");
    }

    private static Verdict avoided(SlotFact fact, PairAssessment a) {
        return a.avoidedEmployer()
                ? new Verdict(NOT_MET, "Deltagaren ska inte placeras hos " + fact.employerName())
                : new Verdict(MET, "Ingen invändning mot arbetsgivaren");
    }

    private Verdict occupation(TrainingSlot slot, PairAssessment a) {
        String name = occupations.name(slot.occupationCode()).orElse(slot.occupationCode());
        String interests = interestReason(a);
        boolean anyInterest = !a.sharedInterestWords().isEmpty() || !a.relatedInterestWords().isEmpty();
        return switch (a.occupationMatch()) {
            case GOAL -> new Verdict(MET, "Målyrke: " + name + interests);
            case GOAL_GROUP -> new Verdict(PARTLY, "Samma yrkesgrupp som ett målyrke: " + name + interests);
            case EXPERIENCE -> new Verdict(PARTLY, "Har arbetat som " + name.toLowerCase() + interests);
            case RELATED -> new Verdict(PARTLY, "Närliggande yrke: " + name + interests);
            case NONE -> new Verdict(anyInterest ? PARTLY : NOT_MET,
                    "Inte ett målyrke eller tidigare yrke: " + name + interests);
            case UNKNOWN -> new Verdict(anyInterest ? PARTLY : UNKNOWN,
                    "Deltagarens mål och erfarenhet är inte angivna" + interests);
        };
    }

    /**
     * The interest part of the occupation line: only words that mean something (the domain stop list keeps
     * "arbeta", "uppgifter" and the like out of the assessment), then the related terms from the taxonomy.
     */
    static String interestReason(PairAssessment a) {
        StringBuilder reason = new StringBuilder();
        if (!a.sharedInterestWords().isEmpty()) {
            reason.append("; intressen som arbetsuppgifterna nämner: ").append(String.join(", ", a.sharedInterestWords()));
        }
        if (!a.relatedInterestWords().isEmpty()) {
            reason.append("; närliggande enligt yrkestaxonomin: ").append(a.relatedInterestWords().entrySet().stream()
                    .map(related -> related.getKey() + " – " + related.getValue()).collect(Collectors.joining(", ")));
        }
        return reason.toString();
    }

    private static Verdict support(PairAssessment a) {
        if (a.needsMet().isEmpty() && a.needsUnmet().isEmpty()) {
            return new Verdict(MET, "Inga särskilda behov av stöd angivna");
        }
        String met = a.needsMet().isEmpty() ? "" : "möts: " + labels(a.needsMet(), FunctionalLimitation::label);
        // A need the work itself rules out (solo work for someone who cannot work alone) is not met, whatever
        // support the slot offers: the same conflict the limitation line shows.
        List<FunctionalLimitation> contradicted = a.needsUnmet().stream()
                .filter(need -> need.conflictingDemands().stream().anyMatch(a.conflictingDemands()::contains)).toList();
        String refused = contradicted.isEmpty() ? "" : "ej uppfyllt: " + labels(contradicted, FunctionalLimitation::label)
                + " (arbetet kräver " + labels(contradicted.stream().flatMap(need -> need.conflictingDemands().stream())
                        .filter(a.conflictingDemands()::contains).distinct().toList(), d -> d.label().toLowerCase()) + ")";
        // The slot does not say it gives the support: unknown, not refused (a refusal is a demand that conflicts).
        List<FunctionalLimitation> unknown = a.needsUnmet().stream().filter(need -> !contradicted.contains(need)).toList();
        String unmet = unknown.isEmpty() ? "" : "okänt: " + labels(unknown, FunctionalLimitation::label)
                + " (platsen anger inte det stödet; fråga arbetsgivaren om " + labels(unknown.stream()
                        .flatMap(need -> need.metBy().stream()).collect(Collectors.toCollection(
                                () -> EnumSet.noneOf(SupportOffered.class))),
                        support -> support.label().toLowerCase()) + ")";
        CriterionStatus status = !contradicted.isEmpty() ? NOT_MET
                : a.needsUnmet().isEmpty() ? MET : a.needsMet().isEmpty() ? UNKNOWN : PARTLY;
        return new Verdict(status, capitalised(String.join("; ",
                List.of(met, refused, unmet).stream().filter(s -> !s.isEmpty()).toList())));
    }

    private static Verdict supervisor(SlotFact fact) {
        if (!fact.supervisorNamed()) {
            return new Verdict(UNKNOWN, "Okänt: platsen anger ingen handledare, så den räknas som om en person handledde "
                    + (fact.supervisorLoad() == 0 ? "alla arbetsgivarens deltagare" : "arbetsgivarens alla " + fact.supervisorLoad()
                    + " deltagare") + ". Fråga arbetsgivaren vem som blir handledare och hur många hen har");
        }
        return fact.supervisorLoad() == 0
                ? new Verdict(MET, "Handledaren har inga andra deltagare nu")
                : new Verdict(PARTLY, "Handledaren har redan " + fact.supervisorLoad() + " deltagare");
    }

    private static Verdict employer(SlotFact fact) {
        return fact.employerLoad() == 0
                ? new Verdict(MET, fact.employerName() + " har inga andra deltagare nu")
                : new Verdict(PARTLY, fact.employerName() + " har redan " + fact.employerLoad() + " deltagare");
    }

    private static Verdict trackRecord(SlotFact fact) {
        if (!fact.trackRecord().known()) {
            return new Verdict(UNKNOWN, "För få avslutade provtider hos arbetsgivaren för att säga något");
        }
        EmployerTrackRecord record = fact.trackRecord();
        return new Verdict(record.continuedPercent() >= 50 ? MET : PARTLY, record.continued() + " av " + record.trials()
                + " provtider fortsatte");
    }

    private static String modeText(Participant p) {
        return p.travelMode() == null ? "" : switch (p.travelMode()) {
            case WALK -> "till fots";
            case BIKE -> "med cykel";
            case PUBLIC_TRANSPORT -> "med kollektivtrafik";
            case CAR -> "med bil";
        };
    }

    private static String formatHours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((int) hours) : String.format("%.1f", hours).replace('.', ',');
    }

    private static <T> String labels(Collection<T> items, Function<T, String> label) {
        return items.stream().map(label).sorted().collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
