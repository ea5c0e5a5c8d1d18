package se.tuna.placement.web.catalog;

import org.mapstruct.Named;
import org.springframework.stereotype.Component;
import se.tuna.placement.catalog.reference.ReferenceData;

/** Names of reference codes for API responses, so clients need not look them up. */
@Component
public class ReferenceNames {

    private final ReferenceData reference;

    public ReferenceNames(ReferenceData reference) {
        this.reference = reference;
    }

    @Named("industryName")
    public String industryName(String sniCode) {
        return sniCode == null ? null : reference.industries().name(sniCode).orElse(null);
    }

    @Named("occupationName")
    public String occupationName(String ssykCode) {
        return ssykCode == null ? null : reference.occupations().name(ssykCode).orElse(null);
    }
}
