package se.tuna.placement.participants.participant;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.store.SlotDocumentMapper;

/**
 * Maps participants to the documents the {@code participants} index holds, and back. Hours and
 * weekly schedules are stored as the catalog stores a slot's, by the catalog's own mapper.
 */
@Mapper(uses = SlotDocumentMapper.class)
public interface ParticipantDocumentMapper {

    @Mapping(target = "id", source = "participant.id")
    @Mapping(target = "availability", source = "participant.availability.windows")
    @Mapping(target = "weekdays", source = "participant.availability", qualifiedByName = "weekdays")
    @Mapping(target = "earliestStart", source = "participant.earliestStart", dateFormat = "HH:mm")
    ParticipantDocument toDocument(Participant participant, Instant createdAt, Instant updatedAt);

    @Mapping(target = "earliestStart", dateFormat = "HH:mm")
    Participant toParticipant(ParticipantDocument document);
}
