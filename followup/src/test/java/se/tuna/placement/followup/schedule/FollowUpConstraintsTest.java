package se.tuna.placement.followup.schedule;

import static se.tuna.placement.followup.schedule.ScheduleFixtures.COACH_A;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.COACH_B;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.MONDAY;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.OFFICE;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.TUESDAY;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.WEDNESDAY;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.WORKPLACE_A;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.WORKPLACE_B;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.at;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.coach;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.minute;
import static se.tuna.placement.followup.schedule.ScheduleFixtures.visit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.coach.StandIn;

/** Each rule of the follow-up schedule on its own: a case it scores, and one it leaves alone. */
class FollowUpConstraintsTest {

    private final ConstraintVerifier<FollowUpConstraints, FollowUpSchedule> verifier =
            ConstraintVerifier.build(new FollowUpConstraints(), FollowUpSchedule.class, PlannedVisit.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    @Test
    void outsideDueWindow() {
        // Window Monday–Friday: the Wednesday after is five days past Friday; the Friday before is three days early.
        verifier.verifyThat(FollowUpConstraints::outsideDueWindow)
                .given(at("late", 0, WORKPLACE_A, COACH_A, WEDNESDAY.plusDays(7), 10, 0),
                        at("early", 1, WORKPLACE_A, COACH_A, MONDAY.minusDays(3), 10, 0))
                .penalizesBy(5 + 3);
        verifier.verifyThat(FollowUpConstraints::outsideDueWindow)
                .given(at("monday", 0, WORKPLACE_A, COACH_A, MONDAY, 10, 0),
                        at("friday", 1, WORKPLACE_A, COACH_A, MONDAY.plusDays(4), 10, 0))
                .penalizesBy(0);
    }

    @Test
    void outsideWorkingTime() {
        // 20 minutes from the office: at 08:00 the coach would leave at 07:40; ending 16:15 they would be back 16:35.
        verifier.verifyThat(FollowUpConstraints::outsideWorkingTime)
                .given(at("early", 0, WORKPLACE_A, COACH_A, MONDAY, 8, 0),
                        at("late", 1, WORKPLACE_A, COACH_A, TUESDAY, 15, 30),
                        at("saturday", 2, WORKPLACE_A, COACH_A, MONDAY.minusDays(2), 10, 0))
                .penalizesBy(3);
        verifier.verifyThat(FollowUpConstraints::outsideWorkingTime)
                .given(at("first", 0, WORKPLACE_A, COACH_A, MONDAY, 8, 30),
                        at("last", 1, WORKPLACE_A, COACH_A, TUESDAY, 15, 15),
                        at("office", 2, OFFICE, COACH_A, WEDNESDAY, 8, 0))
                .penalizesBy(0);
    }

    @Test
    void duringAbsence() {
        Visitor sickMonday = coach("coach-a", MONDAY);
        verifier.verifyThat(FollowUpConstraints::duringAbsence)
                .given(at("monday", 0, WORKPLACE_A, sickMonday, MONDAY, 10, 0))
                .penalizesBy(1);
        verifier.verifyThat(FollowUpConstraints::duringAbsence)
                .given(at("tuesday", 0, WORKPLACE_A, sickMonday, TUESDAY, 10, 0),
                        at("colleague", 1, WORKPLACE_A, COACH_B, MONDAY, 10, 0))
                .penalizesBy(0);
    }

    @Test
    void clashesWithCommitment() {
        // Coach A's meeting at workplace B 09:00–12:00, 5 minutes from A: a visit at A at 12:00 starts 5 minutes too soon,
        // one at 08:15 ends (09:00) with 5 minutes too few to get there; one inside it would have to move 105 minutes
        // earlier (or 120 later) to clear it.
        BusyTime meeting = new BusyTime("coach-a", MONDAY, minute(9, 0), minute(12, 0), WORKPLACE_B, "Möte");
        verifier.verifyThat(FollowUpConstraints::clashesWithCommitment)
                .given(meeting, at("after", 0, WORKPLACE_A, COACH_A, MONDAY, 12, 0),
                        at("before", 1, WORKPLACE_A, COACH_A, MONDAY, 8, 15),
                        at("during", 2, WORKPLACE_B, COACH_A, MONDAY, 10, 0))
                .penalizesBy(5 + 5 + 105);
        verifier.verifyThat(FollowUpConstraints::clashesWithCommitment)
                .given(meeting, at("after", 0, WORKPLACE_A, COACH_A, MONDAY, 12, 15),
                        at("before", 1, WORKPLACE_A, COACH_A, MONDAY, 8, 0),
                        at("otherDay", 2, WORKPLACE_B, COACH_A, TUESDAY, 10, 0),
                        at("otherCoach", 3, WORKPLACE_B, COACH_B, MONDAY, 10, 0))
                .penalizesBy(0);
    }

    @Test
    void participantNotThere() {
        // At the workplace Tuesdays 08:00–12:00 only.
        WeeklySchedule tuesdayMornings = WeeklySchedule.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        verifier.verifyThat(FollowUpConstraints::participantNotThere)
                .given(visit("overruns", 0, WORKPLACE_A).presence(tuesdayMornings)
                                .planned(new VisitStart(TUESDAY, minute(11, 30)), COACH_A, false).build(),
                        visit("monday", 1, WORKPLACE_A).presence(tuesdayMornings)
                                .planned(new VisitStart(MONDAY, minute(9, 0)), COACH_A, false).build())
                .penalizesBy(2);
        verifier.verifyThat(FollowUpConstraints::participantNotThere)
                .given(visit("inside", 0, WORKPLACE_A).presence(tuesdayMornings)
                                .planned(new VisitStart(TUESDAY, minute(11, 15)), COACH_A, false).build(),
                        // Unknown presence counts as there.
                        at("unknown", 1, WORKPLACE_A, COACH_A, MONDAY, 9, 0))
                .penalizesBy(0);
    }

    @Test
    void tooLittleTimeBetween() {
        // 09:00–09:45 at A, then B (5 minutes away) at 09:45: 5 minutes short; two at B at the same time: 45 minutes overlap.
        verifier.verifyThat(FollowUpConstraints::tooLittleTimeBetween)
                .given(at("first", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("second", 1, WORKPLACE_B, COACH_A, MONDAY, 9, 45))
                .penalizesBy(5);
        verifier.verifyThat(FollowUpConstraints::tooLittleTimeBetween)
                .given(at("one", 0, WORKPLACE_B, COACH_A, TUESDAY, 9, 0),
                        at("same", 1, WORKPLACE_B, COACH_A, TUESDAY, 9, 0))
                .penalizesBy(45);
        verifier.verifyThat(FollowUpConstraints::tooLittleTimeBetween)
                .given(at("first", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("second", 1, WORKPLACE_B, COACH_A, MONDAY, 10, 0),
                        at("colleague", 2, WORKPLACE_B, COACH_B, MONDAY, 9, 0),
                        at("tomorrow", 3, WORKPLACE_B, COACH_A, TUESDAY, 9, 0))
                .penalizesBy(0);
    }

    @Test
    void unplannedVisit() {
        verifier.verifyThat(FollowUpConstraints::unplannedVisit)
                .given(visit("unplanned", 0, WORKPLACE_A).planned(null, COACH_A, false).build(),
                        at("planned", 1, WORKPLACE_A, COACH_A, MONDAY, 9, 0))
                .penalizesBy(1);
        verifier.verifyThat(FollowUpConstraints::unplannedVisit)
                .given(at("planned", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0))
                .penalizesBy(0);
    }

    @Test
    void travelBetweenVisits() {
        // A (09:00) → B (10:00) → office (11:00): 5 + 30 minutes; not A → office, which are not consecutive.
        verifier.verifyThat(FollowUpConstraints::travelBetweenVisits)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("office", 1, OFFICE, COACH_A, MONDAY, 11, 0),
                        at("b", 2, WORKPLACE_B, COACH_A, MONDAY, 10, 0))
                .penalizesBy(5 + 30);
        verifier.verifyThat(FollowUpConstraints::travelBetweenVisits)
                .given(at("monday", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("tuesday", 1, WORKPLACE_B, COACH_A, TUESDAY, 10, 0),
                        at("colleague", 2, WORKPLACE_B, COACH_B, MONDAY, 10, 0),
                        visit("unplanned", 3, WORKPLACE_B).planned(null, COACH_A, false).build())
                .penalizesBy(0);
    }

    @Test
    void travelFromBase() {
        // Monday's first visit is at A (20 minutes from the office), Tuesday's at B (30).
        verifier.verifyThat(FollowUpConstraints::travelFromBase)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("b", 1, WORKPLACE_B, COACH_A, MONDAY, 10, 0),
                        at("tuesday", 2, WORKPLACE_B, COACH_A, TUESDAY, 10, 0))
                .penalizesBy(20 + 30);
        verifier.verifyThat(FollowUpConstraints::travelFromBase)
                .given(at("office", 0, OFFICE, COACH_A, MONDAY, 9, 0),
                        at("later", 1, WORKPLACE_B, COACH_A, MONDAY, 13, 0))
                .penalizesBy(0);
    }

    @Test
    void travelToBase() {
        // Monday's last visit is at B (30 minutes back), Tuesday's at A (20).
        verifier.verifyThat(FollowUpConstraints::travelToBase)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("b", 1, WORKPLACE_B, COACH_A, MONDAY, 10, 0),
                        at("tuesday", 2, WORKPLACE_A, COACH_A, TUESDAY, 10, 0))
                .penalizesBy(30 + 20);
        verifier.verifyThat(FollowUpConstraints::travelToBase)
                .given(at("earlier", 0, WORKPLACE_B, COACH_A, MONDAY, 9, 0),
                        at("office", 1, OFFICE, COACH_A, MONDAY, 13, 0))
                .penalizesBy(0);
    }

    @Test
    void nearbyVisitsSameDay() {
        // A and B are 5 minutes apart: one pair on Monday.
        verifier.verifyThat(FollowUpConstraints::nearbyVisitsSameDay)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("b", 1, WORKPLACE_B, COACH_A, MONDAY, 10, 0))
                .rewardsWith(1);
        verifier.verifyThat(FollowUpConstraints::nearbyVisitsSameDay)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("office", 1, OFFICE, COACH_A, MONDAY, 11, 0),
                        at("bTuesday", 2, WORKPLACE_B, COACH_A, TUESDAY, 10, 0),
                        at("bColleague", 3, WORKPLACE_B, COACH_B, MONDAY, 10, 0),
                        at("aAgain", 4, WORKPLACE_A, COACH_A, MONDAY, 13, 0))
                .rewardsWith(0);
    }

    @Test
    void visitorLooksAfter() {
        // Each visit's participant is coach A's; coach B stands in for A on Monday only.
        StandIn mondayOnly = new StandIn("stand-in", "coach-a", "coach-b", "eskilstuna", MONDAY, MONDAY, "coordinator",
                Instant.EPOCH);
        verifier.verifyThat(FollowUpConstraints::visitorLooksAfter)
                .given(standingIn("tuesday", 0, mondayOnly, TUESDAY), at("colleague", 1, WORKPLACE_A, COACH_B, MONDAY, 9, 0))
                .penalizesBy(2);
        verifier.verifyThat(FollowUpConstraints::visitorLooksAfter)
                .given(standingIn("monday", 0, mondayOnly, MONDAY), at("own", 1, WORKPLACE_A, COACH_A, TUESDAY, 9, 0))
                .penalizesBy(0);
    }

    /** A visit of coach A's participant made by coach B, who stands in for A as {@code standIn} says. */
    private static PlannedVisit standingIn(String id, int sequence, StandIn standIn, LocalDate day) {
        return visit(id, sequence, WORKPLACE_A).standIns(Map.of("coach-b", List.of(standIn)))
                .planned(new VisitStart(day, minute(9, 0)), COACH_B, false).build();
    }

    @Test
    void ownCoach() {
        // Each visit's participant is coach A's.
        verifier.verifyThat(FollowUpConstraints::ownCoach)
                .given(at("standIn", 0, WORKPLACE_A, COACH_B, MONDAY, 9, 0),
                        at("own", 1, WORKPLACE_A, COACH_A, MONDAY, 9, 0))
                .penalizesBy(1);
        verifier.verifyThat(FollowUpConstraints::ownCoach)
                .given(at("own", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0))
                .penalizesBy(0);
    }

    @Test
    void evenLoad() {
        // Two 45-minute visits on one day: 90² / 600 = 13 (rounded down); on two days: 2 × 45² / 600 = 2 × 3.
        verifier.verifyThat(FollowUpConstraints::evenLoad)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("b", 1, WORKPLACE_B, COACH_A, MONDAY, 10, 0))
                .penalizesBy(13);
        verifier.verifyThat(FollowUpConstraints::evenLoad)
                .given(at("a", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("b", 1, WORKPLACE_B, COACH_A, TUESDAY, 10, 0))
                .penalizesBy(6);
        verifier.verifyThat(FollowUpConstraints::evenLoad)
                .given(visit("unplanned", 0, WORKPLACE_A).planned(null, COACH_A, false).build())
                .penalizesBy(0);
    }

    @Test
    void closeToDueDate() {
        // Due Wednesday: Monday is two days early, Friday two late; five per day.
        verifier.verifyThat(FollowUpConstraints::closeToDueDate)
                .given(at("monday", 0, WORKPLACE_A, COACH_A, MONDAY, 9, 0),
                        at("friday", 1, WORKPLACE_A, COACH_A, MONDAY.plusDays(4), 9, 0))
                .penalizesBy(2 * 5 + 2 * 5);
        verifier.verifyThat(FollowUpConstraints::closeToDueDate)
                .given(at("due", 0, WORKPLACE_A, COACH_A, WEDNESDAY, 9, 0))
                .penalizesBy(0);
    }

    @Test
    void fewChanges() {
        VisitStart seen = new VisitStart(MONDAY, minute(9, 0));
        verifier.verifyThat(FollowUpConstraints::fewChanges)
                .given(visit("later", 0, WORKPLACE_A).published(seen, "coach-a")
                                .planned(new VisitStart(MONDAY, minute(10, 0)), COACH_A, false).build(),
                        visit("otherCoach", 1, WORKPLACE_A).published(seen, "coach-a").planned(seen, COACH_B, false).build())
                .penalizesBy(2);
        verifier.verifyThat(FollowUpConstraints::fewChanges)
                .given(visit("kept", 0, WORKPLACE_A).published(seen, "coach-a").planned(seen, COACH_A, false).build(),
                        at("new", 1, WORKPLACE_A, COACH_A, TUESDAY, 9, 0))
                .penalizesBy(0);
    }
}
