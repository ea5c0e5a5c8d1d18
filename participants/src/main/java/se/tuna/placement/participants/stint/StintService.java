package se.tuna.placement.participants.stint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;

/**
 * What coordinators and coaches record of a participant's stint (inskrivning): the referral, the
 * referral group's admission, the enrolment with consent, compensation, ready for placement, back
 * to mapping, the exit and corrections. Each step reads the stint with its version, lets the stint
 * take the step (a refused step changes nothing), writes it only if nobody wrote in between, and
 * then brings the participant's phase to what the stint says (a state, so a retry after a crash
 * completes it). While a placement is under way the placement's steps move the phase instead: a
 * step that would contradict it (back to mapping, exit) is refused here and taken through the
 * placement.
 *
 * <p>Consent comes first: a profile is stored only under a stint whose enrolment recorded consent,
 * and a declined enrolment keeps only the anonymous statistics record.
 */
public class StintService {

    private static final int MAX_ATTEMPTS = 10;

    private final StintRepository stints;
    private final ParticipantService participants;
    private final ParticipantRules rules;
    private final PlacementPhases placements;
    private final Clock clock;

    public StintService(StintRepository stints, ParticipantService participants, ParticipantRules rules, PlacementPhases placements,
            Clock clock) {
        this.stints = stints;
        this.placements = placements;
        this.participants = participants;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * A referral: a new stint for {@code participantId} at {@code site}, waiting in the referral
     * queue since {@code queuedOn} or admitted on {@code admittedOn}. A person whose last stint has
     * ended may be referred again; one whose stint is under way may not.
     */
    public Stint refer(String participantId, String site, Gender gender, LocalDate queuedOn, LocalDate admittedOn,
            String accountId) {
        requireValidReferral(participantId, site);
        String id = StintRepository.currentIdOf(participantId);
        Stint stint = Stint.referred(id, participantId, site, gender, queuedOn, admittedOn, recorded(accountId));
        Optional<Versioned<Stint>> current = stints.find(id);
        try {
            if (current.isEmpty()) {
                stints.create(stint);
            } else if (current.get().value().stage() == StintStage.EXITED) {
                stints.keepEnded(current.get().value());
                stints.replace(stint, current.get());
            } else {
                throw new ConflictException("participantId", "The participant's stint is under way ("
                        + current.get().value().stage().label() + "); a new referral waits until it has ended");
            }
        } catch (VersionConflictException referredAtTheSameMoment) {
            throw new ConflictException("participantId", "The participant was referred by someone else at the same moment");
        }
        return stint;
    }

    /** Refuses a referral's id or site before anything is recorded of it: an id that can never be used names nobody. */
    public void requireValidReferral(String participantId, String site) {
        // The rules name the profile's field (id); a referral names it participantId.
        List<FieldViolation> violations = rules.checkReferral(participantId, site).stream()
                .map(violation -> violation.field().equals("id") ? new FieldViolation("participantId", violation.reason()) : violation)
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public Stint get(String stintId) {
        return find(stintId).value();
    }

    /** The participant's current (or last) stint, if they have one. */
    public Optional<Stint> currentOf(String participantId) {
        return stints.find(StintRepository.currentIdOf(participantId)).map(Versioned::value);
    }

    /** Every stint of a participant, the newest first. */
    public List<Stint> allOf(String participantId) {
        return stints.allOf(participantId);
    }

    public Page<Stint> list(String site, StintStage stage, int page, int size) {
        CommonRules.requirePageWithin(page, size, "stints", "narrow the list by site and stage");
        return stints.list(site, stage, page, size);
    }

    /**
     * The stints under way at {@code site} within a month of their last day or past it (of
     * {@code participantIds} only, when given), the nearest first: time to plan the exit.
     */
    public List<Stint> nearingLastDay(String site, StintLengths lengths, Collection<String> participantIds) {
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        // The last day is enrolment + length - 1 day; warned from a month before it.
        LocalDate enrolledBy = today.plus(StintLimit.WARNING).minus(lengths.at(site)).plusDays(1);
        return stints.underWayEnrolledBy(site, enrolledBy, participantIds);
    }

    public Stint admit(String stintId, LocalDate on, String accountId) {
        return step(stintId, stint -> stint.admit(on, recorded(accountId)));
    }

    /**
     * Enrols them with their answer on consent. Declined, the stint is kept only as an anonymous
     * statistics record under a new id, which the answer carries: nothing ties it to the person.
     */
    public Stint enrol(String stintId, LocalDate on, Consent consent, Compensation compensation, String accountId) {
        Stint enrolled = step(stintId, stint -> stint.enrol(on, consent, compensation, recorded(accountId)));
        if (consent != Consent.DECLINED || enrolled.participantId() == null) {
            return enrolled;
        }
        Stint anonymous = enrolled.anonymised(UUID.randomUUID().toString());
        stints.create(anonymous);
        stints.delete(enrolled.id());
        return anonymous;
    }

    public Stint changeCompensation(String stintId, LocalDate on, Compensation compensation, String accountId) {
        return step(stintId, stint -> stint.changeCompensation(on, compensation, recorded(accountId)));
    }

    /** The mapping is done: ready for a placement from {@code on}. Their profile must be registered first. */
    public Stint ready(String stintId, LocalDate on, String accountId) {
        Stint stint = get(stintId);
        if (stint.participantId() == null || participants.find(stint.participantId()).isEmpty()) {
            throw new ConflictException("stage", "Register the participant's profile from the mapping before they are "
                    + "ready for a placement: matching reads it");
        }
        return step(stintId, current -> current.ready(on, recorded(accountId)));
    }

    public Stint backToMapping(String stintId, LocalDate on, String accountId) {
        requireNoPlacementUnderWay(get(stintId), "go back to mapping");
        return step(stintId, stint -> stint.backToMapping(on, recorded(accountId)));
    }

    /**
     * Ends the stint on {@code on} with its outcome. While a placement is under way, the exit goes
     * through the placement, which ends it and then the stint ({@code PlacementService.exit}).
     */
    public Stint exit(String stintId, LocalDate on, ExitOutcome outcome, String accountId) {
        requireNoPlacementUnderWay(get(stintId), "exit");
        return step(stintId, stint -> stint.exit(on, outcome, recorded(accountId)));
    }

    /**
     * Exits the stint of a participant whose placement has just ended them (to work, studies or
     * Arbetsförmedlingen, or with the stint): harmless to repeat, so a retry after a crash completes it.
     */
    public void exitAfterPlacement(String participantId, LocalDate on, ExitOutcome outcome, String accountId) {
        String stintId = StintRepository.currentIdOf(participantId);
        Optional<Versioned<Stint>> current = stints.find(stintId);
        if (current.isPresent() && current.get().value().stage() != StintStage.EXITED) {
            step(stintId, stint -> stint.stage() == StintStage.EXITED ? stint : stint.exit(on, outcome, recorded(accountId)));
        }
    }

    /** Takes back the stint's last step in force, recorded by mistake, with a reason. */
    public Stint correct(String stintId, LocalDate on, String reason, String accountId) {
        requireNoPlacementUnderWay(get(stintId), "correct the stint");
        return step(stintId, stint -> stint.correct(on, reason, recorded(accountId)));
    }

    /**
     * Stores a participant's profile under their current stint, which must have recorded their
     * consent and not have ended; or, with {@code enrolment}, refers and enrols them with consent
     * first. The phase comes from the stint: mapping, or ready from the profile's {@code readySince}
     * when the profile says they are ready; or, when a placement is under way (recorded before the
     * profile, as an imported caseload's are), the phase that placement gives. The profile is checked before anything is written, and a
     * retry after a crash completes what was left undone.
     */
    public Participant registerProfile(Participant profile, Enrolment enrolment, String accountId) {
        Participant draft = prepareProfile(profile);
        Stint stint = consentedStint(draft, enrolment, accountId);
        Optional<Phase> placed = placements.underWay(draft.id());
        if (placed.isPresent()) {
            // A placement recorded before the profile (a caseload imported as a site went live) gives the phase.
            return participants.register(draft.withPhase(placed.get(),
                    placed.get() == Phase.PLACED ? null : stint.readySince().orElse(draft.readySince())));
        }
        Participant registered = participants.register(draft.withPhase(phaseOf(stint), stint.readySince().orElse(null)));
        if (draft.phase() == Phase.READY && stint.stage() == StintStage.MAPPING) {
            ready(stint.id(), draft.readySince(), accountId);
            return participants.get(registered.id());
        }
        return registered;
    }

    /**
     * A new profile ready to store, or refused before anything is recorded: checked against the
     * rules, in MAPPING unless it says READY (later phases come from placements).
     */
    public Participant prepareProfile(Participant profile) {
        Participant draft = participants.prepared(profile.phase() == null ? profile.withPhase(Phase.MAPPING, null) : profile);
        if (draft.phase() != Phase.MAPPING && draft.phase() != Phase.READY) {
            throw InvalidInputException.of("phase", "must be MAPPING or READY for a new participant; later phases come "
                    + "from their placements");
        }
        return draft;
    }

    /** The stint the profile is stored under: the current one with consent, or one enrolled now from {@code enrolment}. */
    private Stint consentedStint(Participant draft, Enrolment enrolment, String accountId) {
        Optional<Stint> current = currentOf(draft.id()).filter(stint -> stint.consented() && stint.stage().isActive());
        if (current.isPresent()) {
            if (!current.get().site().equals(draft.site())) {
                throw InvalidInputException.of("site", "must be the stint's site (" + current.get().site() + ")");
            }
            return current.get();
        }
        if (enrolment == null) {
            throw new ConflictException("consent", "A profile is stored only for a participant enrolled with consent: "
                    + "refer and enrol them first, or give the enrolment with the profile");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (enrolment.consent() != Consent.GIVEN) {
            violations.add(new FieldViolation("enrolment.consent", "must be GIVEN to store a profile; a declined "
                    + "enrolment is recorded on the stint, which keeps only an anonymous statistics record"));
        }
        if (enrolment.enrolledOn() == null) {
            violations.add(new FieldViolation("enrolment.enrolledOn", "is required"));
        }
        if (draft.phase() == Phase.READY && enrolment.enrolledOn() != null && draft.readySince().isBefore(enrolment.enrolledOn())) {
            violations.add(new FieldViolation("readySince", "must not be before the enrolment (" + enrolment.enrolledOn() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate admittedOn = enrolment.admittedOn() == null ? enrolment.enrolledOn() : enrolment.admittedOn();
        Stint referred = currentOf(draft.id()).filter(stint -> stint.stage() == StintStage.ADMITTED)
                .orElseGet(() -> refer(draft.id(), draft.site(), draft.gender(), null, admittedOn, accountId));
        return enrol(referred.id(), enrolment.enrolledOn(), Consent.GIVEN, enrolment.compensation(), accountId);
    }

    private Stint step(String stintId, UnaryOperator<Stint> step) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<Stint> read = find(stintId);
            Stint next = step.apply(read.value());
            if (next.equals(read.value())) {
                return settled(next);
            }
            try {
                stints.replace(next, read);
            } catch (VersionConflictException changedMeanwhile) {
                continue;
            }
            return settled(next);
        }
        throw new ConflictException("The stint " + stintId + " is being changed by others; try again");
    }

    /** Brings the participant's phase to what the stint says, unless a placement under way decides it. */
    private Stint settled(Stint stint) {
        if (stint.participantId() == null) {
            return stint;
        }
        participants.find(stint.participantId()).ifPresent(participant -> {
            if (!placementUnderWay(participant) || stint.stage() == StintStage.EXITED) {
                participants.changePhase(participant.id(), phaseOf(stint), stint.readySince().orElse(null));
            }
        });
        return stint;
    }

    /** The phase a stint alone gives: before a placement, or after it. */
    static Phase phaseOf(Stint stint) {
        return switch (stint.stage()) {
            case QUEUED, ADMITTED, MAPPING -> Phase.MAPPING;
            case READY -> Phase.READY;
            case EXITED -> Phase.EXITED;
        };
    }

    private void requireNoPlacementUnderWay(Stint stint, String what) {
        if (stint.participantId() != null && participants.find(stint.participantId()).filter(this::placementUnderWay).isPresent()) {
            throw new ConflictException("stage", "Cannot " + what + " while a placement is under way: end the placement, "
                    + "or exit through it");
        }
    }

    private boolean placementUnderWay(Participant participant) {
        return participant.phase() == Phase.STUDY_VISIT || participant.phase() == Phase.PLACED;
    }

    private Versioned<Stint> find(String stintId) {
        return stints.find(stintId).orElseThrow(() -> new NotFoundException("stint", stintId));
    }

    private Recorded recorded(String accountId) {
        return new Recorded(accountId, clock.instant());
    }
}
