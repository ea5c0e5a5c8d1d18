package se.tuna.placement.catalog.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.ContactPerson;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.BankColumn.Part;
import se.tuna.placement.catalog.importer.ImportPlan.EmployerItem;
import se.tuna.placement.catalog.importer.ImportPlan.SlotItem;
import se.tuna.placement.catalog.reference.IndustryClassification;
import se.tuna.placement.catalog.reference.Localities;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.StoredEmployer;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Turns the rows of a sheet into an {@link ImportPlan}: finds each employer's details (the first row of its
 * organisation number that gives any, or the bank), checks that its other rows agree, and runs employers
 * and slots through the domain's own checks ({@link EmployerService#validated}, {@link SlotService#prepared}),
 * naming each refusal by the file's row and column.
 */
final class SheetPlanner {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Where the domain's field names land in the sheet; "coordinates" depends on the row (see {@link #coordinatesColumn}). */
    private static final Map<String, BankColumn> EMPLOYER_FIELDS = Map.of(
            "name", BankColumn.ARBETSGIVARE,
            "organisationNumber", BankColumn.ORGANISATIONSNUMMER,
            "sector", BankColumn.SEKTOR,
            "industryCode", BankColumn.SNI,
            "address", BankColumn.ORT,
            "address.locality", BankColumn.ORT,
            "sites", BankColumn.VERKSAMHETER,
            "contact.email", BankColumn.EPOST);
    private static final Map<String, BankColumn> SLOT_FIELDS = Map.ofEntries(
            Map.entry("title", BankColumn.TITEL),
            Map.entry("tasks", BankColumn.ARBETSUPPGIFTER),
            Map.entry("occupationCode", BankColumn.SSYK),
            Map.entry("sites", BankColumn.VERKSAMHETER),
            Map.entry("hours", BankColumn.TIMMAR_MIN),
            Map.entry("hours.min", BankColumn.TIMMAR_MIN),
            Map.entry("hours.max", BankColumn.TIMMAR_MAX),
            Map.entry("schedule", BankColumn.SCHEMA),
            Map.entry("seats", BankColumn.PLATSER),
            Map.entry("availableFrom", BankColumn.TILLGANGLIG_FRAN),
            Map.entry("availableUntil", BankColumn.TILLGANGLIG_TILL),
            Map.entry("heaviestLiftKg", BankColumn.TYNGSTA_LYFT_KG),
            Map.entry("supervisor", BankColumn.HANDLEDARE),
            Map.entry("demands", BankColumn.KRAV),
            Map.entry("support", BankColumn.STOD),
            Map.entry("accessibility", BankColumn.TILLGANGLIGHET),
            Map.entry("status", BankColumn.STATUS));

    private final SheetLayout layout;
    private final EmployerService employerService;
    private final SlotService slotService;
    private final Localities localities;
    private final IndustryClassification industries;
    private final Function<Collection<String>, Map<String, Versioned<StoredEmployer>>> storedEmployers;

    SheetPlanner(SheetLayout layout, EmployerService employerService, SlotService slotService, Localities localities,
            IndustryClassification industries, Function<Collection<String>, Map<String, Versioned<StoredEmployer>>> storedEmployers) {
        this.layout = layout;
        this.employerService = employerService;
        this.slotService = slotService;
        this.localities = localities;
        this.industries = industries;
        this.storedEmployers = storedEmployers;
    }

    ImportPlan plan(List<BankRow> rows, Tally tally) {
        Map<OrganisationNumber, List<BankRow>> byEmployer = new LinkedHashMap<>();
        rows.stream().filter(row -> row.organisationNumber() != null)
                .forEach(row -> byEmployer.computeIfAbsent(row.organisationNumber(), number -> new ArrayList<>()).add(row));
        Map<String, Versioned<StoredEmployer>> stored = storedEmployers.apply(
                byEmployer.keySet().stream().map(EmployerService::idFor).toList());

        List<EmployerItem> employers = new ArrayList<>();
        List<SlotItem> slots = new ArrayList<>();
        Map<String, Integer> rowOfSlotId = new HashMap<>();
        byEmployer.forEach((number, group) -> {
            BankRow defining = group.stream().filter(BankRow::givesEmployerDetails).findFirst().orElse(null);
            Employer employer = resolve(number, defining, stored);
            List<SlotItem> ownSlots = new ArrayList<>();
            for (BankRow row : group) {
                if (employer == null) {
                    if (row != defining) {
                        row.error(BankColumn.ORGANISATIONSNUMMER, defining == null
                                ? "no employer with organisation number " + number + " is in the bank; give its details ("
                                        + BankColumn.REQUIRED_FOR_EMPLOYERS.stream().map(layout::name).collect(Collectors.joining(", "))
                                        + ") on its first row"
                                : "the employer's details on row " + defining.number() + " were refused");
                    }
                    continue;
                }
                if (defining != null && row != defining) {
                    checkAgrees(row, defining);
                }
                SlotItem slot = row.givesSlot() ? slot(row, employer, rowOfSlotId) : null;
                if (slot != null && !row.hasErrors()) {
                    ownSlots.add(slot);
                }
            }
            boolean anyImported = group.stream().anyMatch(row -> !row.hasErrors());
            if (employer != null && anyImported) {
                employers.add(new EmployerItem(employer, group.stream().filter(row -> !row.hasErrors()).map(BankRow::number).toList()));
                slots.addAll(ownSlots);
            }
            tally.checked(group.size());
        });
        rows.forEach(row -> row.errors().forEach((column, reason) -> tally.error(row.number(), layout.name(column), reason)));
        return new ImportPlan(employers, slots, stored);
    }

    /** The employer of an organisation number, or {@code null} if it is refused (its rows then say why). */
    private Employer resolve(OrganisationNumber number, BankRow defining, Map<String, Versioned<StoredEmployer>> stored) {
        if (defining == null) {
            Versioned<StoredEmployer> known = stored.get(EmployerService.idFor(number));
            return known == null ? null : known.value().employer();
        }
        Employer employer = null;
        try {
            employer = employerService.validated(candidate(defining, number));
        } catch (InvalidInputException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                BankColumn column = violation.field().equals("address.coordinates")
                        ? coordinatesColumn(defining, BankColumn.ORT)
                        : EMPLOYER_FIELDS.getOrDefault(violation.field(), BankColumn.ORGANISATIONSNUMMER);
                defining.error(column, reason(violation, column, defining));
            }
        }
        return defining.hasEmployerErrors() ? null : employer;
    }

    /** The employer a row describes; its position is its locality's, or the row's lat/lon for a locality not in the list. */
    private Employer candidate(BankRow row, OrganisationNumber number) {
        String locality = row.value(BankColumn.ORT);
        Coordinates coordinates = localities.find(locality).map(l -> new Coordinates(l.latitude(), l.longitude()))
                .orElseGet(() -> givenCoordinates(row));
        String name = row.value(BankColumn.KONTAKTPERSON);
        String phone = row.value(BankColumn.TELEFON);
        String email = row.value(BankColumn.EPOST);
        ContactPerson contact = name == null && phone == null && email == null ? null : new ContactPerson(name, phone, email);
        Set<String> sites = row.value(BankColumn.VERKSAMHETER);
        return new Employer(null, row.value(BankColumn.ARBETSGIVARE), number, row.value(BankColumn.SEKTOR),
                row.value(BankColumn.SNI), contact,
                new Address(row.value(BankColumn.ADRESS), row.value(BankColumn.POSTNUMMER), locality, coordinates), sites);
    }

    /** A row may leave the employer's columns empty; what it fills must say what the employer's first row says. */
    private void checkAgrees(BankRow row, BankRow defining) {
        for (BankColumn column : row.given()) {
            if (column.part() != Part.EMPLOYER || row.hasError(column)) {
                continue;
            }
            Object mine = comparable(column, row.value(column));
            Object theirs = comparable(column, defining.value(column));
            if (!Objects.equals(mine, theirs)) {
                row.error(column, "differs from row " + defining.number() + ", which gives this employer's details ("
                        + (defining.gives(column) ? shown(defining.value(column)) : "empty") + ")");
            }
        }
    }

    private Object comparable(BankColumn column, Object value) {
        if (value instanceof String text) {
            String plain = column == BankColumn.SNI ? industries.canonicalCode(text).orElse(text) : text;
            return WHITESPACE.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        }
        return value;
    }

    private static String shown(Object value) {
        return value instanceof Collection<?> items ? items.stream().map(Object::toString).collect(Collectors.joining(";"))
                : String.valueOf(value);
    }

    /** The row's slot, checked by the domain's rules; {@code null} (with errors on the row) if it breaks one. */
    private SlotItem slot(BankRow row, Employer employer, Map<String, Integer> rowOfSlotId) {
        String reference = row.value(BankColumn.PLATSREFERENS);
        String title = row.value(BankColumn.TITEL);
        String givenLocality = row.value(BankColumn.PLATSENS_ORT);
        String locality = givenLocality != null ? givenLocality : employer.address().locality();
        Coordinates coordinates = givenCoordinates(row);
        if (coordinates == null && givenLocality == null && !row.gives(BankColumn.LAT)) {
            coordinates = employer.address().coordinates();
        }
        Integer min = row.value(BankColumn.TIMMAR_MIN);
        Integer max = row.value(BankColumn.TIMMAR_MAX);
        requireIfEmpty(row, BankColumn.TIMMAR_MIN, max != null && min == null);
        requireIfEmpty(row, BankColumn.TIMMAR_MAX, min != null && max == null);
        Integer seats = row.value(BankColumn.PLATSER);
        TrainingSlot draft = new TrainingSlot(null, employer.id(), title, row.value(BankColumn.ARBETSUPPGIFTER),
                row.value(BankColumn.SSYK), locality, coordinates, Set.of(),
                min == null || max == null ? null : new HourRange(min, max), row.value(BankColumn.SCHEMA),
                seats == null ? 1 : seats, row.value(BankColumn.TILLGANGLIG_FRAN), row.value(BankColumn.TILLGANGLIG_TILL),
                row.value(BankColumn.KRAV), row.value(BankColumn.TYNGSTA_LYFT_KG), row.value(BankColumn.STOD),
                row.value(BankColumn.TILLGANGLIGHET), row.value(BankColumn.HANDLEDARE), SlotStatus.OPEN, List.of());

        SlotKey key = SlotKey.of(employer.organisationNumber(), reference, title, locality, localities);
        if (key != null) {
            Integer earlier = rowOfSlotId.putIfAbsent(key.id(), row.number());
            if (earlier != null) {
                BankColumn column = reference != null ? BankColumn.PLATSREFERENS : BankColumn.TITEL;
                row.error(column, reference != null
                        ? "is the same platsreferens as on row " + earlier + " for this employer"
                        : "is the same slot as row " + earlier + " (same employer, " + layout.name(BankColumn.TITEL) + " and "
                                + layout.name(BankColumn.PLATSENS_ORT) + "); give each its own " + layout.name(BankColumn.PLATSREFERENS));
            }
        }
        try {
            TrainingSlot slot = slotService.prepared(draft, key == null ? "unnamed" : key.id(), employer, SlotStatus.OPEN);
            return key == null ? null : new SlotItem(row.number(), employer, slot, key.importKey(), row.value(BankColumn.STATUS),
                    layout.name(BankColumn.PLATSER));
        } catch (InvalidInputException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                BankColumn column = violation.field().equals("coordinates")
                        ? coordinatesColumn(row, givenLocality != null ? BankColumn.PLATSENS_ORT : BankColumn.ORT)
                        : violation.field().equals("locality") && givenLocality == null ? BankColumn.ORT
                        : violation.field().startsWith("schedule") ? BankColumn.SCHEMA
                        : SLOT_FIELDS.getOrDefault(violation.field(), BankColumn.TITEL);
                row.error(column, reason(violation, column, row));
            }
            return null;
        }
    }

    private static void requireIfEmpty(BankRow row, BankColumn column, boolean missing) {
        if (missing && !row.gives(column)) {
            row.error(column, "is required");
        }
    }

    private static Coordinates givenCoordinates(BankRow row) {
        Double lat = row.value(BankColumn.LAT);
        Double lon = row.value(BankColumn.LON);
        return lat == null || lon == null ? null : new Coordinates(lat, lon);
    }

    /** A missing or wrong position is about lat/lon if the row gives them, else about the locality it was looked up from. */
    private static BankColumn coordinatesColumn(BankRow row, BankColumn locality) {
        return row.gives(BankColumn.LAT) ? BankColumn.LAT : locality;
    }

    /** The rule's reason, in the sheet's words: field names become the file's column names. */
    private String reason(FieldViolation violation, BankColumn column, BankRow row) {
        if ((column == BankColumn.ORT || column == BankColumn.PLATSENS_ORT) && violation.field().endsWith("coordinates")) {
            String locality = row.value(column);
            return locality == null ? "is required"
                    : "'" + locality + "' is not a locality whose position is known; give " + layout.name(BankColumn.LAT)
                            + " and " + layout.name(BankColumn.LON) + " on this row";
        }
        String reason = violation.reason();
        for (var field : SLOT_FIELDS.entrySet()) {
            if (field.getKey().contains(".") || field.getKey().startsWith("available")) {
                reason = reason.replace(field.getKey(), layout.name(field.getValue()));
            }
        }
        return reason;
    }
}
