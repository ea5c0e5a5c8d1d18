package se.tuna.placement.catalog.reference;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Localities (orter) of Eskilstuna and Strängnäs municipalities with WGS84 points, and the municipalities
 * (kommuner) of Södermanlands län.
 *
 * <p>The source has up to two rows per locality (dr5hn/GeoNames and sphrak/svenska-stader); the dr5hn row
 * is preferred where both exist, as the data's SOURCES.md advises (sphrak's Strängnäs point is about 4 km
 * off). Two caveats from the data: Läggesta's municipality (0486) is unverified, and Kvicksund straddles
 * Eskilstuna (0484) and Västerås (1980). The list is not SCB's complete tätort list.
 *
 * <p>Lookup ignores case, surrounding and repeated white space, and Swedish diacritics: "strängnäs",
 * "STRÄNGNÄS" and "Strangnas" all find Strängnäs. An exact (case-insensitive) match wins over a match
 * without diacritics.
 *
 * <p>Immutable; load it once through {@link ReferenceData#loadFromClasspath()}.
 */
public final class Localities {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final String PREFERRED_SOURCE_PREFIX = "dr5hn";

    private final List<Locality> localities;
    private final Map<String, Locality> byLowerCaseName;
    private final Map<String, Locality> byFoldedName;
    private final List<Municipality> municipalities;
    private final Map<String, Municipality> municipalityByCode;

    private Localities(List<SourceRow> rows, List<Municipality> municipalities) {
        Map<String, SourceRow> chosen = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            chosen.merge(lowerCase(row.locality().name()), row, Localities::mergeRows);
        }
        Collator collator = Collator.getInstance(SWEDISH);
        List<Locality> sorted = new ArrayList<>(chosen.values().stream().map(SourceRow::locality).toList());
        sorted.sort((a, b) -> collator.compare(a.name(), b.name()));

        Map<String, Locality> lower = new HashMap<>();
        Map<String, Locality> folded = new HashMap<>();
        for (Locality locality : sorted) {
            lower.put(lowerCase(locality.name()), locality);
            Locality clash = folded.put(fold(locality.name()), locality);
            if (clash != null) {
                throw new IllegalStateException(
                        "Localities " + clash.name() + " and " + locality.name() + " differ only by diacritics");
            }
        }
        Map<String, Municipality> byCode = new HashMap<>();
        municipalities.forEach(municipality -> byCode.put(municipality.code(), municipality));

        this.localities = List.copyOf(sorted);
        this.byLowerCaseName = Map.copyOf(lower);
        this.byFoldedName = Map.copyOf(folded);
        this.municipalities = municipalities.stream().sorted(Comparator.comparing(Municipality::code)).toList();
        this.municipalityByCode = Map.copyOf(byCode);
    }

    static Localities load() {
        List<SourceRow> rows = ReferenceCsv.read("localities_eskilstuna_strangnas.csv", row -> new SourceRow(
                new Locality(
                        ReferenceCsv.required(row, "locality"),
                        ReferenceCsv.required(row, "municipality_code"),
                        ReferenceCsv.required(row, "municipality_name"),
                        Double.parseDouble(ReferenceCsv.required(row, "lat")),
                        Double.parseDouble(ReferenceCsv.required(row, "lon"))),
                ReferenceCsv.required(row, "coord_source").startsWith(PREFERRED_SOURCE_PREFIX)));
        List<Municipality> municipalities = ReferenceCsv.read("municipalities_sodermanland.csv",
                row -> new Municipality(
                        ReferenceCsv.required(row, "municipality_code"),
                        ReferenceCsv.required(row, "municipality_name"),
                        ReferenceCsv.required(row, "municipality_name_short"),
                        ReferenceCsv.required(row, "county_code"),
                        ReferenceCsv.required(row, "county_name"),
                        ReferenceCsv.optional(row, "jobtech_concept_id")));
        return new Localities(rows, municipalities);
    }

    /** The locality of that name, ignoring case, extra white space and diacritics ("Akers styckebruk"). */
    public Optional<Locality> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Locality exact = byLowerCaseName.get(lowerCase(name));
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byFoldedName.get(fold(name)));
    }

    /** All localities, one per place, in Swedish alphabetical order (Å, Ä, Ö last). */
    public List<Locality> all() {
        return localities;
    }

    /** The municipalities of Södermanlands län, in code order. */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /** A municipality by its SCB code with the leading zero, e.g. {@code "0486"}. */
    public Optional<Municipality> municipality(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(municipalityByCode.get(code));
    }

    private static String lowerCase(String name) {
        return WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(SWEDISH);
    }

    /** Lower case without diacritics: "Åkers Styckebruk" → "akers styckebruk". */
    private static String fold(String name) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(lowerCase(name), Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The preferred source's position, with the name as Swedish writes it: where the sources
     * spell it differently only in case ("Åkers Styckebruk"), the one with fewer capitals
     * ("Åkers styckebruk").
     */
    private static SourceRow mergeRows(SourceRow kept, SourceRow candidate) {
        SourceRow position = !kept.preferred() && candidate.preferred() ? candidate : kept;
        String name = capitals(kept.locality().name()) <= capitals(candidate.locality().name())
                ? kept.locality().name() : candidate.locality().name();
        Locality l = position.locality();
        return new SourceRow(new Locality(name, l.municipalityCode(), l.municipalityName(), l.latitude(), l.longitude()),
                position.preferred());
    }

    private static long capitals(String name) {
        return name.chars().filter(Character::isUpperCase).count();
    }

    private record SourceRow(Locality locality, boolean preferred) {
    }
}
