package se.tuna.placement.catalog.store;

import java.time.Instant;
import java.util.Optional;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;

/** Maps employers to the documents the {@code employers} index holds, and back. */
@Mapper
public interface EmployerDocumentMapper {

    @Mapping(target = "id", source = "employer.id")
    @Mapping(target = "name", source = "employer.name")
    @Mapping(target = "sites", source = "employer.sites")
    EmployerDocument toDocument(Employer employer, Instant createdAt, Instant updatedAt);

    Employer toEmployer(EmployerDocument document);

    @Mapping(target = "location", source = "coordinates")
    EmployerDocument.Address toDocument(Address address);

    @Mapping(target = "coordinates", source = "location")
    Address toAddress(EmployerDocument.Address address);

    default String toText(OrganisationNumber number) {
        return number == null ? null : number.value();
    }

    default OrganisationNumber toOrganisationNumber(String text) {
        return Optional.ofNullable(text).map(OrganisationNumber::new).orElse(null);
    }
}
