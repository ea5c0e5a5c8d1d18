package se.tuna.placement.access.token;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps tokens to the documents the {@code api-tokens} index holds, and back. */
@Mapper
public interface ApiTokenDocumentMapper {

    ApiTokenDocument toDocument(ApiToken token, String secretHash);

    @Mapping(target = "collected", ignore = true)
    ApiToken toToken(ApiTokenDocument document);
}
