package se.tuna.placement.web.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportReportResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.UploadedFile;

/** Imports coordinators' existing lists of employers and slots from CSV or Excel, with a per-row report. */
@ApiController
@Tag(name = "Import", description = "Import av arbetsgivare och platser från CSV eller Excel")
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import employers and slots from a CSV or Excel (.xlsx) file",
            description = "Rows with errors are refused and reported by row and column; all other rows are stored. "
                    + "Importing the same file again creates no duplicates. dryRun=true checks without storing. "
                    + "The format is described in docs/import-format.md. The answer comes when the import is done; "
                    + "POST /api/import-jobs starts the same import in the background and tells its progress. It runs on the "
                    + "same few workers as those (429 while too many run, or while the coordinator has 2 imports under way).")
    Mono<ImportReportResponse> importFile(@AuthenticationPrincipal Actor actor,
            @RequestPart("file") @Parameter(description = "the CSV or Excel file", schema = @Schema(type = "string", format = "binary"))
            Part file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        // The job owns the file once started; it is deleted here only if the job never starts.
        return UploadedFile.spooled(file).flatMap(sheet -> Mono.fromFuture(
                jobs.importNow(actor.accountId(), sheet, dryRun ? ImportMode.DRY_RUN : ImportMode.STORE)));
    }
}
