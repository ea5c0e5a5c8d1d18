package se.tuna.placement.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.ContactPerson;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.domain.WorkDemand;

/** Small valid employers and slots for tests; change what a test is about with the records' fields. */
public final class CatalogFixtures {

    public static final Coordinates ESKILSTUNA = new Coordinates(59.3666, 16.5077);
    public static final Coordinates STRANGNAS = new Coordinates(59.3775, 17.0310);
    public static final Coordinates TORSHALLA = new Coordinates(59.4168, 16.4738);

    private CatalogFixtures() {
    }

    /** A valid employer; organisation numbers 5560360793 (a real checksum) and variants. */
    public static Employer employer(String organisationNumber, String name) {
        return new Employer(null, name, new OrganisationNumber(organisationNumber), Sector.PRIVATE, "52100",
                new ContactPerson("Anna Lind", "070-123 45 67", "anna.lind@lager.example"),
                new Address("Verkstadsgatan 4", "632 20", "Eskilstuna", ESKILSTUNA), Set.of("eskilstuna", "strangnas"));
    }

    /** A valid open slot draft: warehouse work, 4–10 h a week, Monday to Wednesday mornings. */
    public static TrainingSlot warehouseSlot() {
        return new TrainingSlot(null, null, "Lagerarbete", "Plockning och packning av order på lagret. Sortering av varor.",
                "4322", "Eskilstuna", ESKILSTUNA, Set.of(), new HourRange(4, 10),
                morningsOn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 1, LocalDate.of(2026, 1, 1), null,
                Set.of(WorkDemand.STANDING_MOST_OF_DAY, WorkDemand.TEAMWORK), 15,
                Set.of(SupportOffered.EXPERIENCED_SUPERVISOR, SupportOffered.WRITTEN_INSTRUCTIONS),
                Set.of(Accessibility.NEAR_PUBLIC_TRANSPORT), "Per Holm", SlotStatus.OPEN, List.of());
    }

    /** An organisation number with a valid check digit that no earlier test registered, most likely: NNNNNN-NNNN. */
    public static String freshOrganisationNumber() {
        String nine = "55" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        for (int check = 0; check <= 9; check++) {
            String candidate = nine + check;
            if (OrganisationNumber.parse(candidate).isPresent()) {
                return candidate.substring(0, 6) + "-" + candidate.substring(6);
            }
        }
        throw new IllegalStateException("No check digit fits " + nine);
    }

    public static WeeklySchedule morningsOn(DayOfWeek... days) {
        return new WeeklySchedule(java.util.Arrays.stream(days)
                .map(day -> new TimeWindow(day, LocalTime.of(8, 0), LocalTime.of(12, 0))).toList());
    }
}
