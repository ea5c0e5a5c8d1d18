package se.tuna.placement.web.report;

import java.util.List;

import org.springframework.stereotype.Component;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.reference.ReferenceData;

/** The sites a report counts, as people name them: "TUNA Strängnäs", "TUNA Eskilstuna och TUNA Strängnäs". */
@Component
class SiteNames {

    private final ReferenceData reference;

    SiteNames(ReferenceData reference) {
        this.reference = reference;
    }

    String of(List<String> sites) {
        List<String> names = sites.stream().map(id -> reference.sites().find(id).map(ProgrammeSite::name).orElse(id)).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }
}
