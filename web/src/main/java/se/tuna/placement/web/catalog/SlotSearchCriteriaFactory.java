package se.tuna.placement.web.catalog;

import java.util.Objects;

import org.springframework.stereotype.Component;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.search.SlotSearchCriteria;

/** Turns a coordinator's query parameters into search criteria, resolving a locality to its position. */
@Component
class SlotSearchCriteriaFactory {

    private static final int DEFAULT_SIZE = 20;

    private final ReferenceData reference;

    SlotSearchCriteriaFactory(ReferenceData reference) {
        this.reference = reference;
    }

    SlotSearchCriteria from(SlotSearchParameters p) {
        int page = Objects.requireNonNullElse(p.page(), 0);
        int size = Objects.requireNonNullElse(p.size(), DEFAULT_SIZE);
        if (((long) page + 1) * size > SlotSearchCriteria.MAX_WINDOW) {
            throw InvalidInputException.of("page", "goes past the first " + SlotSearchCriteria.MAX_WINDOW
                    + " results; narrow the search instead");
        }
        return new SlotSearchCriteria(p.text(), occupation(p.occupation()), place(p), p.radiusKm(), hours(p), p.weekday(),
                p.support(), p.excludeDemand(), p.maxLiftKg(), p.site(), p.status(), p.employerId(), null, p.availableOn(),
                Boolean.TRUE.equals(p.freeSeat()), p.sort(), page, size);
    }

    private static String occupation(String code) {
        if (code != null && !code.isBlank() && !code.strip().matches("\\d{1,4}")) {
            throw InvalidInputException.of("occupation", "must be an SSYK code of 1 to 4 digits");
        }
        return code;
    }

    private Coordinates place(SlotSearchParameters p) {
        if (p.lat() != null || p.lon() != null) {
            if (p.lat() == null || p.lon() == null) {
                throw InvalidInputException.of(p.lat() == null ? "lat" : "lon", "is needed together with the other coordinate");
            }
            return new Coordinates(p.lat(), p.lon());
        }
        if (p.locality() != null && !p.locality().isBlank()) {
            return reference.localities().find(p.locality())
                    .map(l -> new Coordinates(l.latitude(), l.longitude()))
                    .orElseThrow(() -> InvalidInputException.of("locality", "is not a known locality"));
        }
        if (p.radiusKm() != null) {
            throw InvalidInputException.of("radiusKm", "needs a locality or lat and lon to measure from");
        }
        return null;
    }

    private static HourRange hours(SlotSearchParameters p) {
        if (p.minHours() == null && p.maxHours() == null) {
            return null;
        }
        int min = Objects.requireNonNullElse(p.minHours(), HourRange.FEWEST_WEEKLY_HOURS);
        int max = Objects.requireNonNullElse(p.maxHours(), HourRange.MOST_WEEKLY_HOURS);
        if (min > max) {
            throw InvalidInputException.of("minHours", "must not be above maxHours");
        }
        return new HourRange(min, max);
    }
}
