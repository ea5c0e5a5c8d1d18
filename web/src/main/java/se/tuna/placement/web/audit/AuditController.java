package se.tuna.placement.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.audit.AuditEntry;
import se.tuna.placement.audit.AuditFilter;
import se.tuna.placement.audit.AuditLog;
import se.tuna.placement.audit.AuditRepository;
import se.tuna.placement.audit.AuditVerification;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.web.audit.AuditPayloads.AuditEntryResponse;
import se.tuna.placement.web.audit.AuditPayloads.VerificationResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.PageResponse;

/** The access log (åtkomstlogg), for admins: who saw or changed which participant's data, and a check that nothing was tampered with. */
@ApiController("/api/admin/audit")
@Tag(name = "Access log", description = "Åtkomstlogg: varje läsning och ändring av en deltagares uppgifter")
class AuditController {

    private static final LocalDate EARLIEST_DAY = CommonRules.EARLIEST_DATE;
    private static final LocalDate LATEST_DAY = LocalDate.of(2999, 12, 31);

    private final AuditRepository entries;
    private final AuditVerification verification;
    private final AuditLog log;
    private final AccountService accounts;
    private final AuditApiMapper mapper;

    AuditController(AuditRepository entries, AuditVerification verification, AuditLog log, AccountService accounts,
            AuditApiMapper mapper) {
        this.entries = entries;
        this.verification = verification;
        this.log = log;
        this.accounts = accounts;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Accesses to participants' data, the newest first",
            description = "Narrowed by the person (accountId), the participant, and the days from and until (both "
                    + "included, Swedish time). Recorded within a second.")
    Mono<PageResponse<AuditEntryResponse>> find(@RequestParam(required = false) String accountId,
            @RequestParam(required = false) String participantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return Blocking.call(() -> {
            Page<AuditEntry> found = entries.find(filter(accountId, participantId, from, until), page, size);
            Map<String, Account> people = accounts.findAll(found.items().stream().map(entry -> entry.event().who().accountId())
                    .distinct().toList());
            return PageResponse.of(found, entry -> mapper.toResponse(entry, nameOf(people.get(entry.event().who().accountId()))));
        });
    }

    @GetMapping("/verification")
    @Operation(summary = "Check the whole access log",
            description = "Every chain whole and sealed with the key, none cut short or removed; reads every entry.")
    Mono<VerificationResponse> verify() {
        return Blocking.call(() -> mapper.toResponse(verification.verify(log.acknowledged())));
    }

    private static AuditFilter filter(String accountId, String participantId, LocalDate from, LocalDate until) {
        requireWithinRecords("from", from);
        requireWithinRecords("until", until);
        if (from != null && until != null && from.isAfter(until)) {
            throw InvalidInputException.of("until", "must not be before from");
        }
        return new AuditFilter(CommonRules.blankAsNull(accountId), CommonRules.blankAsNull(participantId), startOf(from),
                until == null ? null : startOf(until.plusDays(1)));
    }

    /** A day the access log can hold: Elasticsearch's dates end in the year 9999, and the log began this century. */
    private static void requireWithinRecords(String field, LocalDate day) {
        if (day != null && (day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY))) {
            throw InvalidInputException.of(field, "must be a day from " + EARLIEST_DAY + " to " + LATEST_DAY);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ParticipantRules.PROGRAMME_ZONE).toInstant();
    }

    private static String nameOf(Account account) {
        return account == null ? null : account.displayName();
    }
}
