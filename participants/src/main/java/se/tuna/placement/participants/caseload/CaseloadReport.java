package se.tuna.placement.participants.caseload;

import java.util.List;

import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.RowError;

/**
 * What a caseload import did (or, in a dry run, would do).
 *
 * @param rowsRead       the non-empty rows after the header
 * @param created        rows whose stint (and placement) was stored, or would be
 * @param unchanged      rows whose participant already has this stint: nothing written
 * @param errors         the refused rows, by line and column; nothing of them was written
 * @param ignored        headers the format does not know
 * @param participantIds the participants whose records were written (none in a dry run): for the access log
 */
public record CaseloadReport(ImportMode mode, int rowsRead, int created, int unchanged, List<RowError> errors, List<String> ignored,
        List<String> participantIds) {

    public CaseloadReport {
        errors = List.copyOf(errors);
        ignored = List.copyOf(ignored);
        participantIds = List.copyOf(participantIds);
    }
}
