package se.tuna.placement.catalog.employer;

import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.ContactPerson;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.reference.IndustryClassification;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.shared.CommonRules;

/** The rules an employer must meet before it is stored. Field names are those of the API. */
public class EmployerRules {

    /** The longest name, and so the longest search for one. */
    public static final int LONGEST_NAME = 200;
    private static final int LONGEST_PERSON_NAME = 100;
    private static final int LONGEST_PHONE = 40;
    private static final int LONGEST_EMAIL = 254;
    private static final int LONGEST_POSTAL_CODE = 10;

    private final IndustryClassification industries;
    private final ProgrammeSites sites;

    public EmployerRules(IndustryClassification industries, ProgrammeSites sites) {
        this.industries = industries;
        this.sites = sites;
    }

    public List<FieldViolation> check(Employer employer) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.requireText(violations, "name", employer.name(), LONGEST_NAME);
        if (employer.organisationNumber() == null || OrganisationNumber.parse(employer.organisationNumber().value()).isEmpty()) {
            violations.add(new FieldViolation("organisationNumber",
                    "is not a valid Swedish organisation number: ten digits, NNNNNN-NNNN, with a correct check digit"));
        }
        if (employer.sector() == null) {
            violations.add(new FieldViolation("sector", "is required: PUBLIC, PRIVATE or NON_PROFIT"));
        }
        if (employer.industryCode() == null || !industries.isValidIndustryCode(employer.industryCode())) {
            violations.add(new FieldViolation("industryCode", "is not an SNI 2007 industry code (e.g. 47111 or 47.111)"));
        }
        checkAddress(violations, employer.address());
        CommonRules.checkSites(violations, "sites", employer.sites(), sites);
        checkContact(violations, employer.contact());
        return violations;
    }

    private static void checkContact(List<FieldViolation> violations, ContactPerson contact) {
        if (contact == null) {
            return;
        }
        CommonRules.checkOptionalText(violations, "contact.name", contact.name(), LONGEST_PERSON_NAME);
        CommonRules.checkOptionalText(violations, "contact.phone", contact.phone(), LONGEST_PHONE);
        CommonRules.checkOptionalText(violations, "contact.email", contact.email(), LONGEST_EMAIL);
        CommonRules.checkEmail(violations, "contact.email", contact.email());
    }

    private static void checkAddress(List<FieldViolation> violations, Address address) {
        if (address == null) {
            violations.add(new FieldViolation("address", "is required"));
            return;
        }
        CommonRules.checkOptionalText(violations, "address.street", address.street(), LONGEST_NAME);
        CommonRules.checkOptionalText(violations, "address.postalCode", address.postalCode(), LONGEST_POSTAL_CODE);
        CommonRules.requireText(violations, "address.locality", address.locality(), 100);
        CommonRules.checkCoordinates(violations, "address.coordinates", address.coordinates());
    }
}
