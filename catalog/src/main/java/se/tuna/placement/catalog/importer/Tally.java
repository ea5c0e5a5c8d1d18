package se.tuna.placement.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts and errors of an import as it runs, at most one error per row and column. Thread-safe: slot batches
 * are written by several workers.
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

    private final ImportMode mode;
    private final int rowsRead;
    private final List<String> ignoredColumns;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<Integer, Set<String>> erroneousColumns = new HashMap<>();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    Tally(ImportMode mode, int rowsRead, List<String> ignoredColumns) {
        this.mode = mode;
        this.rowsRead = rowsRead;
        this.ignoredColumns = ignoredColumns;
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
