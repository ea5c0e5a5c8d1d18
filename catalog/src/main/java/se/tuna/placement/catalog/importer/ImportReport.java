package se.tuna.placement.catalog.importer;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do).
 *
 * @param mode               whether anything was stored
 * @param rowsRead           data rows read, not counting the header and empty rows
 * @param employersCreated   employers new to the bank
 * @param employersUpdated   employers whose stored details changed
 * @param employersUnchanged employers already stored exactly so; not rewritten
 * @param slotsCreated       training slots new to the bank
 * @param slotsUpdated       training slots whose stored details changed (their seat claims kept)
 * @param slotsUnchanged     training slots already stored exactly so; not rewritten
 * @param errors             why rows were refused, by row and column
 * @param ignoredColumns     header cells that name no column of the format, as written; their cells are not read
 */
public record ImportReport(
        ImportMode mode,
        int rowsRead,
        int employersCreated,
        int employersUpdated,
        int employersUnchanged,
        int slotsCreated,
        int slotsUpdated,
        int slotsUnchanged,
        List<RowError> errors,
        List<String> ignoredColumns) {

    public ImportReport {
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** How many rows were refused (a row may have several errors). */
    public int rowsRefused() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
