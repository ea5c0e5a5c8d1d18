package se.tuna.placement.participants.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitAnswered;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitBooked;
import se.tuna.placement.participants.placement.path.PathStep.TrialStarted;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.TrainingPeriod;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;

/**
 * The path of a placement decided before placements had one (status {@code DECIDED}, seat booked,
 * participant placed): its seat is booked and the participant has been at the workplace since, so
 * the least surprising reading is a trial under way. It is read as a study visit booked and answered
 * yes on the day of the decision, and a trial of {@link PlacementPath#TRIAL_LENGTH} from the
 * agreement's start (or that day, without one) on the terms agreed, all recorded by the deciding
 * coordinator. From there it is extended or ended like any other; nothing is written until it is.
 */
final class EarlierPlacements {

    private EarlierPlacements() {
    }

    /**
     * The path of an earlier placement. The day the participant first became ready is not known
     * here, so the decision's day stands in; the participant kept the real one, and a placement
     * that leaves them waiting keeps the earlier of the two (see {@code PlacementPaths}).
     */
    static PlacementPath pathOf(Instant decidedAt, String decidedBy, PlacementAgreement agreement) {
        LocalDate decided = LocalDate.ofInstant(decidedAt, ParticipantRules.PROGRAMME_ZONE);
        Recorded recorded = new Recorded(decidedBy == null ? "unknown" : decidedBy, decidedAt);
        LocalDate start = agreement == null || agreement.start() == null ? decided : agreement.start();
        WeeklyTerms terms = agreement == null ? null : new WeeklyTerms(agreement.weeklyHours(), agreement.schedule(), agreement.support());
        return new PlacementPath(List.of(
                new StudyVisitBooked(new StudyVisit(decided, decided.atStartOfDay(), decided), recorded),
                new StudyVisitAnswered(VisitAnswer.yes(decided), recorded),
                new TrialStarted(new TrainingPeriod(DateSpan.starting(start, PlacementPath.TRIAL_LENGTH), terms, false), recorded)));
    }
}
