package se.tuna.placement.catalog.employer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.reference.IndustryClassification;
import se.tuna.placement.catalog.reference.Localities;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.StoredEmployer;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Registers and updates employers. An organisation number is registered once: the employer's id
 * is derived from it, so two registrations of the same organisation, even at the same moment,
 * cannot both succeed, and an import that meets it again updates instead of duplicating.
 */
public class EmployerService {

    private static final int MAX_ATTEMPTS = 20;

    private final EmployerRepository employers;
    private final EmployerRules rules;
    private final IndustryClassification industries;
    private final Localities localities;
    private final EmployerRenames renames;

    public EmployerService(EmployerRepository employers, EmployerRules rules, IndustryClassification industries,
            Localities localities, EmployerRenames renames) {
        this.employers = employers;
        this.rules = rules;
        this.industries = industries;
        this.localities = localities;
        this.renames = renames;
    }

    /** The id an employer with this organisation number has, registered or not. */
    public static String idFor(OrganisationNumber number) {
        return UUID.nameUUIDFromBytes(("employer:" + number.value()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Checks and normalises an employer, giving it the id of its organisation number. */
    public Employer validated(Employer draft) {
        Employer candidate = withLocalityPosition(draft);
        List<FieldViolation> violations = rules.check(candidate);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        OrganisationNumber number = OrganisationNumber.parse(candidate.organisationNumber().value()).orElseThrow();
        String industry = industries.canonicalCode(candidate.industryCode()).orElseThrow();
        return new Employer(idFor(number), candidate.name().strip(), number, candidate.sector(), industry,
                candidate.contact(), candidate.address(), candidate.sites());
    }

    /** An address without coordinates gets its locality's position, when the locality is known. */
    private Employer withLocalityPosition(Employer draft) {
        Address address = draft.address();
        if (address == null || address.coordinates() != null || address.locality() == null) {
            return draft;
        }
        return localities.find(address.locality())
                .map(l -> new Employer(draft.id(), draft.name(), draft.organisationNumber(), draft.sector(), draft.industryCode(),
                        draft.contact(), new Address(address.street(), address.postalCode(), address.locality(),
                                new Coordinates(l.latitude(), l.longitude())), draft.sites()))
                .orElse(draft);
    }

    public Employer register(Employer candidate) {
        Employer employer = validated(candidate);
        try {
            employers.create(employer);
        } catch (VersionConflictException alreadyThere) {
            throw new ConflictException("organisationNumber", "An employer with organisation number "
                    + employer.organisationNumber() + " is already registered (id " + employer.id() + ")");
        }
        return employer;
    }

    /** Replaces an employer's details; the organisation number, and so the id, cannot change. */
    public Employer update(String id, Employer candidate) {
        Employer employer = validated(candidate);
        if (!employer.id().equals(id)) {
            throw InvalidInputException.of("organisationNumber", "cannot be changed; register the new organisation instead");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<StoredEmployer> read = find(id);
            try {
                employers.replace(employer, read);
                if (!read.value().employer().name().equals(employer.name())) {
                    renames.renamed(employer);
                }
                return employer;
            } catch (VersionConflictException someoneElseWroteFirst) {
                // Read again; the new details replace whatever the other writer stored.
            }
        }
        throw new ConflictException("The employer " + id + " is being changed by others; try again");
    }

    public Employer get(String id) {
        return find(id).value().employer();
    }

    /** Employers by name; of one site and matching a name query when those are given. */
    public Page<Employer> list(String site, String nameQuery, int page, int size) {
        // No name is longer, and Elasticsearch refuses a prefix this long rather than finding nothing.
        if (nameQuery != null && nameQuery.length() > EmployerRules.LONGEST_NAME) {
            throw InvalidInputException.of("q", "must be at most " + EmployerRules.LONGEST_NAME + " characters, as a name is");
        }
        return employers.list(site, nameQuery, page, size);
    }

    private Versioned<StoredEmployer> find(String id) {
        return employers.find(id).orElseThrow(() -> new NotFoundException("employer", id));
    }
}
