package se.tuna.placement.followup.visit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.followup.visit.VisitDocuments.VisitDocument;

/**
 * Maps visits to the documents the {@code visits} index holds, and back; schedules as the catalog
 * stores a slot's. The visitor and the day are stored beside the appointment so a coach's week is
 * one query.
 */
@Mapper(uses = SlotDocumentMapper.class)
public interface VisitDocumentMapper {

    @Mapping(target = "presence", source = "presence.windows")
    @Mapping(target = "visitorId", source = "appointment.visitorId")
    @Mapping(target = "day", expression = "java(visit.appointment() == null ? null : visit.appointment().start().toLocalDate())")
    VisitDocument toDocument(Visit visit);

    // The record's one-argument withers look like fluent setters to MapStruct; the constructor sets everything.
    @Mapping(target = "withCompletion", ignore = true)
    @Mapping(target = "withRecordOf", ignore = true)
    @Mapping(target = "withTimeRequest", ignore = true)
    Visit toVisit(VisitDocument document);
}
