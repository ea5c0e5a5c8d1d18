package se.tuna.placement.followup.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.coach.StandIn;

/**
 * A visit as the schedule plans it: when it starts and which coach makes it. A visit the schedule
 * cannot fit keeps no start (and is listed with the reason); a done or confirmed one is pinned.
 *
 * <p>Why not a list of visits per coach (the usual shape of routing with time windows): in OptaPlanner
 * 10 a list variable can neither leave a visit out nor pin part of a list, and both are everyday
 * here. A start and a visitor per visit, with travel as a rule between consecutive visits, expresses
 * both directly (see {@code docs/follow-up.md}).
 */
@PlanningEntity(difficultyComparatorClass = VisitDifficulty.class)
public class PlannedVisit {

    @PlanningId
    private String id;
    private int sequence;
    private String participantId;
    private String ownCoachId;
    private Map<String, List<StandIn>> standIns;
    private int place;
    private int minutes;
    private LocalDate earliest;
    private LocalDate due;
    private LocalDate latest;
    private WeeklySchedule presence;
    private List<VisitStart> candidateStarts;
    private List<Visitor> candidateVisitors;
    private VisitStart publishedStart;
    private String publishedVisitorId;
    private TravelMatrix travel;
    private boolean participantEverThere;
    @PlanningPin
    private boolean pinned;
    /** The presence and the candidates' working hours in minutes, worked out once (see {@link WeekMinutes}). */
    private WeekMinutes presenceMinutes;
    private WeekMinutes[] candidateHours;

    @PlanningVariable(valueRangeProviderRefs = "candidateStarts", nullable = true)
    private VisitStart start;
    @PlanningVariable(valueRangeProviderRefs = "candidateVisitors")
    private Visitor visitor;

    /** For OptaPlanner. */
    PlannedVisit() {
    }

    PlannedVisit(Builder builder) {
        this.id = builder.id;
        this.sequence = builder.sequence;
        this.participantId = builder.participantId;
        this.ownCoachId = builder.ownCoachId;
        this.standIns = Map.copyOf(builder.standIns);
        this.place = builder.place;
        this.minutes = builder.minutes;
        this.earliest = builder.earliest;
        this.due = builder.due;
        this.latest = builder.latest;
        this.presence = builder.presence;
        this.candidateStarts = List.copyOf(builder.candidateStarts);
        this.candidateVisitors = List.copyOf(builder.candidateVisitors);
        this.publishedStart = builder.publishedStart;
        this.publishedVisitorId = builder.publishedVisitorId;
        this.travel = builder.travel;
        this.participantEverThere = builder.participantEverThere;
        this.pinned = builder.pinned;
        this.start = builder.start;
        this.visitor = builder.visitor;
        this.presenceMinutes = presence == null ? null : new WeekMinutes(presence);
        this.candidateHours = candidateVisitors.stream().map(candidate -> new WeekMinutes(candidate.workingHours()))
                .toArray(WeekMinutes[]::new);
    }

    public static Builder builder(String id, int sequence) {
        return new Builder(id, sequence);
    }

    @ValueRangeProvider(id = "candidateStarts")
    public List<VisitStart> getCandidateStarts() {
        return candidateStarts;
    }

    @ValueRangeProvider(id = "candidateVisitors")
    public List<Visitor> getCandidateVisitors() {
        return candidateVisitors;
    }

    // ---- what the rules read

    /** The day it takes place; {@code null} while unplanned (the rules then leave it to the unplanned rule). */
    public LocalDate day() {
        return start == null ? null : start.day();
    }

    public boolean planned() {
        return start != null;
    }

    public int startMinute() {
        return start.minute();
    }

    public int endMinute() {
        return start.minute() + minutes;
    }

    /**
     * Orders a visitor's visits within a day: by start, then by sequence so that equal starts still have an order.
     * Bavet may still test a pair whose visit a move has just unplanned (before it retracts the pair) in an
     * {@code ifNotExists} filter; such a visit orders last, and the rules' filters ask {@link #planned()} first.
     */
    public long order() {
        return start == null ? Long.MAX_VALUE : (long) start.minute() * 1_000_000L + sequence;
    }

    public boolean insideWindow() {
        return !start.day().isBefore(earliest) && !start.day().isAfter(latest);
    }

    public int daysOutsideWindow() {
        return (int) (start.day().isBefore(earliest) ? earliest.toEpochDay() - start.day().toEpochDay()
                : Math.max(0, start.day().toEpochDay() - latest.toEpochDay()));
    }

    public int daysFromDue() {
        return (int) Math.abs(start.day().toEpochDay() - due.toEpochDay());
    }

    /** Whether the participant is there for the whole visit (unknown presence counts as there). */
    public boolean participantThere() {
        return presenceMinutes == null || presenceMinutes.covers(start.day().getDayOfWeek(), startMinute(),
                Math.min(endMinute(), 24 * 60));
    }

    /** Minutes of travel from this visit's place to {@code next}'s, as this visit's visitor travels. */
    public int travelTo(PlannedVisit next) {
        return travel.minutes(place, next.place, visitor.travelMode());
    }

    public int travelTo(int otherPlace) {
        return travel.minutes(place, otherPlace, visitor.travelMode());
    }

    public int travelFrom(int otherPlace) {
        return travel.minutes(otherPlace, place, visitor.travelMode());
    }

    /** Whether the visitor works from leaving their base until back at it, travel included. */
    public boolean withinWorkingTime() {
        int from = startMinute() - travelFrom(visitor.base());
        int to = endMinute() + travelTo(visitor.base());
        for (int i = 0; i < candidateVisitors.size(); i++) {
            if (candidateVisitors.get(i) == visitor) {
                return from >= 0 && to <= 24 * 60 && candidateHours[i].covers(day().getDayOfWeek(), from, to);
            }
        }
        return visitor.works(day(), from, to);
    }

    /** Minutes by which {@code later} starts too soon after this visit, travel between them included; 0 if none. */
    public int shortageBefore(PlannedVisit later) {
        return Math.max(0, endMinute() + travelTo(later) - later.startMinute());
    }

    /** Minutes by which this visit and {@code busy} overlap, with travel between their places; 0 if none. */
    public int clashWith(BusyTime busy) {
        int beforeBusy = endMinute() + travelTo(busy.place()) - busy.startMinute();
        int afterBusy = busy.endMinute() + travelFrom(busy.place()) - startMinute();
        return Math.max(0, Math.min(beforeBusy, afterBusy));
    }

    /** Whether the visitor looks after the participant that day: their own coach, or standing in for them then. */
    public boolean visitorLooksAfter() {
        if (byOwnCoach()) {
            return true;
        }
        return standIns.getOrDefault(visitor.accountId(), List.of()).stream().anyMatch(standIn -> standIn.covers(day()));
    }

    public boolean byOwnCoach() {
        return Objects.equals(visitor.accountId(), ownCoachId);
    }

    /** Whether the plan moved it from where people last saw it (a time or another coach). */
    public boolean movedFromPublished() {
        return publishedStart != null && (!publishedStart.equals(start) || !visitor.accountId().equals(publishedVisitorId));
    }

    // ---- accessors

    public String getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public String getParticipantId() {
        return participantId;
    }

    public String getOwnCoachId() {
        return ownCoachId;
    }

    public int getPlace() {
        return place;
    }

    public int getMinutes() {
        return minutes;
    }

    public LocalDate getEarliest() {
        return earliest;
    }

    public LocalDate getDue() {
        return due;
    }

    public LocalDate getLatest() {
        return latest;
    }

    public WeeklySchedule getPresence() {
        return presence;
    }

    public VisitStart getPublishedStart() {
        return publishedStart;
    }

    public String getPublishedVisitorId() {
        return publishedVisitorId;
    }

    /** Whether a coach works at some time the participant is there, in the window and the period: else no start can be given. */
    public boolean isParticipantEverThere() {
        return participantEverThere;
    }

    public boolean isPinned() {
        return pinned;
    }

    public VisitStart getStart() {
        return start;
    }

    public void setStart(VisitStart start) {
        this.start = start;
    }

    public Visitor getVisitor() {
        return visitor;
    }

    public void setVisitor(Visitor visitor) {
        this.visitor = visitor;
    }

    @Override
    public String toString() {
        return id + "@" + start + "/" + visitor;
    }

    /** Builds a planned visit; the start and visitor are its planning variables, given only where known. */
    public static final class Builder {
        private final String id;
        private final int sequence;
        private String participantId;
        private String ownCoachId;
        private Map<String, List<StandIn>> standIns = Map.of();
        private int place = TravelMatrix.NOWHERE;
        private int minutes;
        private LocalDate earliest;
        private LocalDate due;
        private LocalDate latest;
        private WeeklySchedule presence;
        private List<VisitStart> candidateStarts = List.of();
        private List<Visitor> candidateVisitors = List.of();
        private VisitStart publishedStart;
        private String publishedVisitorId;
        private TravelMatrix travel;
        private boolean participantEverThere = true;
        private boolean pinned;
        private VisitStart start;
        private Visitor visitor;

        private Builder(String id, int sequence) {
            this.id = id;
            this.sequence = sequence;
        }

        public Builder participant(String participantId, String ownCoachId) {
            this.participantId = participantId;
            this.ownCoachId = ownCoachId;
            return this;
        }

        /** The stand-ins arranged for the participant's coach in the visit's window, by the coach who stands in. */
        public Builder standIns(Map<String, List<StandIn>> byStandIn) {
            this.standIns = byStandIn;
            return this;
        }

        public Builder at(int place, int minutes, TravelMatrix travel) {
            this.place = place;
            this.minutes = minutes;
            this.travel = travel;
            return this;
        }

        public Builder window(LocalDate earliest, LocalDate due, LocalDate latest) {
            this.earliest = earliest;
            this.due = due;
            this.latest = latest;
            return this;
        }

        public Builder presence(WeeklySchedule presence) {
            this.presence = presence;
            return this;
        }

        public Builder candidates(List<VisitStart> starts, List<Visitor> visitors) {
            this.candidateStarts = starts;
            this.candidateVisitors = visitors;
            return this;
        }

        /** Whether the participant is there at all while a coach works; without it no start is possible. */
        public Builder participantEverThere(boolean there) {
            this.participantEverThere = there;
            return this;
        }

        public Builder published(VisitStart start, String visitorId) {
            this.publishedStart = start;
            this.publishedVisitorId = visitorId;
            return this;
        }

        /** Where it stands now; {@code pinned} when done or confirmed, so no plan moves it. */
        public Builder planned(VisitStart start, Visitor visitor, boolean pinned) {
            this.start = start;
            this.visitor = visitor;
            this.pinned = pinned;
            return this;
        }

        public PlannedVisit build() {
            return new PlannedVisit(this);
        }
    }
}
