package se.tuna.placement.followup.calendar;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.followup.calendar.CalendarDocuments.CalendarDocument;
import se.tuna.placement.followup.calendar.CalendarDocuments.CommitmentDocument;

/** Maps working calendars to their documents and back; weekly hours as the catalog stores a slot's. */
@Mapper(uses = SlotDocumentMapper.class)
public interface CalendarDocumentMapper {

    @Mapping(target = "workingHours", source = "calendar.workingHours.windows")
    CalendarDocument toDocument(WorkCalendar calendar, String changedBy, Instant changedAt);

    @Mapping(target = "withAbsences", ignore = true)
    WorkCalendar toCalendar(CalendarDocument document);

    @Mapping(target = "start", dateFormat = "HH:mm")
    @Mapping(target = "end", dateFormat = "HH:mm")
    CommitmentDocument toDocument(Commitment commitment);

    @Mapping(target = "start", dateFormat = "HH:mm")
    @Mapping(target = "end", dateFormat = "HH:mm")
    Commitment toCommitment(CommitmentDocument document);
}
