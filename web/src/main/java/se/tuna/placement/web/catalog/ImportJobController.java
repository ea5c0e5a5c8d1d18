package se.tuna.placement.web.catalog;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportJobResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.UploadedFile;

/** The bank import in the background, with its progress: what the import page uses for its progress bar. */
@ApiController("/api/import-jobs")
@Tag(name = "Import", description = "Import av arbetsgivare och platser från CSV eller Excel")
class ImportJobController {

    private final ImportJobs jobs;

    ImportJobController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start importing employers and slots from a CSV or Excel (.xlsx) file in the background",
            description = "The same import as POST /api/imports (same file and dryRun), answered at once (202) with the job; "
                    + "follow it at the Location. Only the coordinator who started a job can see it; it is kept for an hour "
                    + "after it finishes. 429 while too many imports run.")
    Mono<ResponseEntity<ImportJobResponse>> start(@AuthenticationPrincipal Actor actor,
            @RequestPart("file") @Parameter(description = "the CSV or Excel file", schema = @Schema(type = "string", format = "binary"))
            Part file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        return UploadedFile.spooled(file)
                .map(sheet -> jobs.start(actor.accountId(), sheet, dryRun ? ImportMode.DRY_RUN : ImportMode.STORE))
                .map(job -> ResponseEntity.accepted().location(URI.create("/api/import-jobs/" + job.id())).body(job.response()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job: its state and progress (phase, done of total), and its report when DONE",
            description = "Phases: READING (rows read so far; total 0, not known before the end), CHECKING (rows checked of "
                    + "total), STORING (slots stored of total; in a dry run compared with the stored ones). When DONE, "
                    + "report is what POST /api/imports answers, with its first 1000 errors (errorCount tells how many there "
                    + "were). A job whose file was refused answers with the same problem details (422, field file) as POST "
                    + "/api/imports would; a job that failed otherwise answers 200, state FAILED, with a problem (title, "
                    + "detail). 404 for a job of someone else, or one finished more than an hour ago.")
    Mono<ImportJobResponse> progress(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Mono.fromCallable(() -> {
            ImportJob job = jobs.get(actor.accountId(), id);
            if (job.refusal() != null) {
                throw job.refusal();
            }
            return job.response();
        });
    }
}
