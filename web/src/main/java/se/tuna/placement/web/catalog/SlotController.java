package se.tuna.placement.web.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.catalog.CatalogPayloads.BookingRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.HoldRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.SeatClaimResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotHitResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.PageResponse;

/** Training slots (arbetsträningsplatser): search the bank, read, update, pause, withdraw, and their seats. */
@ApiController("/api/slots")
@Tag(name = "Training slots", description = "Arbetsträningsplatser i platsbanken")
class SlotController {

    private final SlotService slots;
    private final SlotSearch search;
    private final SlotSearchCriteriaFactory criteria;
    private final SeatBooking booking;
    private final PlacementService placements;
    private final AccessPolicy access;
    private final CatalogApiMapper mapper;
    private final Clock clock;

    SlotController(SlotService slots, SlotSearch search, SlotSearchCriteriaFactory criteria, SeatBooking booking,
            PlacementService placements, AccessPolicy access, CatalogApiMapper mapper, Clock clock) {
        this.placements = placements;
        this.access = access;
        this.slots = slots;
        this.search = search;
        this.criteria = criteria;
        this.booking = booking;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search the placement bank",
            description = "Swedish free text, occupation, place and radius, hours, weekdays, support, demands to avoid, "
                    + "site, status; paged and sorted. Only open slots unless a status is given.")
    Mono<PageResponse<SlotHitResponse>> search(@Valid @ModelAttribute @ParameterObject SlotSearchParameters parameters) {
        return Blocking.call(() -> PageResponse.of(search.search(criteria.from(parameters)),
                hit -> mapper.toResponse(hit, clock.instant())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a training slot", description = "A supervisor reads their own employer's slots only.")
    Mono<SlotResponse> get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> {
            access.requireSlot(actor, id);
            return mapper.toResponse(slots.get(id), clock.instant());
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a training slot", description = "Its employer, status and booked seats stay.")
    Mono<SlotResponse> update(@AuthenticationPrincipal Actor actor, @PathVariable String id,
            @Valid @RequestBody SlotRequest request) {
        return Blocking.call(() -> {
            access.requireSlot(actor, id);
            return mapper.toResponse(slots.update(id, mapper.toSlot(request)), clock.instant());
        });
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause a slot: no new participants for now")
    Mono<SlotResponse> pause(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return changeStatus(actor, id, SlotStatus.PAUSED);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a slot: the employer no longer offers it")
    Mono<SlotResponse> withdraw(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return changeStatus(actor, id, SlotStatus.WITHDRAWN);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a paused or withdrawn slot")
    Mono<SlotResponse> reopen(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return changeStatus(actor, id, SlotStatus.OPEN);
    }

    @GetMapping("/{id}/claims")
    @Operation(summary = "The holds and bookings that take the slot's seats now")
    Mono<List<SeatClaimResponse>> claims(@PathVariable String id) {
        return Blocking.call(() -> booking.activeClaims(id).stream().map(mapper::toResponse).toList());
    }

    @PostMapping("/{id}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hold a seat for some days", description = "409 when no seat is free. The same reference "
            + "again returns the same hold; a placement's id is refused (409): its seat follows its path.")
    Mono<SeatClaimResponse> hold(@PathVariable String id, @Valid @RequestBody HoldRequest request) {
        return Blocking.call(() -> {
            requireNoPlacement(request.reference());
            return mapper.toResponse(booking.hold(id, request.reference(), Duration.ofDays(request.days())));
        });
    }

    @PostMapping("/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book a seat", description = "409 when no seat is free. A hold with the same reference becomes "
            + "the booking; the same reference again returns the same booking; a placement's id is refused (409): its seat "
            + "follows its path.")
    Mono<SeatClaimResponse> book(@PathVariable String id, @Valid @RequestBody BookingRequest request) {
        return Blocking.call(() -> {
            requireNoPlacement(request.reference());
            return mapper.toResponse(booking.book(id, request.reference()));
        });
    }

    @DeleteMapping("/{id}/claims/{claimId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release a hold or booking",
            description = "Not one a placement owns (409): that seat is released by the placement's end or its correction.")
    Mono<Void> release(@PathVariable String id, @PathVariable String claimId) {
        return Blocking.run(() -> {
            booking.activeClaims(id).stream().filter(claim -> claim.id().equals(claimId)).findFirst()
                    .ifPresent(claim -> requireNoPlacement(claim.reference()));
            booking.release(id, claimId);
        });
    }

    /**
     * The seat of a placement belongs to it: held, booked, handed over and released only by its
     * steps, so a seat and its placement never disagree.
     */
    private void requireNoPlacement(String reference) {
        if (reference != null && placements.owns(reference)) {
            throw new ConflictException("reference", "The seat belongs to placement " + reference
                    + "; it follows the placement's steps (end or correct the placement instead)");
        }
    }

    private Mono<SlotResponse> changeStatus(Actor actor, String id, SlotStatus status) {
        return Blocking.call(() -> {
            access.requireSlot(actor, id);
            return mapper.toResponse(slots.changeStatus(id, status), clock.instant());
        });
    }
}
