package se.tuna.placement.participants.placement.path;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * One participant's placement in 2026, step by step: enrolled 12 January, ready 16 February, a
 * study visit on 5 March, a trial from Monday 16 March, work training from 6 April.
 */
final class PathFixtures {

    static final LocalDate ENROLLED = LocalDate.of(2026, 1, 12);
    static final LocalDate READY = LocalDate.of(2026, 2, 16);
    static final LocalDate BOOKED_ON = LocalDate.of(2026, 3, 2);
    static final LocalDateTime VISIT_AT = LocalDateTime.of(2026, 3, 5, 10, 0);
    static final LocalDate ANSWERED_ON = LocalDate.of(2026, 3, 6);
    static final LocalDate TRIAL_START = LocalDate.of(2026, 3, 16);
    static final LocalDate TRIAL_LAST_DAY = LocalDate.of(2026, 4, 5);
    static final LocalDate FIRST_EXTENSION_DECIDED = LocalDate.of(2026, 4, 2);
    static final LocalDate ENDED_ON = LocalDate.of(2026, 4, 30);
    /** A year after enrolment: far from every step above. */
    static final StintLimit YEAR = StintLimit.after(ENROLLED, StintLimit.ONE_YEAR);

    static final String COORDINATOR = "account-samordnare";
    static final String COACH = "account-coach";

    private PathFixtures() {
    }

    static Recorded byCoordinator() {
        return new Recorded(COORDINATOR, Instant.parse("2026-03-02T09:00:00Z"));
    }

    static Recorded byCoach() {
        return new Recorded(COACH, Instant.parse("2026-03-06T14:00:00Z"));
    }

    static StudyVisit visit() {
        return new StudyVisit(BOOKED_ON, VISIT_AT, READY);
    }

    /** Hours a week as mornings of four hours from Monday on: 8 is Monday and Tuesday 09–13. */
    static WeeklyTerms terms(int weeklyHours) {
        List<TimeWindow> mornings = new ArrayList<>();
        for (int day = 0; day < weeklyHours / 4; day++) {
            mornings.add(new TimeWindow(DayOfWeek.of(day + 1), LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return new WeeklyTerms(weeklyHours, new WeeklySchedule(mornings), Set.of(SupportOffered.EXPERIENCED_SUPERVISOR));
    }

    static DateSpan threeWeeksFrom(LocalDate start) {
        return DateSpan.starting(start, PlacementPath.TRIAL_LENGTH);
    }

    static PlacementPath booked() {
        return PlacementPath.bookStudyVisit(visit(), byCoordinator()).path();
    }

    static PlacementPath agreed() {
        return booked().answerStudyVisit(VisitAnswer.yes(ANSWERED_ON), byCoach()).path();
    }

    static PlacementPath noTrial() {
        return booked().answerStudyVisit(VisitAnswer.no(ANSWERED_ON, "The tasks were too loud"), byCoach()).path();
    }

    static PlacementPath inTrial() {
        return agreed().startTrial(threeWeeksFrom(TRIAL_START), terms(8), YEAR, byCoordinator()).path();
    }

    static PlacementPath inWorkTraining() {
        return inTrial().extend(FIRST_EXTENSION_DECIDED, terms(12), YEAR, byCoach()).path();
    }

    static PlacementPath ended() {
        return inWorkTraining().end(ENDED_ON, new Ending.WorkOrStudies(Ending.Destination.WORK), byCoach()).path();
    }

    static PlacementPath withdrawn() {
        return booked().correct(BOOKED_ON, "Booked for the wrong participant", byCoordinator()).path();
    }

    /** The path at a stage, reached the usual way. */
    static PlacementPath at(Stage stage) {
        return switch (stage) {
            case STUDY_VISIT_BOOKED -> booked();
            case TRIAL_AGREED -> agreed();
            case TRIAL -> inTrial();
            case WORK_TRAINING -> inWorkTraining();
            case ENDED -> ended();
            case WITHDRAWN -> withdrawn();
        };
    }
}
