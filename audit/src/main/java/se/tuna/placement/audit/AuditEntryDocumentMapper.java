package se.tuna.placement.audit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps entries to the documents the {@code audit} index holds, and back. */
@Mapper
public interface AuditEntryDocumentMapper {

    @Mapping(target = "accountId", source = "event.who.accountId")
    @Mapping(target = "roles", source = "event.who.roles")
    @Mapping(target = "participantId", source = "event.participantId")
    @Mapping(target = "access", source = "event.access")
    @Mapping(target = "data", source = "event.data")
    @Mapping(target = "endpoint", source = "event.endpoint")
    AuditEntryDocument toDocument(AuditEntry entry);

    /** A chain's start records no event. */
    @Mapping(target = "event", expression = "java(\"ACCESS\".equals(document.kind()) ? toEvent(document) : null)")
    AuditEntry toEntry(AuditEntryDocument document);

    @Mapping(target = "who.accountId", source = "accountId")
    @Mapping(target = "who.roles", source = "roles")
    AuditEvent toEvent(AuditEntryDocument document);
}
