package se.tuna.placement.catalog.slot;

import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.reference.OccupationClassification;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.shared.CommonRules;

/** The rules a training slot must meet before it is stored. Field names are those of the API. */
public class SlotRules {

    /** No workplace takes more trainees than this at once; a larger number is a typing error. */
    static final int MOST_SEATS = 50;
    /** Heavier than any lift a workplace may ask of anyone (Arbetsmiljöverket's guidance stops at 25 kg). */
    static final int HEAVIEST_LIFT_KG = 100;

    private final OccupationClassification occupations;
    private final ProgrammeSites sites;

    public SlotRules(OccupationClassification occupations, ProgrammeSites sites) {
        this.occupations = occupations;
        this.sites = sites;
    }

    public List<FieldViolation> check(TrainingSlot slot) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.requireText(violations, "title", slot.title(), 120);
        CommonRules.requireText(violations, "tasks", slot.tasks(), 4_000);
        if (slot.occupationCode() == null || !occupations.isValidOccupationCode(slot.occupationCode())) {
            violations.add(new FieldViolation("occupationCode", "is not a four-digit SSYK 2012 occupation code (e.g. 9629)"));
        }
        CommonRules.requireText(violations, "locality", slot.locality(), 100);
        CommonRules.checkOptionalText(violations, "supervisor", slot.supervisor(), 100);
        CommonRules.checkCoordinates(violations, "coordinates", slot.coordinates());
        CommonRules.checkSites(violations, "sites", slot.sites(), sites);
        CommonRules.checkHours(violations, "hours", slot.hours());
        checkSchedule(violations, slot);
        if (slot.seats() < 1 || slot.seats() > MOST_SEATS) {
            violations.add(new FieldViolation("seats", "must be between 1 and " + MOST_SEATS));
        }
        CommonRules.checkDate(violations, "availableFrom", slot.availableFrom());
        CommonRules.checkDate(violations, "availableUntil", slot.availableUntil());
        if (slot.availableFrom() == null) {
            violations.add(new FieldViolation("availableFrom", "is required"));
        } else if (slot.availableUntil() != null && slot.availableUntil().isBefore(slot.availableFrom())) {
            violations.add(new FieldViolation("availableUntil", "must not be before availableFrom"));
        }
        if (slot.heaviestLiftKg() != null && (slot.heaviestLiftKg() < 0 || slot.heaviestLiftKg() > HEAVIEST_LIFT_KG)) {
            violations.add(new FieldViolation("heaviestLiftKg", "must be between 0 and " + HEAVIEST_LIFT_KG + " kg"));
        }
        return violations;
    }

    private static void checkSchedule(List<FieldViolation> violations, TrainingSlot slot) {
        if (slot.schedule() == null || slot.schedule().windows().isEmpty()) {
            violations.add(new FieldViolation("schedule", "must give at least one weekday and time window"));
            return;
        }
        boolean windowsValid = CommonRules.checkWindows(violations, "schedule", slot.schedule().windows());
        if (windowsValid && slot.hours() != null && slot.schedule().totalHours() < slot.hours().min()) {
            violations.add(new FieldViolation("schedule", "gives " + Math.round(slot.schedule().totalHours() * 10) / 10.0
                    + " hours a week, fewer than hours.min (" + slot.hours().min() + ")"));
        }
    }
}
