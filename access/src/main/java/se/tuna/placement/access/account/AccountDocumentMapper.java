package se.tuna.placement.access.account;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps accounts to the documents the {@code accounts} index holds, and back. */
@Mapper
public interface AccountDocumentMapper {

    @Mapping(target = "createdAt", source = "audit.createdAt")
    @Mapping(target = "createdBy", source = "audit.createdBy")
    @Mapping(target = "changedAt", source = "audit.changedAt")
    @Mapping(target = "changedBy", source = "audit.changedBy")
    AccountDocument toDocument(Account account);

    @Mapping(target = "withStatus", ignore = true)
    @Mapping(target = "withAudit", ignore = true)
    @Mapping(target = "audit", expression = "java(new Account.ChangeRecord(document.createdAt(), document.createdBy(), "
            + "document.changedAt(), document.changedBy()))")
    Account toAccount(AccountDocument document);
}
