package se.tuna.placement.participants.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.coach.CoachRepository;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.TrialCounts;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintStage;

/**
 * Anonymises the data of participants whose last stint ended more than {@code afterExit} ago:
 * their placements' trial outcomes are added to the employers' counts and the placements deleted,
 * their coach assignment and profile deleted, and every stint of theirs kept only as an anonymous
 * statistics record (gender, start year, dated steps, outcome), for the reports. Someone enrolled
 * again is left alone until their new stint has ended as long ago.
 *
 * <p>Each step is safe to repeat, and the stints, by which the next run finds the person, are
 * anonymised last: a run stopped half-way is completed by the next.
 */
public class Anonymisation {

    private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);
    /** People anonymised in one run at most; the next run takes the rest. */
    private static final int PER_RUN = 1_000;

    private final StintRepository stints;
    private final ParticipantRepository participants;
    private final PlacementRepository placements;
    private final TrialCounts trialCounts;
    private final CoachRepository coaches;
    private final List<ParticipantDataKeeper> keepers;
    private final Period afterExit;

    public Anonymisation(StintRepository stints, ParticipantRepository participants, PlacementRepository placements,
            TrialCounts trialCounts, CoachRepository coaches, List<ParticipantDataKeeper> keepers, Period afterExit) {
        this.stints = stints;
        this.participants = participants;
        this.placements = placements;
        this.trialCounts = trialCounts;
        this.coaches = coaches;
        this.keepers = List.copyOf(keepers);
        this.afterExit = afterExit;
    }

    /** Anonymises everyone due on {@code today}; returns how many people it anonymised. */
    public int anonymiseDue(LocalDate today) {
        LocalDate exitedBy = today.minus(afterExit);
        int anonymised = 0;
        for (String participantId : stints.participantsExitedBy(exitedBy, PER_RUN)) {
            if (due(participantId, exitedBy)) {
                anonymise(participantId);
                anonymised++;
            }
        }
        if (anonymised > 0) {
            log.info("Anonymised the data of {} participants whose stint ended on or before {}", anonymised, exitedBy);
        }
        return anonymised;
    }

    /** Due when their current stint, the last one, ended on or before {@code exitedBy}. */
    private boolean due(String participantId, LocalDate exitedBy) {
        Optional<Stint> current = stints.find(StintRepository.currentIdOf(participantId)).map(Versioned::value);
        return current.isPresent() && current.get().stage() == StintStage.EXITED
                && !current.get().exit().orElseThrow().on().isAfter(exitedBy);
    }

    private void anonymise(String participantId) {
        List<Placement> theirs = placements.ofParticipant(participantId);
        theirs.forEach(trialCounts::foldInAndDelete);
        keepers.forEach(keeper -> keeper.forget(participantId));
        coaches.deleteAssignment(participantId);
        participants.delete(participantId);
        for (Stint stint : stints.allOf(participantId)) {
            stints.find(stint.id()).ifPresent(read -> stints.replace(read.value().anonymised(stint.id()), read));
        }
    }
}
