package se.tuna.placement.access.signin;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps credentials to the documents the {@code credentials} index holds, and back. */
@Mapper
public interface CredentialsDocumentMapper {

    CredentialsDocument toDocument(Credentials credentials);

    @Mapping(target = "withLink", ignore = true)
    Credentials toCredentials(CredentialsDocument document);
}
