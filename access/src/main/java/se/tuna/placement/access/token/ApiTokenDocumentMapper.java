package se.tuna.placement.access.token;

import org.mapstruct.Mapper;

/** Maps tokens to the documents the {@code api-tokens} index holds, and back. */
@Mapper
public interface ApiTokenDocumentMapper {

    ApiTokenDocument toDocument(ApiToken token, String secretHash);

    ApiToken toToken(ApiTokenDocument document);
}
