package se.tuna.placement.web.participant;

import java.util.List;

import se.tuna.placement.web.catalog.CatalogPayloads.RowErrorResponse;

/** What a caseload import answers. */
final class CaseloadPayloads {

    private CaseloadPayloads() {
    }

    /**
     * @param dryRun         whether it only checked
     * @param rowsRead       the rows after the header
     * @param created        rows whose stint (and placement) was stored, or would be in a dry run
     * @param unchanged      rows whose participant already has this stint: nothing written
     * @param errors         why rows were refused; nothing of them was written
     * @param ignoredColumns columns the format does not know, not read
     * @param participantIds the participants whose records were written (empty in a dry run)
     */
    record CaseloadReportResponse(boolean dryRun, int rowsRead, int created, int unchanged, List<RowErrorResponse> errors,
            List<String> ignoredColumns, List<String> participantIds) {
    }
}
