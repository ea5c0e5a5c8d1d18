package se.tuna.placement.matcher.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.matcher.explain.Explainer;
import se.tuna.placement.matcher.explain.Explanation;
import se.tuna.placement.matcher.plan.KeptPlan.KeptAssignment;
import se.tuna.placement.matcher.plan.KeptPlan.KeptCandidate;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.placement.Choice;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.planning.PlannedPlacement;
import se.tuna.placement.matcher.planning.Seating;
import se.tuna.placement.matcher.planning.SlotFact;

/**
 * Waiting-list plans as jobs: a plan is prepared and solved in the background (its own thread
 * pools, never a request's), its progress can be watched and it can be stopped early; a
 * coordinator then decides placements one by one, each booking its seat and pinning it, and may
 * solve again around what is decided. Nothing is booked by the solver. Every plan is also kept in
 * Elasticsearch ({@link PlanStore}): when started, when finished with its result, when decided
 * from. A running solve is followed in memory; a finished plan the process no longer holds (after
 * a restart) is read and decided from the store, and a solve the restart cut off is reported
 * {@link PlanStatus#INTERRUPTED}. Finished plans are kept a while, then forgotten, in memory and in
 * the store (decided placements are stored for good).
 */
public class PlanService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final SolverManager<PlacementPlan, String> solverManager;
    private final PlanPreparation preparation;
    private final PlanScoring scoring;
    private final Explainer explainer;
    private final PlacementService placements;
    private final SlotService slots;
    private final ProgrammeSites sites;
    private final ExecutorService preparationPool;
    private final Clock clock;
    private final Duration keepFinished;
    private final int mostJobs;
    private final PlanStore store;
    private final Map<String, PlanJob> jobs = new ConcurrentHashMap<>();

    public PlanService(SolverManager<PlacementPlan, String> solverManager, PlanPreparation preparation, PlanScoring scoring,
            Explainer explainer, PlacementService placements, SlotService slots, ProgrammeSites sites,
            ExecutorService preparationPool, Clock clock, Duration keepFinished, int mostJobs, PlanStore store) {
        this.solverManager = solverManager;
        this.preparation = preparation;
        this.scoring = scoring;
        this.explainer = explainer;
        this.placements = placements;
        this.slots = slots;
        this.sites = sites;
        this.preparationPool = preparationPool;
        this.clock = clock;
        this.keepFinished = keepFinished;
        this.mostJobs = mostJobs;
        this.store = store;
    }

    /** Starts planning the waiting list of the sites (every site when none given); returns at once. */
    public PlanProgress start(Set<String> sites, String requestedBy) {
        List<String> unknown = sites.stream().filter(site -> !this.sites.exists(site)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("sites", "unknown site " + unknown + "; known sites are "
                    + this.sites.all().stream().map(ProgrammeSite::id).toList());
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw InvalidInputException.of("requestedBy", "must name the coordinator who asks for the plan");
        }
        evictOldJobs();
        if (jobs.size() >= mostJobs) {
            throw new ConflictException("Too many plans are kept (" + mostJobs + "); wait until old ones are forgotten");
        }
        store.prune(mostJobs, clock.instant().minus(keepFinished));
        PlanJob job = new PlanJob(UUID.randomUUID().toString(), sites, requestedBy, clock.instant());
        // Kept before it runs, so a restart from here on finds it and reports it interrupted.
        store.save(kept(job.progress(), List.of()));
        job.kept(job.updatedAt());
        jobs.put(job.id(), job);
        preparationPool.execute(() -> prepareAndSolve(job));
        return job.progress();
    }

    public PlanProgress progress(String jobId) {
        PlanJob job = jobs.get(jobId);
        return job != null ? job.progress() : keptPlan(jobId).progress();
    }

    /** The plans kept, newest first: those this process follows as they are now, the others as stored. */
    public List<PlanProgress> recent() {
        return store.newest(mostJobs).stream().map(plan -> {
            PlanJob job = jobs.get(plan.id());
            return job != null ? job.progress() : plan.progress();
        }).toList();
    }

    /**
     * What the service does at start, once the store is ready: a plan stored as running that this
     * process does not follow died with the process before it, and is marked interrupted; a plan
     * this process finished and kept as it is, is from now on read from the store (at start there
     * is none); plans no longer kept are forgotten, as at every start of a plan. Returns how many
     * plans were interrupted.
     */
    public int recoverAfterRestart() {
        jobs.values().removeIf(PlanJob::keptAsItIs);
        Instant now = clock.instant();
        List<KeptPlan> died = store.running().stream().filter(plan -> !jobs.containsKey(plan.id())).toList();
        died.forEach(plan -> store.save(plan.interrupted(now)));
        if (!died.isEmpty()) {
            log.info("{} plans were being made when the service stopped; they are marked interrupted", died.size());
        }
        store.prune(mostJobs, now.minus(keepFinished));
        return died.size();
    }

    /**
     * Stops solving early; the best plan so far becomes the plan. A plan still being prepared
     * stops before it solves; one waiting for the solver is taken out of the queue.
     */
    public PlanProgress stop(String jobId) {
        PlanJob job = jobs.get(jobId);
        if (job == null) {
            // Nothing of a plan this process does not follow is running.
            return keptPlan(jobId).progress();
        }
        synchronized (job) {
            job.requestStop();
            if (job.status() == PlanStatus.QUEUED || job.status() == PlanStatus.SOLVING) {
                String round = job.solveId();
                solverManager.terminateEarly(round);
                // A job taken out of the queue never started, so the solver will not report it finished.
                if (job.status() == PlanStatus.QUEUED && solverManager.getSolverStatus(round) == SolverStatus.NOT_SOLVING) {
                    job.finished(job.best(), clock.instant(), round);
                    persist(job, true);
                }
            }
            return job.progress();
        }
    }

    /**
     * Solves again from the current plan, keeping every decided placement where it is, with the
     * slots' seats read as they are now: a seat taken since the plan was made (by a suggestion
     * booked, a plan decided elsewhere, a raw booking) is no longer free to the plan.
     */
    public PlanProgress resolve(String jobId) {
        PlanJob job = jobs.get(jobId);
        if (job == null) {
            keptPlan(jobId);
            throw new ConflictException("The plan was made before the service restarted: it can be read and decided from, "
                    + "not solved again; start a new plan of the same sites (its decisions are kept)");
        }
        synchronized (job) {
            if (job.status() != PlanStatus.FINISHED) {
                throw new ConflictException("The plan is " + job.status().name().toLowerCase()
                        + "; wait for it to finish or stop it");
            }
            reseat(job);
            solve(job);
            // Kept as running with the plan it solves from: a restart now reports it interrupted.
            persist(job, true);
            return job.progress();
        }
    }

    /** The plan with an explanation for every participant. */
    public PlanResult result(String jobId) {
        PlanJob job = jobs.get(jobId);
        return job != null ? resultOf(job) : keptResult(keptPlan(jobId));
    }

    private PlanResult resultOf(PlanJob job) {
        PlacementPlan plan = job.best();
        if (plan == null) {
            return new PlanResult(job.progress(), List.of());
        }
        Map<String, Map<String, HardMediumSoftScore>> effects = scoring.effects(plan);
        Map<String, Seating> seatings = PlanScoring.seatings(plan);
        List<PlannedAssignment> lines = new ArrayList<>();
        for (PlannedPlacement placement : plan.getPlacements()) {
            lines.add(line(job, placement, effects.getOrDefault(placement.getParticipantId(), Map.of()),
                    seatings.get(placement.getParticipantId())));
        }
        lines.sort(Comparator.comparing((PlannedAssignment line) -> line.slot() == null)
                .thenComparing(Comparator.comparingInt(PlannedAssignment::waitingDays).reversed()));
        return new PlanResult(job.progress(), lines);
    }

    /**
     * A coordinator decides the placement the plan proposes for a participant: a study visit is
     * booked there at {@code studyVisitAt} (agreed with the employer) and a seat held until the
     * answer; the plan keeps it pinned from now on.
     */
    public PlannedAssignment decide(String jobId, String participantId, LocalDateTime studyVisitAt, DecidedBy decidedBy) {
        return decide(jobId, participantId, null, null, studyVisitAt, decidedBy);
    }

    /**
     * As above, at {@code slotId}, one of the participant's candidates in the plan ({@code null}:
     * the plan's own assignment). Another slot than the plan's needs a {@code reason}; without one
     * the decision is refused (422, field {@code reason}) and nothing changes. The placement keeps
     * which slot the plan proposed, which was chosen, and why; the plan pins the participant there.
     */
    public PlannedAssignment decide(String jobId, String participantId, String slotId, String reason, LocalDateTime studyVisitAt,
            DecidedBy decidedBy) {
        PlanJob job = jobs.get(jobId);
        if (job == null) {
            return decideKept(jobId, participantId, slotId, reason, studyVisitAt, decidedBy);
        }
        // Under the job's lock, no re-solve can start between the check and the pin, so the
        // plan always agrees with the stored decision.
        synchronized (job) {
            if (job.status() != PlanStatus.FINISHED) {
                throw new ConflictException("The plan is " + job.status().name().toLowerCase()
                        + "; decide placements when it has finished or been stopped");
            }
            PlannedPlacement planned = job.placementOf(participantId);
            String proposed = planned.getSlot() == null ? null : planned.getSlot().id();
            String chosen = slotId == null || slotId.isBlank() ? proposed : slotId;
            if (chosen == null) {
                throw new ConflictException("participantId", "The plan gives " + participantId + " no place to decide");
            }
            SlotFact fact = planned.getCandidateSlots().stream().filter(candidate -> candidate.id().equals(chosen)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("slotId", "is not one of the participant's candidates in this plan"));
            Choice choice = Choice.of(proposed, chosen, reason);
            placements.bookStudyVisit(participantId, choice, studyVisitAt, decidedBy, jobId);
            SlotHit before = job.slots().get(chosen);
            job.slotChanged(new SlotHit(slots.get(chosen).slot(), before.employerName(), before.score(), before.distanceKm()));
            job.pin(participantId, fact, clock.instant());
            persist(job, true);
        }
        return resultOf(job).assignments().stream().filter(line -> line.participantId().equals(participantId))
                .findFirst().orElseThrow();
    }

    /**
     * A decision from a plan kept in the store, which this process does not hold (it was made
     * before a restart): as from a plan in memory, the proposal and the candidates are the plan's,
     * and booking the study visit checks the seat and the participant as they are now. One kept
     * decision at a time, so two never write over each other's line.
     */
    private PlannedAssignment decideKept(String jobId, String participantId, String slotId, String reason,
            LocalDateTime studyVisitAt, DecidedBy decidedBy) {
        synchronized (store) {
            KeptPlan plan = keptPlan(jobId);
            if (plan.status() != PlanStatus.FINISHED) {
                throw new ConflictException("The plan is " + plan.status().name().toLowerCase()
                        + "; decide placements from a finished plan, or start a new one");
            }
            KeptAssignment line = plan.assignments().stream().filter(kept -> kept.participantId().equals(participantId))
                    .findFirst().orElseThrow(() -> new NotFoundException("participant in this plan", participantId));
            String proposed = line.slotId();
            String chosen = slotId == null || slotId.isBlank() ? proposed : slotId;
            if (chosen == null) {
                throw new ConflictException("participantId", "The plan gives " + participantId + " no place to decide");
            }
            KeptCandidate candidate = line.candidates().stream().filter(kept -> kept.slotId().equals(chosen)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("slotId", "is not one of the participant's candidates in this plan"));
            Choice choice = Choice.of(proposed, chosen, reason);
            placements.bookStudyVisit(participantId, choice, studyVisitAt, decidedBy, jobId);
            // The checklist kept is the plan's slot's; one chosen instead has none kept to show.
            KeptAssignment decided = new KeptAssignment(participantId, line.waitingDays(), chosen, candidate.employerName(), true,
                    chosen.equals(proposed) ? line.explanation() : List.of(), line.candidates());
            KeptPlan now = plan.withAssignment(decided, clock.instant());
            store.save(now);
            return keptResult(now).assignments().stream()
                    .filter(kept -> kept.participantId().equals(participantId)).findFirst().orElseThrow();
        }
    }

    /** A kept plan as a coordinator reads it, with its slots as they are now (a slot since deleted shows as none). */
    private PlanResult keptResult(KeptPlan plan) {
        Map<String, TrainingSlot> now = slots.getAll(plan.assignments().stream().map(KeptAssignment::slotId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<PlannedAssignment> lines = plan.assignments().stream().map(line -> {
            TrainingSlot slot = line.slotId() == null ? null : now.get(line.slotId());
            return new PlannedAssignment(line.participantId(), line.waitingDays(), slot, slot == null ? null : line.employerName(),
                    line.decided(), new Explanation(line.explanation()));
        }).toList();
        return new PlanResult(plan.progress(), lines);
    }

    private KeptPlan keptPlan(String jobId) {
        return store.find(jobId).orElseThrow(() -> new NotFoundException("plan", jobId));
    }

    /**
     * Writes the job to the store as it is now, with every participant's line when {@code withLines}
     * (once it has a solved plan). A failure is logged, not thrown: the job goes on in memory, and
     * what was decided is stored with the placements anyway.
     */
    private void persist(PlanJob job, boolean withLines) {
        try {
            synchronized (job) {
                PlanProgress progress = job.progress();
                List<KeptAssignment> lines = withLines && job.best() != null ? keptLines(job) : List.of();
                store.save(kept(progress, lines));
                job.kept(progress.updatedAt());
            }
        } catch (RuntimeException e) {
            log.warn("Keeping plan {} in the store failed; it is held in memory only", job.id(), LoggedFailure.of(e));
        }
    }

    private static KeptPlan kept(PlanProgress progress, List<KeptAssignment> lines) {
        return new KeptPlan(progress.jobId(), progress.sites(), progress.requestedBy(), progress.status(), progress.score(),
                progress.placed(), progress.ready(), progress.pinned(), progress.startedAt(), progress.updatedAt(),
                progress.message(), lines);
    }

    /** Every line of the job's plan as the API gives it, with the participant's candidates. Call holding the job's lock. */
    private List<KeptAssignment> keptLines(PlanJob job) {
        return resultOf(job).assignments().stream().map(line -> {
            List<KeptCandidate> candidates = job.placementOf(line.participantId()).getCandidateSlots().stream()
                    .map(slot -> new KeptCandidate(slot.id(), job.slots().get(slot.id()).employerName())).toList();
            return new KeptAssignment(line.participantId(), line.waitingDays(), line.slot() == null ? null : line.slot().id(),
                    line.employerName(), line.decided(), line.explanation() == null ? List.of() : line.explanation().criteria(),
                    candidates);
        }).toList();
    }

    /**
     * Gives the plan its slots' free seats as they are now: the seats neither booked nor held,
     * counting as free those the plan's own decided placements hold, since the plan pins those
     * participants there itself. Call while holding the job's lock.
     */
    private void reseat(PlanJob job) {
        PlacementPlan plan = job.best();
        Set<String> decided = plan.getPlacements().stream().filter(PlannedPlacement::isPinned)
                .map(placement -> PlacementService.idFor(placement.getParticipantId())).collect(Collectors.toSet());
        Map<String, TrainingSlot> now = slots.getAll(plan.getSlots().stream().map(SlotFact::id).toList());
        Instant at = clock.instant();
        Map<String, Integer> free = new HashMap<>();
        now.forEach((id, slot) -> free.put(id, freeForPlan(slot, decided, at)));
        job.reseated(plan.withFreeSeats(free), now.values());
    }

    /** The seats of {@code slot} not taken at {@code at} by anyone but the placements {@code decided}. */
    static int freeForPlan(TrainingSlot slot, Set<String> decided, Instant at) {
        long taken = slot.seatClaims().stream()
                .filter(claim -> claim.isActiveAt(at) && !decided.contains(claim.reference())).count();
        return (int) Math.max(0, slot.seats() - taken);
    }

    private PlannedAssignment line(PlanJob job, PlannedPlacement placement, Map<String, HardMediumSoftScore> effects,
            Seating seating) {
        Participant participant = job.participants().get(placement.getParticipantId());
        if (placement.getSlot() == null) {
            int feasible = placement.getFeasibleCandidates();
            Explanation why = explainer.unplaced(effects, placement.getCandidateSlots().size(), feasible);
            return new PlannedAssignment(placement.getParticipantId(), placement.getWaitingDays(), null, null, false, why);
        }
        SlotHit hit = job.slots().get(placement.getSlot().id());
        Explanation why = explainer.explain(participant, hit.slot(), placement.getSlot(), placement.assessment(), seating,
                effects);
        return new PlannedAssignment(placement.getParticipantId(), placement.getWaitingDays(), hit.slot(), hit.employerName(),
                placement.isPinned(), why);
    }

    private void prepareAndSolve(PlanJob job) {
        try {
            PreparedPlan prepared = preparation.prepare(job.sites());
            synchronized (job) {
                job.prepared(prepared, clock.instant());
                if (job.stopRequested()) {
                    job.finished(job.best(), clock.instant(), job.solveId());
                    persist(job, true);
                } else {
                    solve(job);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Preparing plan {} failed", job.id(), LoggedFailure.of(e));
            job.failed("Väntelistan eller platserna kunde inte läsas. Försök igen om en stund.", clock.instant());
            persist(job, false);
        }
    }

    /** Submits a solving round; call while holding the job's lock. */
    private void solve(PlanJob job) {
        PlacementPlan problem = job.best();
        String round = job.nextSolve(clock.instant());
        try {
            solverManager.solveAndListen(round, id -> problem,
                    best -> job.improved(best, clock.instant(), round),
                    // Under the job's lock, so whoever sees the plan finished (or failed) finds it kept so.
                    last -> {
                        synchronized (job) {
                            job.finished(last, clock.instant(), round);
                            persistFinished(job, round);
                        }
                    },
                    (id, failure) -> {
                        log.warn("Solving plan {} failed", id, LoggedFailure.of(failure));
                        synchronized (job) {
                            job.failed("Planeringen misslyckades. Felet är loggat; försök igen.", clock.instant());
                            persist(job, false);
                        }
                    });
        } catch (RuntimeException e) {
            log.warn("Could not submit plan {} to the solver", round, LoggedFailure.of(e));
            job.failed("Planeringen kunde inte startas. Felet är loggat; försök igen.", clock.instant());
            persist(job, false);
        }
    }

    /** Keeps the job's solved plan, unless a later round has started since this one (a late callback). */
    private void persistFinished(PlanJob job, String round) {
        synchronized (job) {
            if (round.equals(job.solveId()) && job.status() == PlanStatus.FINISHED) {
                persist(job, true);
            }
        }
    }

    /** Forgets finished or failed jobs older than the keeping time. */
    private void evictOldJobs() {
        Instant limit = clock.instant().minus(keepFinished);
        jobs.values().removeIf(job -> (job.status() == PlanStatus.FINISHED || job.status() == PlanStatus.FAILED)
                && job.updatedAt().isBefore(limit));
    }

    @Override
    public void close() {
        solverManager.close();
        preparationPool.shutdownNow();
    }
}
