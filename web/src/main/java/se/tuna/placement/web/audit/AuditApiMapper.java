package se.tuna.placement.web.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.audit.AuditEntry;
import se.tuna.placement.audit.VerificationReport;
import se.tuna.placement.web.audit.AuditPayloads.AuditEntryResponse;
import se.tuna.placement.web.audit.AuditPayloads.VerificationResponse;

/** Maps the access log's entries and checks to the admin's payloads. */
@Mapper
public interface AuditApiMapper {

    @Mapping(target = "accountId", source = "entry.event.who.accountId")
    @Mapping(target = "roles", source = "entry.event.who.roles")
    @Mapping(target = "roleLabels", source = "entry.event.who.roles")
    @Mapping(target = "participantId", source = "entry.event.participantId")
    @Mapping(target = "access", source = "entry.event.access")
    @Mapping(target = "data", source = "entry.event.data")
    @Mapping(target = "dataLabel", expression = "java(entry.event().data().label())")
    @Mapping(target = "endpoint", source = "entry.event.endpoint")
    AuditEntryResponse toResponse(AuditEntry entry, String accountName);

    VerificationResponse toResponse(VerificationReport report);

    /** The roles' Swedish names, in the roles' own order. */
    default List<String> roleLabels(Set<String> roles) {
        return Arrays.stream(Role.values()).filter(role -> roles.contains(role.name())).map(Role::label).toList();
    }
}
