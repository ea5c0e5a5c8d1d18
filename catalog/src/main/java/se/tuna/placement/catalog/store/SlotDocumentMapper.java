package se.tuna.placement.catalog.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/** Maps training slots to the documents the {@code slots} index holds, and back. */
@Mapper
public interface SlotDocumentMapper {

    @Mapping(target = "id", source = "slot.id")
    @Mapping(target = "employerName", source = "indexing.employerName")
    @Mapping(target = "searchText", source = "searchText")
    @Mapping(target = "importKey", source = "indexing.importKey")
    @Mapping(target = "createdAt", source = "indexing.createdAt")
    @Mapping(target = "updatedAt", source = "indexing.updatedAt")
    @Mapping(target = "location", source = "slot.coordinates")
    @Mapping(target = "occupationGroup", expression = "java(occupationGroupOf(slot.occupationCode()))")
    @Mapping(target = "hoursMin", source = "slot.hours.min")
    @Mapping(target = "hoursMax", source = "slot.hours.max")
    @Mapping(target = "weekdays", expression = "java(weekdaysOf(slot.schedule()))")
    @Mapping(target = "schedule", source = "slot.schedule.windows")
    @Mapping(target = "earliestStartMinute", expression = "java(earliestStartMinuteOf(slot.schedule()))")
    @Mapping(target = "scheduleMinutes", expression = "java(weekMinutesOf(slot.schedule()))")
    @Mapping(target = "freeSeats", expression = "java(slot.freeSeats(indexing.updatedAt()))")
    @Mapping(target = "nextHoldLapse", expression = "java(nextHoldLapseOf(slot, indexing.updatedAt()))")
    SlotDocument toDocument(TrainingSlot slot, SlotIndexing indexing, String searchText);

    @Mapping(target = "coordinates", source = "location")
    @Mapping(target = "schedule", source = "schedule")
    // MapStruct takes the record's withers for fluent setters; the constructor sets everything.
    @Mapping(target = "withSeatClaims", ignore = true)
    @Mapping(target = "withStatus", ignore = true)
    TrainingSlot toSlot(SlotDocument document);

    @Mapping(target = "gte", source = "min")
    @Mapping(target = "lte", source = "max")
    IntegerRangeDocument toRange(HourRange hours);

    @Mapping(target = "min", source = "gte")
    @Mapping(target = "max", source = "lte")
    HourRange toHours(IntegerRangeDocument range);

    @Mapping(target = "start", dateFormat = "HH:mm")
    @Mapping(target = "end", dateFormat = "HH:mm")
    TimeWindowDocument toDocument(TimeWindow window);

    @Mapping(target = "start", dateFormat = "HH:mm")
    @Mapping(target = "end", dateFormat = "HH:mm")
    TimeWindow toWindow(TimeWindowDocument window);

    default WeeklySchedule toSchedule(List<TimeWindowDocument> windows) {
        return windows == null ? new WeeklySchedule(List.of()) : new WeeklySchedule(windows.stream().map(this::toWindow).toList());
    }

    SeatClaimDocument toDocument(SeatClaim claim);

    SeatClaim toClaim(SeatClaimDocument claim);

    // Named, so MapStruct never picks these helpers for ordinary field conversions.
    @Named("occupationGroup")
    default String occupationGroupOf(String occupationCode) {
        return occupationCode == null || occupationCode.length() < 3 ? null : occupationCode.substring(0, 3);
    }

    @Named("weekdays")
    default java.util.Set<String> weekdaysOf(WeeklySchedule schedule) {
        return schedule.days().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Named("earliestStartMinute")
    default Integer earliestStartMinuteOf(WeeklySchedule schedule) {
        return schedule.earliestStart().map(start -> start.getHour() * 60 + start.getMinute()).orElse(null);
    }

    /** The windows as minutes of the week, Monday 00:00 being 0 (what {@code scheduleMinutes} holds). */
    @Named("weekMinutes")
    default List<IntegerRangeDocument> weekMinutesOf(WeeklySchedule schedule) {
        return schedule.windows().stream()
                .filter(window -> window.start() != null && window.end() != null && window.start().isBefore(window.end()))
                .map(window -> new IntegerRangeDocument(weekMinute(window.day(), window.start()), weekMinute(window.day(), window.end())))
                .toList();
    }

    /** Minutes from Monday 00:00 to this time of this day. */
    static int weekMinute(java.time.DayOfWeek day, java.time.LocalTime time) {
        return (day.getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
    }

    @Named("nextHoldLapse")
    default Instant nextHoldLapseOf(TrainingSlot slot, Instant now) {
        return slot.seatClaims().stream()
                .filter(claim -> claim.kind() == SeatClaim.Kind.HOLD && claim.isActiveAt(now))
                .map(SeatClaim::expiresAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
