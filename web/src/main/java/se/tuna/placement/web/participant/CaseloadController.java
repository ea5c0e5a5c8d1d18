package se.tuna.placement.web.participant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountFilter;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.participants.caseload.CaseloadFile;
import se.tuna.placement.participants.caseload.CaseloadImport;
import se.tuna.placement.participants.caseload.CaseloadRow;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.participant.CaseloadPayloads.CaseloadReportResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.UploadedFile;

/**
 * Imports a site's current caseload as it goes live: participants' stints and placements under
 * way, back-dated, with a per-row report. For a coordinator of every site the file names.
 */
@ApiController
@Tag(name = "Caseload import", description = "Import av pågående inskrivningar och placeringar när en verksamhet börjar")
class CaseloadController {

    /** More coaches than the platform's sites have together. */
    private static final int MOST_COACHES = 1_000;

    private final CaseloadImport caseload;
    private final AccessPolicy access;
    private final CaseloadApiMapper mapper;
    private final AccountService accounts;

    CaseloadController(CaseloadImport caseload, AccessPolicy access, CaseloadApiMapper mapper, AccountService accounts) {
        this.accounts = accounts;
        this.caseload = caseload;
        this.access = access;
        this.mapper = mapper;
    }

    @PostMapping(path = "/api/caseload-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a site's current caseload from a CSV or Excel (.xlsx) file",
            description = "One row per participant: their stint (referral, enrolment with consent, ready) and their placement "
                    + "under way (slot, study visit, trial, the period under way), each step back-dated and checked by the "
                    + "domain's rules; a placement's seat is booked. Rows with errors are refused and reported by row and "
                    + "column; all other rows are stored. Importing the same file again changes nothing (its rows are "
                    + "unchanged). dryRun=true checks without storing. Profiles are registered afterwards (POST "
                    + "/api/participants). For a coordinator of every site in the file. The format: docs/import-format.md.")
    Mono<CaseloadReportResponse> importFile(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @RequestPart("file") @Parameter(description = "the CSV or Excel file", schema = @Schema(type = "string", format = "binary"))
            Part file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        return UploadedFile.read(file, sheet -> {
            CaseloadFile read = CaseloadFile.read(sheet);
            read.sites().forEach(site -> access.requireCoordinatorOf(actor, site));
            List<String> participants = read.rows().stream().map(CaseloadRow::participantId).filter(Objects::nonNull)
                    .distinct().toList();
            if (dryRun) {
                // A dry run compares each row with the stint stored: it reads them, and changes nothing.
                audit.read(ParticipantData.STINT, participants);
            } else {
                audit.changing(ParticipantData.STINT, participants);
            }
            return mapper.toResponse(caseload.importFile(read, dryRun ? ImportMode.DRY_RUN : ImportMode.STORE,
                    new DecidedBy(actor.accountId(), actor.displayName()), coachAccounts()));
        });
    }

    /** The active coaches' accounts by their e-mail addresses (lower case), which a caseload's coach column names. */
    private Map<String, String> coachAccounts() {
        return accounts.list(new AccountFilter(Role.COACH, null, null, AccountStatus.ACTIVE, null), 0, MOST_COACHES).items()
                .stream().filter(account -> account.email() != null)
                .collect(Collectors.toMap(account -> account.email().toLowerCase(Locale.ROOT), Account::id, (one, other) -> one));
    }
}
