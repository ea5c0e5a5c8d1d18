package se.tuna.placement.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/** Imports through the production wiring into a real node. Each test uses its own organisation numbers. */
@RealElasticsearch
@SpringJUnitConfig(BankImportIntegrationTest.Wiring.class)
class BankImportIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(CatalogTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(BankImportIntegrationTest.class));
        }
    }

    /** The columns every slot sheet needs, and a slot row for them with a given organisation number and reference. */
    private static final String HEADER = "organisationsnummer,arbetsgivare,sektor,sni,ort,verksamheter,platsreferens,titel,"
            + "arbetsuppgifter,ssyk,timmar min,timmar max,schema,platser,tillgänglig från,krav,stöd,tillgänglighet,status\n";

    @Autowired
    BankImport bankImport;
    @Autowired
    SlotService slots;
    @Autowired
    SlotRepository slotRepository;
    @Autowired
    EmployerRepository employerRepository;
    @Autowired
    SeatBooking booking;

    @Test
    void importingTheSameCsvTwiceCreatesNoDuplicates() {
        ImportReport first = bankImport.importSheet(resource("bank-comma.csv"), ImportMode.STORE);
        ImportReport second = bankImport.importSheet(resource("bank-comma.csv"), ImportMode.STORE);

        assertThat(first.errors()).isEmpty();
        assertThat(first.rowsRead()).isEqualTo(4);
        // Another test of this class may have imported the file first.
        assertThat(first.employersCreated() + first.employersUnchanged()).isEqualTo(3);
        assertThat(first.slotsCreated() + first.slotsUnchanged()).isEqualTo(3);
        assertThat(second.errors()).isEmpty();
        assertThat(second).extracting(ImportReport::employersCreated, ImportReport::employersUpdated, ImportReport::employersUnchanged,
                ImportReport::slotsCreated, ImportReport::slotsUpdated, ImportReport::slotsUnchanged).containsExactly(0, 0, 3, 0, 0, 3);
        assertThat(slots.listForEmployer(employerId("559910-0004"), 0, 10).total()).isEqualTo(2);
        assertThat(employerRepository.find(employerId("212000-0407"))).isPresent();
    }

    @Test
    void aSlotTakesWhatItsRowLeavesOutFromItsEmployer() {
        bankImport.importSheet(resource("bank-comma.csv"), ImportMode.STORE);

        TrainingSlot warehouse = slotTitled("559910-0004", "Lagerarbete");
        assertThat(warehouse.sites()).containsExactlyInAnyOrder("eskilstuna", "strangnas");
        assertThat(warehouse.locality()).isEqualTo("Eskilstuna");
        assertThat(warehouse.demands()).containsExactlyInAnyOrder(WorkDemand.STANDING_MOST_OF_DAY, WorkDemand.TEAMWORK);
        assertThat(warehouse.support()).containsExactlyInAnyOrder(SupportOffered.EXPERIENCED_SUPERVISOR, SupportOffered.WRITTEN_INSTRUCTIONS);

        StoredSlot goods = slots.get(BankImport.slotIdFor(number("559910-0004"), "L-2"));
        assertThat(goods.slot().locality()).isEqualTo("Torshälla");
        assertThat(goods.slot().coordinates().distanceKm(CatalogFixtures.TORSHALLA)).isLessThan(2);
        assertThat(goods.slot().seats()).isEqualTo(1);
        assertThat(goods.slot().schedule().windows()).containsExactly(window(DayOfWeek.MONDAY, "09:00", "12:00"),
                window(DayOfWeek.WEDNESDAY, "13:00", "16:00"));
        assertThat(goods.slot().availableUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(goods.indexing().importKey()).isEqualTo("559910-0004:L-2");
        assertThat(goods.indexing().employerName()).isEqualTo("Exempel Lager AB");
    }

    @Test
    void aSemicolonSeparatedExcelExportIsRead() {
        ImportReport report = bankImport.importSheet(resource("bank-excel-semicolon.csv"), ImportMode.STORE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.ignoredColumns()).containsExactly("Anteckningar");
        assertThat(report).extracting(ImportReport::employersCreated, ImportReport::slotsCreated).containsExactly(1, 2);
        Employer farm = employerRepository.find(employerId("559910-0012")).orElseThrow().value().employer();
        assertThat(farm.industryCode()).as("the leading zero Excel dropped is restored").isEqualTo("01110");
        assertThat(farm.sector()).isEqualTo(Sector.PRIVATE);
        assertThat(farm.sites()).containsExactly("strangnas");
        assertThat(farm.contact().email()).isEqualTo("erik@lantbruk.example");

        TrainingSlot animals = slotTitled("559910-0012", "Djurskötsel");
        assertThat(animals.coordinates()).isEqualTo(new Coordinates(59.3775, 17.031));
        assertThat(animals.status()).isEqualTo(SlotStatus.PAUSED);
        assertThat(animals.demands()).containsExactlyInAnyOrder(WorkDemand.OUTDOOR_WORK, WorkDemand.DUST_OR_STRONG_SMELLS);
        assertThat(animals.heaviestLiftKg()).isEqualTo(20);
        assertThat(animals.accessibility()).containsExactly(Accessibility.PARKING);
        assertThat(animals.schedule().days()).hasSize(5);
        TrainingSlot garden = slotTitled("559910-0012", "Trädgårdsarbete");
        assertThat(garden.locality()).isEqualTo("Mariefred");
        assertThat(garden.status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void anXlsxFileIsImported() {
        byte[] workbook = workbook(sheet -> {
            // Row 1 is left empty: the header is the first non-empty row, and rows keep Excel's numbers.
            row(sheet, 1, "Organisationsnummer", "Arbetsgivare", "Sektor", "SNI", "Ort", "Verksamheter", "Titel", "Arbetsuppgifter",
                    "SSYK", "Timmar min", "Timmar max", "Schema", "Platser", "Tillgänglig från", "Tillgänglig till");
            row(sheet, 2, 5599100061d, "Exempelodlingen AB", "privat", 1110d, "Strängnäs", "strangnas", "Växthusarbete",
                    "Plantering och vattning i växthus.", 6113d, 3d, 8d, "mån-ons 08:00-11:00", 2d, LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 10, 30));
            row(sheet, 3, 5599100079d, "Exempelpälsen AB", "privat", 1420d, "Strängnäs", "strangnas", "Sömnad",
                    "Enklare sömnad.", 7531d, 3d, 8d, "mån-ons 08:00-11:00", 1d, LocalDate.of(2026, 3, 2), null);
        });

        ImportReport report = bankImport.importSheet(new ByteArrayInputStream(workbook), ImportMode.STORE);

        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.column()).isEqualTo("SNI");
            assertThat(error.reason()).contains("ambiguous", "1420", "01420");
        });
        Employer nursery = employerRepository.find(employerId("559910-0061")).orElseThrow().value().employer();
        assertThat(nursery.industryCode()).isEqualTo("01110");
        TrainingSlot greenhouse = slotTitled("559910-0061", "Växthusarbete");
        assertThat(greenhouse.occupationCode()).isEqualTo("6113");
        assertThat(greenhouse.hours()).isEqualTo(new HourRange(3, 8));
        assertThat(greenhouse.seats()).isEqualTo(2);
        assertThat(greenhouse.availableFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(greenhouse.availableUntil()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(employerRepository.find(employerId("559910-0079"))).isEmpty();
    }

    @Test
    void aRowWithAnInvalidOrganisationNumberIsReportedWithItsRowAndColumnAndNothingOfItIsStored() {
        long slotsBefore = slotRepository.count();

        ImportReport report = bankImport.importSheet(resource("bank-with-an-invalid-organisation-number.csv"), ImportMode.STORE);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.column()).isEqualTo("Organisationsnummer");
            assertThat(error.reason()).contains("not a valid Swedish organisation number");
        });
        assertThat(report.rowsRefused()).isEqualTo(1);
        assertThat(report).extracting(ImportReport::employersCreated, ImportReport::slotsCreated).containsExactly(1, 2);
        assertThat(slotRepository.count() - slotsBefore).isEqualTo(2);
        assertThat(employerRepository.list(null, null, 0, 1000).items()).extracting(Employer::name).doesNotContain("Felnumrets Kontor AB");
    }

    @Test
    void theDomainsRefusalsAreReportedInTheSheetsOwnColumnNames() {
        String sheet = HEADER.replace("timmar max", "Timmar_Max").replace("tillgänglig från", "TILLGÄNGLIG FRÅN")
                + "559910-0087,Exempelverkstaden AB,privat,25620,Eskilstuna,eskilstuna,,Verkstadsarbete,Slipning.,0000,12,8,"
                + "mån 08:00-10:00,0,,,,,\n";

        ImportReport report = bankImport.importSheet(csv(sheet), ImportMode.STORE);

        assertThat(report.errors()).extracting(RowError::row).containsOnly(2);
        assertThat(report.errors()).extracting(RowError::column)
                .containsExactlyInAnyOrder("ssyk", "timmar min", "platser", "TILLGÄNGLIG FRÅN", "schema");
        assertThat(report.errors()).filteredOn(error -> error.column().equals("timmar min")).extracting(RowError::reason)
                .containsExactly("must not be above Timmar_Max");
        assertThat(report.slotsCreated()).isZero();
        assertThat(report.employersCreated()).as("the employer has no row that was imported").isZero();
    }

    @Test
    void aChangedRowUpdatesTheSlotAndKeepsItsBookings() {
        String original = HEADER + "559910-0046,Exempelköket AB,privat,56100,Eskilstuna,eskilstuna,K-1,Köksbiträde,"
                + "Disk och enklare matlagning.,9412,4,10,mån-fre 09:00-13:00,2,2026-01-01,,,,\n";
        bankImport.importSheet(csv(original), ImportMode.STORE);
        String slotId = BankImport.slotIdFor(number("559910-0046"), "K-1");
        SeatClaim booked = booking.book(slotId, "placement-42");
        StoredSlot before = slots.get(slotId);

        ImportReport report = bankImport.importSheet(csv(original.replace(",4,10,", ",4,12,")
                .replace("Disk och enklare matlagning.", "\"Disk, salladsberedning och enklare matlagning.\"")), ImportMode.STORE);

        assertThat(report.errors()).isEmpty();
        assertThat(report).extracting(ImportReport::slotsUpdated, ImportReport::slotsUnchanged, ImportReport::employersUnchanged)
                .containsExactly(1, 0, 1);
        StoredSlot after = slots.get(slotId);
        assertThat(after.slot().hours()).isEqualTo(new HourRange(4, 12));
        assertThat(after.slot().tasks()).startsWith("Disk, salladsberedning");
        assertThat(after.slot().seatClaims()).containsExactly(booked);
        assertThat(after.slot().status()).isEqualTo(SlotStatus.OPEN);
        assertThat(after.indexing().createdAt()).isEqualTo(before.indexing().createdAt());
        assertThat(after.indexing().updatedAt()).isAfter(before.indexing().updatedAt());
    }

    @Test
    void aSlotKeepsItsStatusWhenTheFileGivesNoneAndTakesTheOneItGives() {
        String sheet = HEADER + "559910-0095,Exempeltvätten AB,privat,96011,Eskilstuna,eskilstuna,T-1,Tvätteri,"
                + "Sortering och vikning av tvätt.,9629,4,10,mån-fre 09:00-13:00,1,2026-01-01,,,,\n";
        bankImport.importSheet(csv(sheet), ImportMode.STORE);
        String slotId = BankImport.slotIdFor(number("559910-0095"), "T-1");
        slots.changeStatus(slotId, SlotStatus.PAUSED);

        ImportReport again = bankImport.importSheet(csv(sheet), ImportMode.STORE);
        assertThat(again.slotsUnchanged()).isEqualTo(1);
        assertThat(slots.get(slotId).slot().status()).isEqualTo(SlotStatus.PAUSED);

        bankImport.importSheet(csv(sheet.replace(",,,,\n", ",,,,öppen\n")), ImportMode.STORE);
        assertThat(slots.get(slotId).slot().status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void fewerSeatsThanAreBookedAreRefusedOnTheSeatsColumnAndCountDoneInTheProgress() {
        String sheet = HEADER + "802499-1013,Föreningen Exempelhjälpen,ideell,88101,Strängnäs,strangnas,H-1,Second hand,"
                + "Sortering av skänkta kläder.,5223,4,10,mån-fre 09:00-13:00,2,2026-01-01,,,,\n";
        bankImport.importSheet(csv(sheet), ImportMode.STORE);
        String slotId = BankImport.slotIdFor(number("802499-1013"), "H-1");
        booking.book(slotId, "placement-1");
        booking.book(slotId, "placement-2");

        List<ImportProgress> progress = new ArrayList<>();
        ImportReport report;
        try (SheetFile lowered = SheetFile.copyOf(csv(sheet.replace(",2,2026-01-01", ",1,2026-01-01")))) {
            report = bankImport.importSheet(lowered.path(), ImportMode.STORE, progress::add);
        }

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("platser");
            assertThat(error.reason()).contains("2 seats held or booked");
        });
        assertThat(slots.get(slotId).slot().seats()).isEqualTo(2);
        assertThat(progress).as("the refused slot is done as far as the bar goes").last()
                .isEqualTo(new ImportProgress(ImportProgress.Phase.STORING, 1, 1));
        assertThat(report.slotsCreated() + report.slotsUpdated() + report.slotsUnchanged()).as("and no outcome").isZero();
    }

    @Test
    void seatsBookedWhileAnImportRunsAreKept() throws Exception {
        Employer employer = CatalogFixtures.employer("559912-3469", "Exempelsamtidigt AB");
        String employerId = EmployerService.idFor(employer.organisationNumber());
        int count = 3 * BankWriter.BATCH;
        bankImport.importBank(List.of(employer), concurrentDrafts(employerId, count, "Plockning."), ImportMode.STORE);
        Map<String, SeatClaim> booked = new HashMap<>();

        ExecutorService importer = Executors.newSingleThreadExecutor();
        try {
            Future<ImportReport> running = importer.submit(() ->
                    bankImport.importBank(List.of(employer), concurrentDrafts(employerId, count, "Plockning och packning."), ImportMode.STORE));
            for (int i = 0; !running.isDone() || booked.isEmpty(); i = (i + 97) % count) {
                String slotId = "concurrent-" + i;
                booked.put(slotId, booking.book(slotId, "placement-" + booked.size()));
            }
            ImportReport report = running.get();

            assertThat(report.errors()).isEmpty();
            assertThat(report.slotsUpdated()).isEqualTo(count);
        } finally {
            importer.shutdownNow();
        }
        booked.forEach((slotId, claim) -> {
            TrainingSlot slot = slots.get(slotId).slot();
            assertThat(slot.seatClaims()).as(slotId).contains(claim);
            assertThat(slot.tasks()).as(slotId).isEqualTo("Plockning och packning.");
        });
    }

    @Test
    void renamingAnEmployerRenamesItOnSlotsTheFileDoesNotName() {
        String header = "organisationsnummer,arbetsgivare,sektor,sni,ort,verksamheter,platsreferens,titel,arbetsuppgifter,ssyk,"
                + "timmar min,timmar max,schema,tillgänglig från\n";
        bankImport.importSheet(csv(header + "559912-3477,Gamla Namnet AB,privat,52100,Eskilstuna,eskilstuna,R-1,Lager,Plock.,4322,"
                + "4,10,mån-fre 8-12,2026-01-01\n"), ImportMode.STORE);

        ImportReport report = bankImport.importSheet(csv(header + "559912-3477,Nya Namnet AB,privat,52100,Eskilstuna,eskilstuna"
                + ",,,,,,,,\n"), ImportMode.STORE);

        assertThat(report.employersUpdated()).isEqualTo(1);
        assertThat(slots.get(BankImport.slotIdFor(number("559912-3477"), "R-1")).indexing().employerName()).isEqualTo("Nya Namnet AB");
    }

    @Test
    void aSheetRowStartingAtSixIsStoredAsAnEarlyStartThoughTheSheetDoesNotSayIt() {
        String sheet = HEADER + "559910-0178,Morgonbageriet AB,privat,10710,Eskilstuna,eskilstuna,B-7,Bageri,"
                + "Degberedning och paketering.,7531,4,10,mån-fre 06:00-10:00,1,2026-01-01,,,,\n";

        bankImport.importSheet(csv(sheet), ImportMode.STORE);

        assertThat(slots.get(BankImport.slotIdFor(number("559910-0178"), "B-7")).slot().demands())
                .contains(WorkDemand.EARLY_START);
    }

    @Test
    void aDryRunStoresNothing() {
        String sheet = HEADER + "559910-0053,Exempelbageriet AB,privat,10710,Eskilstuna,eskilstuna,B-1,Bageri,"
                + "Degberedning och paketering.,7531,4,10,mån-fre 06:00-10:00,1,2026-01-01,,,,\n";
        long slotsBefore = slotRepository.count();

        ImportReport dryRun = bankImport.importSheet(csv(sheet), ImportMode.DRY_RUN);

        assertThat(dryRun.mode()).isEqualTo(ImportMode.DRY_RUN);
        assertThat(dryRun.errors()).isEmpty();
        assertThat(dryRun).extracting(ImportReport::employersCreated, ImportReport::slotsCreated).containsExactly(1, 1);
        assertThat(employerRepository.find(employerId("559910-0053"))).isEmpty();
        assertThat(slotRepository.find(BankImport.slotIdFor(number("559910-0053"), "B-1"))).isEmpty();
        slotRepository.refresh();
        assertThat(slotRepository.count()).isEqualTo(slotsBefore);
    }

    @Test
    void swedishLabelsAndEnumNamesAreBothAccepted() {
        String sheet = HEADER
                + "559910-0111,Exempelhallen AB,PRIVATE,93119,Eskilstuna,TUNA Eskilstuna,S-1,Sporthall,Städning och kiosk.,9629,4,10,"
                + "mån-fre 09:00-13:00,1,2026-01-01,Kundkontakt;Högt tempo,Erfaren handledare;Möjlighet till täta pauser,"
                + "Nära kollektivtrafik;Tillgängligt utan trappsteg,pausad\n"
                + "559910-0111,,privat,,,,S-2,Sporthall,Städning och kiosk.,9629,4,10,"
                + "mån-fre 09:00-13:00,1,2026-01-01,CUSTOMER_CONTACT;fast_pace,EXPERIENCED_SUPERVISOR;Frequent breaks,"
                + "NEAR_PUBLIC_TRANSPORT;step-free,PAUSED\n";

        ImportReport report = bankImport.importSheet(csv(sheet), ImportMode.STORE);

        assertThat(report.errors()).isEmpty();
        for (String reference : List.of("S-1", "S-2")) {
            TrainingSlot slot = slots.get(BankImport.slotIdFor(number("559910-0111"), reference)).slot();
            assertThat(slot.demands()).containsExactlyInAnyOrder(WorkDemand.CUSTOMER_CONTACT, WorkDemand.FAST_PACE);
            assertThat(slot.support()).containsExactlyInAnyOrder(SupportOffered.EXPERIENCED_SUPERVISOR, SupportOffered.FREQUENT_BREAKS);
            assertThat(slot.accessibility()).containsExactlyInAnyOrder(Accessibility.NEAR_PUBLIC_TRANSPORT, Accessibility.STEP_FREE);
            assertThat(slot.status()).isEqualTo(SlotStatus.PAUSED);
        }
        assertThat(employerRepository.find(employerId("559910-0111")).orElseThrow().value().employer().sites())
                .containsExactly("eskilstuna");
    }

    @Test
    void aRowThatContradictsItsEmployersFirstRowIsRefused() {
        String sheet = HEADER
                + "212000-0415,Exempelkommunens förvaltning,offentlig,84111,Strängnäs,strangnas,,,,,,,,,,,,,\n"
                + "212000-0415,,privat,,,,P-1,Parkskötsel,Krattning och ogräsrensning.,6113,4,10,mån-fre 09:00-13:00,1,2026-05-01,,,,\n";

        ImportReport report = bankImport.importSheet(csv(sheet), ImportMode.STORE);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error).extracting(RowError::row, RowError::column).containsExactly(3, "sektor");
            assertThat(error.reason()).contains("differs from row 2");
        });
        assertThat(report).extracting(ImportReport::employersCreated, ImportReport::slotsCreated).containsExactly(1, 0);
    }

    @Test
    void twoRowsOfTheSameTitleAndLocalityNeedTheirOwnReferences() {
        String row = "559910-0020,Exempelstädet AB,privat,81210,Eskilstuna,eskilstuna,,Städning,Städning av kontor.,9111,4,10,"
                + "mån-fre 09:00-13:00,1,2026-01-01,,,,\n";

        ImportReport report = bankImport.importSheet(csv(HEADER + row + row.replace("Städning av kontor.", "Städning av trapphus.")),
                ImportMode.STORE);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error).extracting(RowError::row, RowError::column).containsExactly(3, "titel");
            assertThat(error.reason()).contains("same slot as row 2", "platsreferens");
        });
        assertThat(report.slotsCreated()).isEqualTo(1);
    }

    @Test
    void slotsOfAnEmployerAlreadyInTheBankNeedOnlyItsOrganisationNumber() {
        bankImport.importSheet(csv(HEADER + "559910-0103,Exempelhuset AB,privat,68201,Eskilstuna,eskilstuna,,,,,,,,,,,,,\n"),
                ImportMode.STORE);

        ImportReport report = bankImport.importSheet(csv("organisationsnummer;titel;arbetsuppgifter;ssyk;timmar min;timmar max;"
                + "schema;tillgänglig från\n5599100103;Fastighetsskötsel;Enklare underhåll.;5131;4;10;tis-tor 9-12;2026-02-01\n"),
                ImportMode.STORE);

        assertThat(report.errors()).isEmpty();
        assertThat(report).extracting(ImportReport::employersUnchanged, ImportReport::slotsCreated).containsExactly(1, 1);
        assertThat(slotTitled("559910-0103", "Fastighetsskötsel").locality()).isEqualTo("Eskilstuna");
    }

    @Test
    void theExampleInTheFormatDocumentIsValid() {
        // The example of docs/import-format.md, verbatim.
        String example = """
                organisationsnummer;arbetsgivare;sektor;sni;ort;verksamheter;platsreferens;titel;arbetsuppgifter;ssyk;timmar min;timmar max;schema;platser;tillgänglig från;krav;stöd;status
                559910-0004;Exempel Lager AB;privat;52100;Eskilstuna;"eskilstuna;strangnas";;Lagerarbete;Plockning och packning.;4322;4;10;mån-fre 08:00-12:00;2;2026-01-01;"Arbete i grupp;Högt tempo";Erfaren handledare;öppen
                559910-0004;;;;;;L-2;Godsmottagning;Kontroll av inkommande gods.;4322;3;6;"mån 09-12; ons 13-16";1;2026-02-01;;;
                212000-0407;Exempelstadens fastighetsförvaltning;offentlig;81210;Eskilstuna;eskilstuna;;;;;;;;;;;;
                """;

        ImportReport report = bankImport.importSheet(csv(example), ImportMode.DRY_RUN);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.slotsCreated() + report.slotsUpdated() + report.slotsUnchanged()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNeitherCsvNorExcelIsRefusedAsAWhole() {
        byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002binary".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> bankImport.importSheet(new ByteArrayInputStream(pdf), ImportMode.STORE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.reason()).contains("neither a CSV file nor an Excel workbook");
                        }));
    }

    @Test
    void aSheetWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> bankImport.importSheet(csv("arbetsgivare,titel\nExempel AB,Lager\n"), ImportMode.STORE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.reason()).contains("organisationsnummer");
                        }));
        assertThatThrownBy(() -> bankImport.importSheet(csv("organisationsnummer,titel,ssyk\n559910-0004,Lager,4322\n"),
                ImportMode.STORE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("lacks arbetsuppgifter, timmar min, timmar max, schema, tillgänglig från"));
    }

    @Test
    void domainObjectsAreImportedTheSameWayAndKeepTheirIds() {
        Employer employer = CatalogFixtures.employer("559912-3451", "Exempelobjektet AB");
        TrainingSlot draft = CatalogFixtures.warehouseSlot();
        TrainingSlot withId = new TrainingSlot("demo-slot-1", "any-id-given-to-the-employer", draft.title(), draft.tasks(),
                draft.occupationCode(), draft.locality(), draft.coordinates(), null, draft.hours(), draft.schedule(), 2,
                draft.availableFrom(), null, draft.demands(), draft.heaviestLiftKg(), draft.support(), draft.accessibility(),
                draft.supervisor(), null, null);
        Employer withGivenId = new Employer("any-id-given-to-the-employer", employer.name(), employer.organisationNumber(),
                employer.sector(), employer.industryCode(), employer.contact(), employer.address(), employer.sites());
        TrainingSlot invalid = new TrainingSlot(null, "any-id-given-to-the-employer", "Kontor", "Post.", "12", "Eskilstuna",
                null, null, new HourRange(4, 10), draft.schedule(), 1, draft.availableFrom(), null, null, null, null, null, null,
                null, null);

        ImportReport first = bankImport.importBank(List.of(withGivenId), List.of(withId, invalid), ImportMode.STORE);
        ImportReport second = bankImport.importBank(List.of(withGivenId), List.of(withId), ImportMode.STORE);

        assertThat(first.errors()).singleElement().extracting(RowError::row, RowError::column).containsExactly(3, "slot.occupationCode");
        assertThat(first).extracting(ImportReport::employersCreated, ImportReport::slotsCreated).containsExactly(1, 1);
        assertThat(second).extracting(ImportReport::employersUnchanged, ImportReport::slotsUnchanged).containsExactly(1, 1);
        StoredSlot stored = slots.get("demo-slot-1");
        assertThat(stored.slot().employerId()).isEqualTo(EmployerService.idFor(employer.organisationNumber()));
        assertThat(stored.slot().status()).isEqualTo(SlotStatus.OPEN);
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private static List<TrainingSlot> concurrentDrafts(String employerId, int count, String tasks) {
        TrainingSlot template = CatalogFixtures.warehouseSlot();
        List<TrainingSlot> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(new TrainingSlot("concurrent-" + i, employerId, template.title(), tasks, template.occupationCode(),
                    template.locality(), template.coordinates(), null, template.hours(), template.schedule(), 50,
                    template.availableFrom(), null, template.demands(), template.heaviestLiftKg(), template.support(),
                    template.accessibility(), template.supervisor(), null, null));
        }
        return drafts;
    }

    private TrainingSlot slotTitled(String organisationNumber, String title) {
        return slots.listForEmployer(employerId(organisationNumber), 0, 100).items().stream()
                .map(hit -> hit.slot()).filter(slot -> slot.title().equals(title)).findFirst().orElseThrow();
    }

    private static String employerId(String organisationNumber) {
        return EmployerService.idFor(number(organisationNumber));
    }

    private static OrganisationNumber number(String text) {
        return OrganisationNumber.parse(text).orElseThrow();
    }

    private static TimeWindow window(DayOfWeek day, String start, String end) {
        return new TimeWindow(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        InputStream stream = BankImportIntegrationTest.class.getResourceAsStream("/importer/" + name);
        assertThat(stream).as(name).isNotNull();
        return stream;
    }

    static byte[] workbook(Consumer<Sheet> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Praktikplatser"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of cells: strings as text cells, doubles as number cells, dates as date cells, {@code null} as no cell. */
    static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String text) {
                row.createCell(i).setCellValue(text);
            } else if (value instanceof Double number) {
                row.createCell(i).setCellValue(number);
            } else if (value instanceof LocalDate date) {
                var cell = row.createCell(i);
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
        }
    }
}
