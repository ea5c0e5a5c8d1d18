package se.tuna.placement.web.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.shared.CommonRules;

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
        requireDateOfThisCentury(p.availableOn());
        return new SlotSearchCriteria(p.text(), occupation(p.occupation()), place(p), p.radiusKm(), hours(p), given(p.weekday()),
                given(p.support()), given(p.excludeDemand()), p.maxLiftKg(), given(p.site()), given(p.status()), p.employerId(), null,
                p.availableOn(), Boolean.TRUE.equals(p.freeSeat()), p.sort(), page, size);
    }

    /**
     * The items of a list parameter that name something: a blank item ({@code support=,,}) is
     * converted to null, and asks for nothing, as a blank parameter does.
     */
    private static <T> Set<T> given(Set<T> items) {
        return items == null ? null : items.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A search for a day no record can hold would only make the store fail to read it. */
    private static void requireDateOfThisCentury(LocalDate availableOn) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "availableOn", availableOn);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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
