package se.tuna.placement.catalog.reference;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.ProgrammeSite;

/** The programme's sites (verksamheter), from {@code reference/sites.csv}. */
public final class ProgrammeSites {

    private final Map<String, ProgrammeSite> byId = new LinkedHashMap<>();

    ProgrammeSites(List<ProgrammeSite> sites) {
        sites.forEach(site -> byId.put(site.id(), site));
    }

    static ProgrammeSites load() {
        return new ProgrammeSites(ReferenceCsv.read("sites.csv", ProgrammeSites::toSite));
    }

    private static ProgrammeSite toSite(CSVRecord row) {
        Set<String> municipalities = Arrays.stream(ReferenceCsv.required(row, "municipality_codes").split(";"))
                .map(String::strip).collect(Collectors.toSet());
        Coordinates office = new Coordinates(Double.parseDouble(ReferenceCsv.required(row, "office_lat")),
                Double.parseDouble(ReferenceCsv.required(row, "office_lon")));
        return new ProgrammeSite(ReferenceCsv.required(row, "id"), ReferenceCsv.required(row, "name"), municipalities,
                new Address(null, null, ReferenceCsv.required(row, "office_locality"), office));
    }

    public boolean exists(String id) {
        return byId.containsKey(id);
    }

    public Optional<ProgrammeSite> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ProgrammeSite> all() {
        return List.copyOf(byId.values());
    }

    /** The site serving a municipality, if any. */
    public Optional<ProgrammeSite> serving(String municipalityCode) {
        return byId.values().stream().filter(site -> site.municipalityCodes().contains(municipalityCode)).findFirst();
    }
}
