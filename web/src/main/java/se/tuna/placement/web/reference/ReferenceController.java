package se.tuna.placement.web.reference;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.web.shared.ApiController;

/** The closed vocabularies and reference data, with Swedish names, for forms and filters. */
@ApiController("/api/reference")
@Tag(name = "Reference data", description = "Vokabulär, verksamheter, orter och yrken")
class ReferenceController {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final int MOST_OCCUPATIONS = 20;

    private final ReferenceData reference;

    ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * A code with its Swedish name.
     *
     * @param code  the value to send to the API
     * @param label what to show
     */
    record Term(String code, String label) {
    }

    /**
     * The closed vocabularies.
     *
     * @param demands       work demands (krav)
     * @param support       support offered (stöd)
     * @param accessibility accessibility (tillgänglighet)
     * @param weekdays      weekdays
     */
    record Vocabularies(List<Term> demands, List<Term> support, List<Term> accessibility, List<Term> weekdays) {
    }

    /**
     * A programme site.
     *
     * @param id   its id
     * @param name its name
     */
    record Site(String id, String name) {
    }

    /**
     * A locality with its municipality and position.
     *
     * @param name         e.g. Torshälla
     * @param municipality e.g. Eskilstuna kommun
     * @param lat          latitude
     * @param lon          longitude
     */
    record LocalityTerm(String name, String municipality, double lat, double lon) {
    }

    @GetMapping("/vocabularies")
    @Operation(summary = "Work demands, support, accessibility and weekdays with Swedish names")
    Vocabularies vocabularies() {
        return new Vocabularies(
                Arrays.stream(WorkDemand.values()).map(d -> new Term(d.name(), d.label())).toList(),
                Arrays.stream(SupportOffered.values()).map(s -> new Term(s.name(), s.label())).toList(),
                Arrays.stream(Accessibility.values()).map(a -> new Term(a.name(), a.label())).toList(),
                Arrays.stream(DayOfWeek.values()).map(d -> new Term(d.name(), d.getDisplayName(TextStyle.FULL, SWEDISH))).toList());
    }

    @GetMapping("/sites")
    @Operation(summary = "The programme's sites (verksamheter)")
    List<Site> sites() {
        return reference.sites().all().stream().map(site -> new Site(site.id(), site.name())).toList();
    }

    @GetMapping("/localities")
    @Operation(summary = "Localities (orter) with their positions")
    List<LocalityTerm> localities() {
        return reference.localities().all().stream()
                .map(l -> new LocalityTerm(l.name(), l.municipalityName(), l.latitude(), l.longitude())).toList();
    }

    @GetMapping("/occupations")
    @Operation(summary = "SSYK 2012 occupations (four digits) whose code, name or job titles match the query, at most 20",
            description = "A job title match (yrkesbenämning, e.g. 'diskare') shows as 'Diskare – <occupation group>'.")
    List<Term> occupations(@RequestParam(defaultValue = "") String q) {
        String query = q.strip().toLowerCase(SWEDISH);
        var occupations = reference.occupations();
        Map<String, Term> found = new LinkedHashMap<>();
        occupations.occupationCodes().stream()
                .map(code -> new Term(code, occupations.name(code).orElse(code)))
                .filter(term -> query.isEmpty() || term.code().startsWith(query)
                        || term.label().toLowerCase(SWEDISH).contains(query))
                .forEach(term -> found.putIfAbsent(term.code(), term));
        if (!query.isEmpty()) {
            occupations.occupationNames().stream()
                    .filter(name -> name.name().toLowerCase(SWEDISH).contains(query))
                    .forEach(name -> found.putIfAbsent(name.ssyk4(), new Term(name.ssyk4(),
                            name.name() + " – " + occupations.name(name.ssyk4()).orElse(name.ssyk4()))));
        }
        return found.values().stream().limit(MOST_OCCUPATIONS).toList();
    }

    @GetMapping("/industries")
    @Operation(summary = "SNI 2007 industries (five digits) whose code or name matches the query, at most 20")
    List<Term> industries(@RequestParam(defaultValue = "") String q) {
        String query = q.strip().toLowerCase(SWEDISH).replace(".", "");
        var industries = reference.industries();
        return industries.codes(5).stream()
                .map(code -> new Term(code, industries.name(code).orElse(code)))
                .filter(term -> query.isEmpty() || term.code().startsWith(query)
                        || term.label().toLowerCase(SWEDISH).contains(query))
                .limit(MOST_OCCUPATIONS)
                .toList();
    }
}
