package se.tuna.placement.web.catalog;

import java.time.Instant;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.importer.ImportReport;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.web.catalog.CatalogPayloads.EmployerRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.EmployerResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportReportResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.RowErrorResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SeatClaimResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotHitResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotRequest;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.TimeWindowPayload;

/** Maps the catalog's API payloads to domain objects and back. */
@Mapper(uses = ReferenceNames.class)
public interface CatalogApiMapper {

    @Mapping(target = "id", ignore = true)
    Employer toEmployer(EmployerRequest request);

    @Mapping(target = "industryName", source = "industryCode", qualifiedByName = "industryName")
    EmployerResponse toResponse(Employer employer);

    // The employer, status and seat claims of a slot are never set through this payload.
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "employerId", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "seatClaims", ignore = true)
    @Mapping(target = "withSeatClaims", ignore = true)
    @Mapping(target = "withStatus", ignore = true)
    TrainingSlot toSlot(SlotRequest request);

    @Mapping(target = ".", source = "stored.slot")
    @Mapping(target = "employerName", source = "stored.indexing.employerName")
    @Mapping(target = "updatedAt", source = "stored.indexing.updatedAt")
    @Mapping(target = "occupationName", source = "stored.slot.occupationCode", qualifiedByName = "occupationName")
    @Mapping(target = "freeSeats", expression = "java(stored.slot().freeSeats(now))")
    SlotResponse toResponse(StoredSlot stored, @Context Instant now);

    @Mapping(target = ".", source = "hit.slot")
    @Mapping(target = "employerName", source = "hit.employerName")
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "occupationName", source = "hit.slot.occupationCode", qualifiedByName = "occupationName")
    @Mapping(target = "freeSeats", expression = "java(hit.slot().freeSeats(now))")
    SlotResponse toSlotResponse(SlotHit hit, @Context Instant now);

    default SlotHitResponse toResponse(SlotHit hit, @Context Instant now) {
        return new SlotHitResponse(toSlotResponse(hit, now), hit.score(), hit.distanceKm());
    }

    SeatClaimResponse toResponse(SeatClaim claim);

    @Mapping(target = "dryRun", expression = "java(report.mode() == se.tuna.placement.catalog.importer.ImportMode.DRY_RUN)")
    @Mapping(target = "rowsRefused", expression = "java(report.rowsRefused())")
    @Mapping(target = "errorCount", expression = "java(report.errors().size())")
    ImportReportResponse toResponse(ImportReport report);

    RowErrorResponse toResponse(RowError error);

    default WeeklySchedule toSchedule(List<TimeWindowPayload> windows) {
        return windows == null ? null : new WeeklySchedule(windows.stream().map(this::toWindow).toList());
    }

    se.tuna.placement.catalog.domain.TimeWindow toWindow(TimeWindowPayload window);

    default List<TimeWindowPayload> toPayload(WeeklySchedule schedule) {
        return schedule == null ? List.of() : schedule.windows().stream().map(this::toPayload).toList();
    }

    TimeWindowPayload toPayload(se.tuna.placement.catalog.domain.TimeWindow window);

    default OrganisationNumber toOrganisationNumber(String text) {
        return text == null ? null : new OrganisationNumber(text);
    }

    default String toText(OrganisationNumber number) {
        return number == null ? null : number.value();
    }
}
