package se.tuna.placement.participants.placement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PathStep.Ended;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.SeatEffect;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.Transition;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintService;

/**
 * A placement (placering) along its path: a coordinator books a study visit for a participant
 * waiting for a place, and then the answer, the trial, the extensions, the end and any correction
 * are recorded step by step. Each step reads the placement with its version, lets the path take
 * the step (a step it refuses changes nothing), claims the seat first if the step needs one (a
 * full slot refuses the step), writes it only if nobody wrote in between, and then brings the seat
 * and the participant's phase to what the path says. Both are states, not
 * changes, so a step retried after a crash completes what was left undone.
 *
 * <p>A participant has one current placement, whose id is derived from theirs, so two bookings for
 * the same participant, even at the same moment, cannot both succeed. When a placement has ended
 * and the participant is booked anew, the ended one is kept under an id of its own first.
 */
public class PlacementService {

    private static final int MAX_ATTEMPTS = 10;

    private final PlacementRepository placements;
    private final SeatBooking booking;
    private final SlotService slots;
    private final ParticipantService participants;
    private final StintService stints;
    private final StintLengths stintLengths;
    private final Clock clock;

    public PlacementService(PlacementRepository placements, SeatBooking booking, SlotService slots,
            ParticipantService participants, StintService stints, StintLengths stintLengths, Clock clock) {
        this.placements = placements;
        this.booking = booking;
        this.slots = slots;
        this.participants = participants;
        this.stints = stints;
        this.stintLengths = stintLengths;
        this.clock = clock;
    }

    /** The id of a participant's current placement. */
    public static String idFor(String participantId) {
        return UUID.nameUUIDFromBytes(("placement:" + participantId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Placement get(String placementId) {
        return placements.find(placementId).orElseThrow(() -> new NotFoundException("placement", placementId));
    }

    /** A participant's placements, the current one first, then those that ended, the newest first. */
    public List<Placement> allOf(String participantId) {
        return placements.ofParticipant(participantId);
    }

    /** Whether {@code reference} (a seat claim's) is a placement's id: that seat is the placement's alone. */
    public boolean owns(String reference) {
        return placements.find(reference).isPresent();
    }

    /**
     * Books a study visit (studiebesök) at {@code slotId} for a participant waiting for a place, at
     * the time agreed with the employer, and holds a seat until the answer. Booking the same slot
     * again while it is under way completes whatever a crash left undone; if no seat is free, the
     * booking is taken back.
     */
    public Placement bookStudyVisit(String participantId, String slotId, LocalDateTime visitAt, DecidedBy decidedBy,
            String planJobId) {
        return bookStudyVisit(participantId, Choice.of(null, slotId, null), visitAt, decidedBy, planJobId);
    }

    /**
     * As above, at the slot {@code choice} chose, stored with the placement: which slot was ranked
     * first, and why another was chosen. A choice that overrides the first without a reason was
     * refused when it was made ({@link Choice#of}), before anything is written.
     */
    public Placement bookStudyVisit(String participantId, Choice choice, LocalDateTime visitAt, DecidedBy decidedBy,
            String planJobId) {
        if (!choice.violations().isEmpty()) {
            throw new InvalidInputException(choice.violations());
        }
        String slotId = choice.chosenSlotId();
        Participant participant = participants.get(participantId);
        TrainingSlot slot = slots.get(slotId).slot();
        String id = idFor(participantId);
        Optional<Versioned<Placement>> current = placements.findVersioned(id);
        if (current.isPresent() && current.get().value().path().stage().isActive()) {
            return resumed(sameSlotOrConflict(current.get().value(), slotId));
        }
        if (participant.phase() != Phase.READY) {
            throw new ConflictException("participantId", "The participant is " + participant.phase().label().toLowerCase()
                    + ", not waiting for a place");
        }
        // A seat that cannot be had is refused before anything is written, so a refusal writes
        // nothing (unless another takes the last seat in between, when the booking is taken back).
        booking.requireBookable(slotId, id);
        LocalDate today = today();
        LocalDate readySince = participant.readySince() == null ? today : participant.readySince();
        Transition visit = PlacementPath.bookStudyVisit(new StudyVisit(today, visitAt, readySince),
                new Recorded(decidedBy.accountId(), clock.instant()));
        Placement booked = new Placement(id, PlacementReference.random(), participantId, slotId, slot.employerId(), null,
                visit.path(), decidedBy.accountId(), decidedBy.name(), clock.instant(), planJobId, null, choice);
        try {
            store(booked, current);
        } catch (VersionConflictException bookedAtTheSameMoment) {
            return settled(sameSlotOrConflict(bookedMeanwhile(id), slotId));
        }
        return settled(withHeldSeat(booked));
    }

    /** Records the answer after the study visit: yes books the seat, no frees it and the participant waits on. */
    public Placement answer(String placementId, VisitAnswer answer, String accountId) {
        return step(placementId, (path, limit) -> path.answerStudyVisit(answer, recorded(accountId)));
    }

    /** Starts the trial (provotid) for {@code period} on the terms agreed, fitted inside the stint. */
    public Placement startTrial(String placementId, DateSpan period, WeeklyTerms terms, String accountId) {
        return step(placementId, (path, limit) -> path.startTrial(period, terms, limit, recorded(accountId)));
    }

    /** Extends the training by a month (förlängning) on the terms agreed for it, fitted inside the stint. */
    public Placement extend(String placementId, LocalDate decidedOn, WeeklyTerms terms, String accountId) {
        return step(placementId, (path, limit) -> path.extend(decidedOn, terms, limit, recorded(accountId)));
    }

    /**
     * Ends the placement (avslut) on its last day {@code on}, the way {@code ending} says. Ending to
     * work, studies or Arbetsförmedlingen ends the stint too, with that outcome; ending "with the
     * stint" is the stint's exit, taken through {@link #exit}, which knows its outcome.
     */
    public Placement end(String placementId, LocalDate on, Ending ending, String accountId) {
        if (ending instanceof Ending.WithStint) {
            throw new ConflictException("ending", "A placement ends with the stint when the stint is exited: record the "
                    + "stint's exit with its outcome instead");
        }
        return step(placementId, (path, limit) -> path.end(on, ending, recorded(accountId)));
    }

    /**
     * Exits the participant's stint on {@code on} with {@code outcome}, ending their placement first
     * if one is under way: handed over to Arbetsförmedlingen (who take over the seat until
     * {@code afUntil}), to work or studies, or otherwise with the stint (the seat is released).
     */
    public Stint exit(String stintId, LocalDate on, ExitOutcome outcome, LocalDate afUntil, String accountId) {
        Stint stint = stints.get(stintId);
        Optional<Placement> underWay = stint.participantId() == null ? Optional.empty()
                : placements.find(idFor(stint.participantId())).filter(placement -> placement.path().stage().isActive());
        if (underWay.isEmpty()) {
            return stints.exit(stintId, on, outcome, accountId);
        }
        Ending ending = outcome == null ? null : switch (outcome) {
            case WORK -> new Ending.WorkOrStudies(Ending.Destination.WORK);
            case STUDIES -> new Ending.WorkOrStudies(Ending.Destination.STUDIES);
            case HANDED_OVER_TO_AF -> new Ending.HandedOverToAf(afUntil);
            default -> new Ending.WithStint();
        };
        if (ending == null) {
            throw InvalidInputException.of("outcome", "is required");
        }
        step(underWay.get().id(), (path, limit) -> path.end(on, ending, recorded(accountId)));
        stints.exitAfterPlacement(stint.participantId(), on, outcome, accountId);
        return stints.get(stintId);
    }

    /** Takes back the last step in force (rättelse), with a reason; the seat becomes what it should be after it. */
    public Placement correct(String placementId, LocalDate on, String reason, String accountId) {
        return step(placementId, (path, limit) -> path.correct(on, reason, recorded(accountId)));
    }

    /**
     * The last day of the stint of a placement's participant: a year (or the site's length) from
     * enrolment. A placement from before stints were recorded counts from the day the participant
     * first became ready, a few weeks after enrolment, which errs on the participant's side.
     */
    public StintLimit stintLimitOf(Placement placement) {
        Optional<Stint> stint = stints.currentOf(placement.participantId());
        Optional<StintLimit> limit = stint.flatMap(current -> current.limit(stintLengths.at(current.site())));
        return limit.orElseGet(() -> stintLengths.limitAt(participants.get(placement.participantId()).site(),
                placement.path().studyVisit().readySince()));
    }

    private Placement step(String placementId, BiFunction<PlacementPath, StintLimit, Transition> step) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<Placement> read = placements.findVersioned(placementId)
                    .orElseThrow(() -> new NotFoundException("placement", placementId));
            Transition taken = step.apply(read.value().path(), stintLimitOf(read.value()));
            Placement next = claimFirst(read.value().withPath(taken.path()));
            try {
                placements.replace(next, read);
            } catch (VersionConflictException changedMeanwhile) {
                // Someone took a step at the same moment: put the seat as their path says, then take
                // this step on what they stored, if the path still allows it.
                Placement stored = get(placementId);
                stored.path().seat().applyTo(new PlacementSeat(booking, stored));
                continue;
            }
            return settled(next);
        }
        throw new ConflictException("The placement " + placementId + " is being changed by others; try again");
    }

    /**
     * Claims the seat the step needs before the step is stored: if the slot is full, the step is
     * refused (409) with nothing stored, instead of a path that stands without its seat.
     */
    private Placement claimFirst(Placement next) {
        SeatEffect seat = next.path().seat();
        if (!seat.claimsSeat()) {
            return next;
        }
        PlacementSeat claimed = new PlacementSeat(booking, next);
        seat.applyTo(claimed);
        return withClaimIdOf(next, claimed);
    }

    /**
     * The placement naming the claim its seat has now: a hold that lapsed and a booking made
     * afterwards is a new claim, and the placement must not keep naming the lapsed one.
     */
    private static Placement withClaimIdOf(Placement placement, PlacementSeat seat) {
        return seat.claimId().filter(id -> !id.equals(placement.seatClaimId())).map(placement::withSeatClaim).orElse(placement);
    }

    /** Keeps an ended placement under an id of its own, then stores the new one in its place; a version conflict if either moved. */
    private void store(Placement booked, Optional<Versioned<Placement>> current) {
        if (current.isEmpty()) {
            placements.create(booked);
            return;
        }
        placements.keepEnded(current.get().value());
        placements.replace(booked, current.get());
    }

    /** Holds the new placement's seat and records which claim it is; if none is free, the booking is taken back. */
    private Placement withHeldSeat(Placement booked) {
        SeatClaim claim;
        try {
            claim = booking.holdThrough(booked.slotId(), booked.id(), booked.path().studyVisit().holdUntil());
        } catch (ConflictException noSeat) {
            placements.delete(booked.id());
            throw noSeat;
        }
        Placement held = booked.withSeatClaim(claim.id());
        placements.replace(held);
        return held;
    }

    /**
     * A booking of the same slot again, e.g. retried after a crash: a study visit stored without
     * its seat (the crash came before the hold) gets it now, or, if the slot has filled meanwhile,
     * is taken back as the first attempt would have been, so the participant is not left with a
     * placement that has no seat and that no step can move.
     */
    private Placement resumed(Placement current) {
        if (current.seatClaimId() == null && current.path().stage() == Stage.STUDY_VISIT_BOOKED
                && current.path().steps().size() == 1) {
            return settled(withHeldSeat(current));
        }
        return settled(current);
    }

    /**
     * Brings the seat and the participant's phase to what the stored path says, as the last part
     * of every step does: for the reconciliation, after a step was cut short between its writes.
     */
    Placement settleAgain(Placement placement) {
        return settled(placement);
    }

    /** The placement another booking stored at the same moment; a conflict if what changed was the ended one. */
    private Placement bookedMeanwhile(String id) {
        Placement current = get(id);
        if (!current.path().stage().isActive()) {
            throw new ConflictException("participantId", "The participant's last placement was changed at the same moment; try again");
        }
        return current;
    }

    private static Placement sameSlotOrConflict(Placement current, String slotId) {
        if (!current.slotId().equals(slotId)) {
            throw new ConflictException("participantId", "The participant already has a placement (slot "
                    + current.slotId() + "); end it before booking another");
        }
        return current;
    }

    /** The phase a placement gives its participant while it is under way: at the study visit, or placed. */
    public static Optional<Phase> phaseUnderWay(Placement placement) {
        return switch (placement.path().standing()) {
            case STUDY_VISIT -> Optional.of(Phase.STUDY_VISIT);
            case IN_TRAINING -> Optional.of(Phase.PLACED);
            case WAITING, EXITED -> Optional.empty();
        };
    }

    /** Brings the seat and the participant's phase to what the path says; each is harmless to repeat. */
    private Placement settled(Placement placement) {
        placement.path().seat().applyTo(new PlacementSeat(booking, placement));
        Participant participant = participants.get(placement.participantId());
        PlacementPath path = placement.path();
        switch (path.standing()) {
            case STUDY_VISIT -> participants.changePhase(participant.id(), Phase.STUDY_VISIT, firstReady(participant, path));
            case WAITING -> participants.changePhase(participant.id(), Phase.READY, firstReady(participant, path));
            case IN_TRAINING -> participants.changePhase(participant.id(), Phase.PLACED, null);
            case EXITED -> exited(placement);
        }
        return placement;
    }

    /**
     * An ending to work, studies or Arbetsförmedlingen ends the stint too, on the placement's last
     * day; the stint's exit then makes the participant's phase {@code EXITED}. A participant from
     * before stints were recorded has none to end.
     */
    private void exited(Placement placement) {
        Ended ended = placement.path().endedStep().orElseThrow();
        Optional<ExitOutcome> outcome = outcomeOf(ended.ending());
        if (outcome.isPresent() && stints.currentOf(placement.participantId()).isPresent()) {
            stints.exitAfterPlacement(placement.participantId(), ended.on(), outcome.get(), ended.recorded().by());
        } else {
            participants.changePhase(placement.participantId(), Phase.EXITED, null);
        }
    }

    /** The stint's outcome a placement's ending gives, when it gives one. */
    static Optional<ExitOutcome> outcomeOf(Ending ending) {
        if (ending instanceof Ending.WorkOrStudies work) {
            return Optional.of(work.destination() == Ending.Destination.STUDIES ? ExitOutcome.STUDIES : ExitOutcome.WORK);
        }
        return ending instanceof Ending.HandedOverToAf ? Optional.of(ExitOutcome.HANDED_OVER_TO_AF) : Optional.empty();
    }

    /**
     * The day the participant's waiting counts from: the earlier of the day the path kept and the
     * one the participant kept, so waiting is never cut short (a placement decided before paths
     * were stored keeps only the day of its decision; see {@link EarlierPlacements}).
     */
    private static LocalDate firstReady(Participant participant, PlacementPath path) {
        LocalDate kept = path.studyVisit().readySince();
        return participant.readySince() != null && participant.readySince().isBefore(kept) ? participant.readySince() : kept;
    }

    private Recorded recorded(String accountId) {
        return new Recorded(accountId, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
