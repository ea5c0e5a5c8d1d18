package se.tuna.placement.participants.placement;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.store.SlotDocumentMapper;

/** Maps placements to the documents the {@code placements} index holds, and back; schedules as the catalog stores a slot's. */
@Mapper(uses = SlotDocumentMapper.class)
public interface PlacementDocumentMapper {

    @Mapping(target = "agreement.schedule", source = "agreement.schedule.windows")
    PlacementDocument toDocument(Placement placement);

    @Mapping(target = "withSeatClaim", ignore = true)
    @Mapping(target = "withAgreement", ignore = true)
    @Mapping(target = "reference", expression = "java(PlacementReference.storedOrEarlier(document))")
    Placement toPlacement(PlacementDocument document);
}
