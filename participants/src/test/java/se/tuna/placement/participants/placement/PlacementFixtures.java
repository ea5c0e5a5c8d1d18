package se.tuna.placement.participants.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;

/** What the placement tests share: a coordinator, the terms of a trial, a slot, a placement taken to its trial. */
public final class PlacementFixtures {

    public static final DecidedBy SARA = new DecidedBy("account-sara", "Samordnare Sara");
    /** Eight hours a week, Monday and Tuesday mornings. */
    public static final WeeklyTerms EIGHT_HOURS = new WeeklyTerms(8, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))), Set.of());

    private PlacementFixtures() {
    }

    /** A warehouse slot with one seat, at a new employer. */
    public static String slot(EmployerService employers, SlotService slots) {
        String employer = employers.register(CatalogFixtures.employer(CatalogFixtures.freshOrganisationNumber(), "Stegvis AB")).id();
        return slots.register(employer, CatalogFixtures.warehouseSlot()).slot().id();
    }

    /** A placement of the participant at {@code slot}: a study visit, a yes and a trial of three weeks, all on {@code day}. */
    public static String inTrial(PlacementService placements, String participantId, String slot, LocalDate day) {
        String id = placements.bookStudyVisit(participantId, slot, day.atTime(10, 0), SARA, null).id();
        placements.answer(id, VisitAnswer.yes(day), SARA.accountId());
        placements.startTrial(id, DateSpan.starting(day, PlacementPath.TRIAL_LENGTH), EIGHT_HOURS, SARA.accountId());
        return id;
    }
}
