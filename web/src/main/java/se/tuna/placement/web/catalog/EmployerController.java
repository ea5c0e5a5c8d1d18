package se.tuna.placement.web.catalog;

import java.net.URI;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.web.catalog.CatalogPayloads.EmployerRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.EmployerResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotHitResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.PageResponse;

/** Employers (arbetsgivare): register, update and read them, and register their training slots. */
@ApiController("/api/employers")
@Tag(name = "Employers", description = "Arbetsgivare i platsbanken")
class EmployerController {

    private final EmployerService employers;
    private final SlotService slots;
    private final AccessPolicy access;
    private final CatalogApiMapper mapper;
    private final Clock clock;

    EmployerController(EmployerService employers, SlotService slots, AccessPolicy access, CatalogApiMapper mapper, Clock clock) {
        this.employers = employers;
        this.slots = slots;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register an employer", description = "The organisation number is registered once; 409 if it exists.")
    Mono<ResponseEntity<EmployerResponse>> register(@Valid @RequestBody EmployerRequest request) {
        return Blocking.call(() -> employers.register(mapper.toEmployer(request)))
                .map(employer -> ResponseEntity.created(URI.create("/api/employers/" + employer.id()))
                        .body(mapper.toResponse(employer)));
    }

    @GetMapping
    @Operation(summary = "List employers by name, optionally of one site and matching a name (q)")
    Mono<PageResponse<EmployerResponse>> list(@RequestParam(required = false) String site,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        pageWithinWindow(page, size);
        return Blocking.call(() -> PageResponse.of(employers.list(site, q, page, size), mapper::toResponse));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an employer", description = "A supervisor reads their own employer only.")
    Mono<EmployerResponse> get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> {
            access.requireEmployer(actor, id);
            return mapper.toResponse(employers.get(id));
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an employer's details", description = "The organisation number cannot change.")
    Mono<EmployerResponse> update(@AuthenticationPrincipal Actor actor, @PathVariable String id,
            @Valid @RequestBody EmployerRequest request) {
        return Blocking.call(() -> {
            access.requireEmployer(actor, id);
            return mapper.toResponse(employers.update(id, mapper.toEmployer(request)));
        });
    }

    @PostMapping("/{id}/slots")
    @Operation(summary = "Register a training slot (arbetsträningsplats) for this employer")
    Mono<ResponseEntity<SlotResponse>> registerSlot(@AuthenticationPrincipal Actor actor, @PathVariable String id,
            @Valid @RequestBody SlotRequest request) {
        return Blocking.call(() -> {
            access.requireEmployer(actor, id);
            return slots.register(id, mapper.toSlot(request));
        })
                .map(stored -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/slots/" + stored.slot().id()))
                        .body(mapper.toResponse(stored, clock.instant())));
    }

    @GetMapping("/{id}/slots")
    @Operation(summary = "The employer's own slots, every status, most recently changed first")
    Mono<PageResponse<SlotHitResponse>> ownSlots(@AuthenticationPrincipal Actor actor, @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        pageWithinWindow(page, size);
        return Blocking.call(() -> {
            access.requireEmployer(actor, id);
            return PageResponse.of(slots.listForEmployer(id, page, size), hit -> mapper.toResponse(hit, clock.instant()));
        });
    }

    /** Elasticsearch serves the first 10,000 results of a list; past that, narrow the list instead. */
    private static void pageWithinWindow(int page, int size) {
        if (((long) page + 1) * size > SlotSearchCriteria.MAX_WINDOW) {
            throw InvalidInputException.of("page", "goes past the first " + SlotSearchCriteria.MAX_WINDOW + " results");
        }
    }
}
