package se.tuna.placement.followup.schedule;

import java.time.LocalDate;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * A site's follow-up schedule (uppföljningsschema) for a period: every visit due in it, the coaches
 * who can make them and the times they are already taken.
 */
@PlanningSolution
public class FollowUpSchedule {

    private LocalDate from;
    private LocalDate until;
    @ProblemFactCollectionProperty
    private List<Visitor> visitors;
    @ProblemFactCollectionProperty
    private List<BusyTime> busyTimes;
    @PlanningEntityCollectionProperty
    private List<PlannedVisit> visits;
    @PlanningScore
    private HardMediumSoftScore score;

    /** For OptaPlanner. */
    FollowUpSchedule() {
    }

    public FollowUpSchedule(LocalDate from, LocalDate until, List<Visitor> visitors, List<BusyTime> busyTimes,
            List<PlannedVisit> visits) {
        this.from = from;
        this.until = until;
        this.visitors = List.copyOf(visitors);
        this.busyTimes = List.copyOf(busyTimes);
        this.visits = List.copyOf(visits);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public List<Visitor> getVisitors() {
        return visitors;
    }

    public List<BusyTime> getBusyTimes() {
        return busyTimes;
    }

    public List<PlannedVisit> getVisits() {
        return visits;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
