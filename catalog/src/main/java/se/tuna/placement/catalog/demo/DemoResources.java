package se.tuna.placement.catalog.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.reference.ReferenceData;

/**
 * The curated data the demo bank is made from, read from {@code demo/} on the classpath and checked against the
 * reference data: every occupation is an SSYK code, every industry an SNI code, every locality a real one served by
 * a programme site, and every employer kind's industry fits the slots it offers. Immutable.
 */
final class DemoResources {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    static final List<String> PLACEHOLDERS =
            List.of("plats", "platsens", "ort", "ortens", "kommun", "efternamns", "fornamns", "skola");

    private final List<SlotTemplate> templates;
    private final List<EmployerKind> kinds;
    private final List<DemoLocality> localities;
    private final Words words;

    /** Fictitious names and words. */
    record Words(List<String> firstNames, List<String> lastNames, List<String> places, List<String> schools,
            List<String> streets) {
    }

    private DemoResources(List<SlotTemplate> templates, List<EmployerKind> kinds, List<DemoLocality> localities,
            Words words) {
        this.templates = List.copyOf(templates);
        this.kinds = List.copyOf(kinds);
        this.localities = List.copyOf(localities);
        this.words = words;
    }

    static DemoResources load(ReferenceData reference) {
        List<SlotTemplate> templates = DemoCsv.read("slot-templates.csv", SlotTemplate::from);
        Map<String, SlotTemplate> templateByKey = new LinkedHashMap<>();
        for (SlotTemplate template : templates) {
            checkTemplate(template, reference);
            if (templateByKey.put(template.key(), template) != null) {
                throw new IllegalStateException("Slot template " + template.key() + " appears twice");
            }
        }
        List<EmployerKind> kinds = DemoCsv.read("employer-kinds.csv", row -> new EmployerKind(
                DemoCsv.required(row, "key"),
                Sector.valueOf(DemoCsv.required(row, "sector")),
                DemoCsv.required(row, "sni"),
                Double.parseDouble(DemoCsv.required(row, "weight")),
                Double.parseDouble(DemoCsv.required(row, "size")),
                EmployerKind.Where.valueOf(DemoCsv.required(row, "where").toUpperCase(Locale.ROOT)),
                DemoCsv.yes(row, "spread"),
                DemoCsv.list(row, "templates").stream().map(key -> {
                    SlotTemplate template = templateByKey.get(key);
                    if (template == null) {
                        throw new IllegalArgumentException("unknown slot template " + key);
                    }
                    return template;
                }).toList(),
                DemoCsv.list(row, "names")));
        kinds.forEach(kind -> checkKind(kind, reference));
        for (Sector sector : Sector.values()) {
            if (kinds.stream().noneMatch(kind -> kind.sector() == sector)) {
                throw new IllegalStateException("No employer kind of sector " + sector);
            }
        }
        List<DemoLocality> localities = DemoCsv.read("localities.csv", row -> new DemoLocality(
                reference.localities().find(DemoCsv.required(row, "locality")).orElseThrow(
                        () -> new IllegalArgumentException("unknown locality " + row.get("locality"))),
                Double.parseDouble(DemoCsv.required(row, "weight")),
                Integer.parseInt(DemoCsv.required(row, "spread_m")),
                DemoCsv.yes(row, "town"),
                Integer.parseInt(DemoCsv.required(row, "postal_from")),
                Integer.parseInt(DemoCsv.required(row, "postal_to"))));
        for (DemoLocality locality : localities) {
            if (reference.sites().serving(locality.municipalityCode()).isEmpty()) {
                throw new IllegalStateException("No programme site serves " + locality.name());
            }
            if (locality.postalFrom() < 10000 || locality.postalTo() < locality.postalFrom() || locality.postalTo() > 99999) {
                throw new IllegalStateException("Bad postal code range for " + locality.name());
            }
        }
        return new DemoResources(templates, kinds, localities, readWords());
    }

    private static void checkTemplate(SlotTemplate template, ReferenceData reference) {
        String where = "Slot template " + template.key();
        if (!reference.occupations().isValidOccupationCode(template.occupationCode())) {
            throw new IllegalStateException(where + ": " + template.occupationCode() + " is not an SSYK 2012 code");
        }
        template.industryCodes().stream().filter(code -> !reference.industries().isValidIndustryCode(code)).findFirst()
                .ifPresent(code -> {
                    throw new IllegalStateException(where + ": " + code + " is not an SNI 2007 code");
                });
        if (template.schedules().isEmpty() || template.support().isEmpty() || template.industryCodes().isEmpty()) {
            throw new IllegalStateException(where + " needs schedules, support and industries");
        }
        if (template.heaviestLiftKg() < 0 || template.heaviestLiftKg() > 25) {
            throw new IllegalStateException(where + ": a typical lift is 0–25 kg");
        }
    }

    private static void checkKind(EmployerKind kind, ReferenceData reference) {
        String where = "Employer kind " + kind.key();
        if (!reference.industries().isValidIndustryCode(kind.industryCode())) {
            throw new IllegalStateException(where + ": " + kind.industryCode() + " is not an SNI 2007 code");
        }
        if (kind.templates().isEmpty() || kind.namePatterns().isEmpty()) {
            throw new IllegalStateException(where + " needs slot templates and names");
        }
        for (SlotTemplate template : kind.templates()) {
            if (!template.industryCodes().contains(kind.industryCode())) {
                throw new IllegalStateException(where + ": its industry " + kind.industryCode()
                        + " is not among those of slot template " + template.key());
            }
        }
        for (String pattern : kind.namePatterns()) {
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            while (matcher.find()) {
                if (!PLACEHOLDERS.contains(matcher.group(1))) {
                    throw new IllegalStateException(where + ": unknown placeholder " + matcher.group());
                }
            }
        }
        if (!(kind.weight() > 0) || !(kind.size() > 0)) {
            throw new IllegalStateException(where + ": weight and size must be positive");
        }
    }

    private static Words readWords() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        DemoCsv.read("words.csv", row -> lists.computeIfAbsent(DemoCsv.required(row, "list"), list -> new ArrayList<>())
                .add(DemoCsv.required(row, "value")));
        return new Words(listOf(lists, "first"), listOf(lists, "last"), listOf(lists, "place"),
                listOf(lists, "school"), listOf(lists, "street"));
    }

    private static List<String> listOf(Map<String, List<String>> lists, String name) {
        List<String> list = lists.get(name);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("demo/words.csv has no words of list " + name);
        }
        return List.copyOf(list);
    }

    List<SlotTemplate> templates() {
        return templates;
    }

    List<EmployerKind> kinds() {
        return kinds;
    }

    List<DemoLocality> localities() {
        return localities;
    }

    Words words() {
        return words;
    }
}
