package se.tuna.placement.participants.placement;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.store.SlotDocumentMapper;

/**
 * Maps placements to the documents the {@code placements} index holds, and back; schedules as the
 * catalog stores a slot's, the path's steps as {@link PathDocumentMapper} does. A placement stored
 * without steps is read as {@link EarlierPlacements} says.
 */
@Mapper(uses = {SlotDocumentMapper.class, PathDocumentMapper.class})
public interface PlacementDocumentMapper {

    @Mapping(target = "agreement.schedule", source = "agreement.schedule.windows")
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "stage", expression = "java(placement.path() == null ? null : placement.path().stage().name())")
    @Mapping(target = "steps", source = "path")
    PlacementDocument toDocument(Placement placement);

    /** The placement a document holds, with its path; one stored without steps has the path {@link EarlierPlacements} gives it. */
    default Placement toPlacement(PlacementDocument document) {
        Placement placement = asStored(document);
        return placement.path() != null ? placement
                : placement.withPath(EarlierPlacements.pathOf(placement.decidedAt(), placement.decidedBy(), placement.agreement()));
    }

    @Mapping(target = "withSeatClaim", ignore = true)
    @Mapping(target = "withAgreement", ignore = true)
    @Mapping(target = "withPath", ignore = true)
    @Mapping(target = "withId", ignore = true)
    @Mapping(target = "reference", expression = "java(PlacementReference.storedOrEarlier(document))")
    @Mapping(target = "path", source = "steps")
    Placement asStored(PlacementDocument document);
}
