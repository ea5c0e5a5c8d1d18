package se.tuna.placement.matcher.plan;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import se.tuna.placement.matcher.plan.PlanDocuments.PlanDocument;

/** Maps a kept plan to its document and back, records to their mirrors by name, codes by their names. */
@Mapper
interface PlanDocumentMapper {

    @Mapping(target = "version", constant = "" + PlanDocuments.VERSION)
    PlanDocument toDocument(KeptPlan plan);

    KeptPlan toKept(PlanDocument document);
}
