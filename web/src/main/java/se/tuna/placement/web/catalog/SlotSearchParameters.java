package se.tuna.placement.web.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.search.SlotSort;

/**
 * What a coordinator searches the placement bank by, as query parameters; all optional.
 * Lists take repeated parameters or commas ({@code weekday=MONDAY,TUESDAY}).
 *
 * @param text           Swedish free text, e.g. "lagerarbete"
 * @param occupation     SSYK code: 4 digits exact, 1–3 digits a group
 * @param locality       a locality to search around, e.g. Torshälla
 * @param lat            latitude to search around (instead of a locality)
 * @param lon            longitude to search around
 * @param radiusKm       only slots within this distance
 * @param minHours       with {@code maxHours}: only slots whose weekly hours overlap this range
 * @param maxHours       upper end of that range
 * @param weekday        only slots working on one of these days
 * @param support        only slots offering all of this support
 * @param excludeDemand  only slots demanding none of these
 * @param maxLiftKg      only slots whose heaviest lift is at most this
 * @param site           only slots of these programme sites
 * @param status         statuses (default OPEN)
 * @param employerId     one employer's slots
 * @param availableOn    only slots available on this date
 * @param freeSeat       only slots with a free seat
 * @param sort           RELEVANCE (default), DISTANCE, AVAILABLE_FROM, UPDATED or TITLE
 * @param page           zero-based page
 * @param size           page size, 1–200
 */
public record SlotSearchParameters(
        String text,
        String occupation,
        String locality,
        @DecimalMin("55.0") @DecimalMax("69.1") Double lat,
        @DecimalMin("10.9") @DecimalMax("24.2") Double lon,
        @DecimalMin("0.1") @DecimalMax("500") Double radiusKm,
        @Min(1) @Max(40) Integer minHours,
        @Min(1) @Max(40) Integer maxHours,
        Set<DayOfWeek> weekday,
        Set<SupportOffered> support,
        Set<WorkDemand> excludeDemand,
        @Min(0) @Max(100) Integer maxLiftKg,
        Set<String> site,
        Set<SlotStatus> status,
        String employerId,
        LocalDate availableOn,
        Boolean freeSeat,
        SlotSort sort,
        @Min(0) Integer page,
        @Min(1) @Max(200) Integer size) {
}
