package se.tuna.placement.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts and errors of an import as it runs, at most one error per row and column, and its progress while
 * rows are checked and slots stored. Thread-safe: slot batches are written by several workers.
 */
final class Tally {

    /** What happened to one employer or slot. */
    enum Outcome {
        EMPLOYER_CREATED,
        EMPLOYER_UPDATED,
        EMPLOYER_UNCHANGED,
        SLOT_CREATED,
        SLOT_UPDATED,
        SLOT_UNCHANGED
    }

    /** Rows or slots between two progress reports: often enough for a bar, seldom enough to cost nothing. */
    private static final int PROGRESS_STEP = 500;
    private static final Set<Outcome> SLOT_OUTCOMES = EnumSet.of(Outcome.SLOT_CREATED, Outcome.SLOT_UPDATED, Outcome.SLOT_UNCHANGED);

    private final ImportMode mode;
    private final int rowsRead;
    private final List<String> ignoredColumns;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<Integer, Set<String>> erroneousColumns = new HashMap<>();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final ImportProgress.Listener progress;
    private int rowsChecked;
    private int slotsToStore;
    private int slotsStored;

    Tally(ImportMode mode, int rowsRead, List<String> ignoredColumns) {
        this(mode, rowsRead, ignoredColumns, ImportProgress.Listener.NONE);
    }

    Tally(ImportMode mode, int rowsRead, List<String> ignoredColumns, ImportProgress.Listener progress) {
        this.mode = mode;
        this.rowsRead = rowsRead;
        this.ignoredColumns = ignoredColumns;
        this.progress = progress;
    }

    /** Checking starts; the planner says {@link #checked} as it goes. */
    synchronized void checking() {
        progress.report(new ImportProgress(ImportProgress.Phase.CHECKING, 0, rowsRead));
    }

    /** {@code rows} more rows were checked. */
    synchronized void checked(int rows) {
        int before = rowsChecked;
        rowsChecked += rows;
        if (rowsChecked / PROGRESS_STEP > before / PROGRESS_STEP || rowsChecked == rowsRead) {
            progress.report(new ImportProgress(ImportProgress.Phase.CHECKING, Math.min(rowsChecked, rowsRead), rowsRead));
        }
    }

    /**
     * Storing starts: {@code slots} slots are to be written (or, in a dry run, compared with the stored ones): those
     * of employers that were stored, each then counted done once, stored, unchanged or refused.
     */
    synchronized void storing(int slots) {
        slotsToStore = slots;
        progress.report(new ImportProgress(ImportProgress.Phase.STORING, 0, slots));
    }

    ImportMode mode() {
        return mode;
    }

    synchronized void error(int row, String column, String reason) {
        if (erroneousColumns.computeIfAbsent(row, r -> new HashSet<>()).add(Objects.toString(column, ""))) {
            errors.add(new RowError(row, column, reason));
        }
    }

    synchronized void add(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
        if (SLOT_OUTCOMES.contains(outcome)) {
            slotDone();
        }
    }

    /**
     * A slot sent to storing was refused there: an error of its row, and done as far as the progress goes (no
     * outcome counts it), so that the bar reaches the total it was given.
     */
    synchronized void slotRefused(int row, String column, String reason) {
        error(row, column, reason);
        slotDone();
    }

    private void slotDone() {
        slotsStored++;
        if (slotsStored % PROGRESS_STEP == 0 || slotsStored == slotsToStore) {
            progress.report(new ImportProgress(ImportProgress.Phase.STORING, Math.min(slotsStored, slotsToStore), slotsToStore));
        }
    }

    synchronized int count(Outcome... outcomes) {
        int sum = 0;
        for (Outcome outcome : outcomes) {
            sum += counts.getOrDefault(outcome, 0);
        }
        return sum;
    }

    synchronized ImportReport report() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row));
        return new ImportReport(mode, rowsRead, count(Outcome.EMPLOYER_CREATED), count(Outcome.EMPLOYER_UPDATED),
                count(Outcome.EMPLOYER_UNCHANGED), count(Outcome.SLOT_CREATED), count(Outcome.SLOT_UPDATED),
                count(Outcome.SLOT_UNCHANGED), sorted, ignoredColumns);
    }
}
