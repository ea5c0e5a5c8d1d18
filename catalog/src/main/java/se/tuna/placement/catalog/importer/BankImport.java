package se.tuna.placement.catalog.importer;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredEmployer;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Imports a placement bank: coordinators' sheets of employers and training slots (CSV or Excel, in the
 * format of {@link BankColumn}), or the same as domain objects (the demo bank). Both take one path: every
 * employer and slot is checked by the rules the HTTP API applies ({@link EmployerService#validated},
 * {@link SlotService#prepared}); a row that breaks one is reported by row and column and skipped, whole;
 * the rest are stored in bulk. Importing the same bank again changes nothing: ids are derived from
 * organisation numbers and slot references, and what is stored exactly so already is not rewritten.
 * A changed slot keeps its seat holds and bookings.
 */
public class BankImport {

    private static final Logger log = LoggerFactory.getLogger(BankImport.class);

    private final EmployerService employerService;
    private final SlotService slotService;
    private final ReferenceData reference;
    private final Vocabulary vocabulary;
    private final BankWriter writer;

    public BankImport(EmployerService employerService, SlotService slotService, EmployerRepository employers,
            SlotRepository slots, ReferenceData reference, Clock clock) {
        this.employerService = employerService;
        this.slotService = slotService;
        this.reference = reference;
        this.vocabulary = new Vocabulary(reference.sites());
        this.writer = new BankWriter(employers, slots, slotService, clock);
    }

    /**
     * Imports a CSV file or an Excel workbook (told apart by content); see {@link BankColumn} for the format.
     * The file is read as a stream, a row at a time (see {@link SheetReader}). Errors are reported with the
     * sheet's own row numbers and the columns as its header writes them.
     *
     * @param file     the file
     * @param mode     whether to store or only check
     * @param progress told how far the import has come, on this thread
     *
     * @throws InvalidInputException with field {@code file} if the file is neither CSV nor Excel, or its
     *                               header lacks required columns; nothing is stored then
     */
    public ImportReport importSheet(Path file, ImportMode mode, ImportProgress.Listener progress) {
        long started = System.nanoTime();
        BankSheetRows read = new BankSheetRows(reference.industries(), vocabulary, progress);
        SheetReader.read(file, read);
        List<BankRow> rows = read.rows();
        Tally tally = new Tally(mode, rows.size(), read.layout().ignored(), progress);
        tally.checking();
        ImportPlan plan = new SheetPlanner(read.layout(), employerService, slotService, reference.localities(), reference.industries(),
                this::storedEmployers).plan(rows, tally);
        writer.write(plan, tally);
        return logged(read.kind() + " sheet", tally.report(), started);
    }

    /**
     * As {@link #importSheet(Path, ImportMode, ImportProgress.Listener)}, from a stream, which is spooled to a
     * private temporary file first (deleted after).
     *
     * @param sheet the file's content, read to its end and not closed
     */
    public ImportReport importSheet(InputStream sheet, ImportMode mode) {
        try (SheetFile file = SheetFile.copyOf(sheet)) {
            return importSheet(file.path(), mode, ImportProgress.Listener.NONE);
        }
    }

    /**
     * Imports employers and training slot drafts given as domain objects, e.g. a generated demo bank, the
     * same way as a sheet. Employers get the id of their organisation number; a draft names its employer by
     * that id or by the id the employer was given here. A draft's own id, if any, is the slot's id (so it must
     * be stable from one import to the next); without one the id is derived from the employer's organisation
     * number and the slot's title and locality, as for a sheet row without platsreferens. A draft's status, if
     * any, is set; without one a stored slot keeps its own and a new one opens.
     *
     * <p>In the report, employer {@code i} (from 1) is row {@code i} and slot draft {@code j} is row
     * {@code employers.size() + j}; columns are the domain's field names, e.g. {@code employer.industryCode}
     * or {@code slot.hours.min}.
     */
    public ImportReport importBank(List<Employer> employers, List<TrainingSlot> slots, ImportMode mode) {
        long started = System.nanoTime();
        Tally tally = new Tally(mode, employers.size() + slots.size(), List.of());
        ImportPlan plan = new DomainPlanner(employerService, slotService, reference.localities(), this::storedEmployers)
                .plan(employers, slots, tally);
        writer.write(plan, tally);
        return logged("bank of " + employers.size() + " employers and " + slots.size() + " slots", tally.report(), started);
    }

    /** The id a slot imported with this employer reference (platsreferens) has, imported or not. */
    public static String slotIdFor(OrganisationNumber organisationNumber, String reference) {
        return SlotKey.idFor(organisationNumber, reference.strip());
    }

    private Map<String, Versioned<StoredEmployer>> storedEmployers(Collection<String> ids) {
        return writer.readEmployers(new LinkedHashSet<>(ids));
    }

    private static ImportReport logged(String what, ImportReport report, long started) {
        log.info("Imported {} ({}) in {} ms: {} rows, employers {} new / {} changed / {} unchanged, slots {} new / {} changed / "
                + "{} unchanged, {} rows refused", what, report.mode(), (System.nanoTime() - started) / 1_000_000, report.rowsRead(),
                report.employersCreated(), report.employersUpdated(), report.employersUnchanged(), report.slotsCreated(),
                report.slotsUpdated(), report.slotsUnchanged(), report.rowsRefused());
        return report;
    }
}
