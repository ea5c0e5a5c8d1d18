package se.tuna.placement.catalog.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Swedish occupational classification SSYK 2012 (Standard för svensk yrkesklassificering) with
 * JobTech's occupation names (yrkesbenämningar) under each level-4 group (yrkesgrupp).
 *
 * <p>Codes are strings with their leading zeros ({@code "0110"}, {@code "5321"}). Level 4 has four
 * digits, level 3 three, and so on.
 *
 * <p><b>Which level-4 codes are valid.</b> SCB's 429 level-4 codes, plus the 25 manager groups ending in 0
 * ({@code "1210"}, {@code "1220"}, …) that Arbetsförmedlingen's JobTech taxonomy uses in job ads instead
 * of SCB's split into "nivå 1" and "nivå 2" ({@code "1211"}, {@code "1212"}). Both forms are accepted so
 * that every JobTech occupation name belongs to a valid group. JobTech has no groups for four SCB codes
 * (4430, 5322, 5324, 7619); those have no occupation names.
 *
 * <p>Immutable; load it once through {@link ReferenceData#loadFromClasspath()}.
 */
public final class OccupationClassification {

    private final Map<String, String> nameByCode;
    private final Map<String, String> parentByCode;
    private final Set<String> level4Codes;
    private final List<String> sortedLevel4Codes;
    private final Map<String, String> definitionByGroup;
    private final List<OccupationName> occupationNames;
    private final Map<String, OccupationName> occupationNameById;
    private final Map<String, List<OccupationName>> occupationNamesByGroup;
    private final List<OccupationName> withoutEducationalRequirement;

    private OccupationClassification(
            List<ScbRow> scbRows, List<JobTechGroup> jobTechGroups, List<OccupationName> occupationNames) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        Set<String> level4 = new TreeSet<>();
        for (ScbRow row : scbRows) {
            names.put(row.code(), row.name());
            if (row.parentCode() != null) {
                parents.put(row.code(), row.parentCode());
            }
            if (row.level() == 4) {
                level4.add(row.code());
            }
        }
        Map<String, String> definitions = new HashMap<>();
        for (JobTechGroup group : jobTechGroups) {
            if (level4.add(group.code())) {
                // A JobTech-only manager group such as 1210: its level-3 parent is its first three digits.
                String parent = group.code().substring(0, 3);
                if (!names.containsKey(parent)) {
                    throw new IllegalStateException(
                            "JobTech group " + group.code() + " has no SSYK level-3 parent " + parent);
                }
                names.put(group.code(), group.label());
                parents.put(group.code(), parent);
            }
            if (group.definition() != null) {
                definitions.put(group.code(), group.definition());
            }
        }
        Map<String, OccupationName> byId = new HashMap<>();
        Map<String, List<OccupationName>> byGroup = new LinkedHashMap<>();
        List<OccupationName> easy = new ArrayList<>();
        for (OccupationName name : occupationNames) {
            if (!level4.contains(name.ssyk4())) {
                throw new IllegalStateException(
                        "Occupation name " + name.id() + " has unknown SSYK code " + name.ssyk4());
            }
            byId.put(name.id(), name);
            byGroup.computeIfAbsent(name.ssyk4(), code -> new ArrayList<>()).add(name);
            if (name.noEducationalRequirement()) {
                easy.add(name);
            }
        }
        Map<String, List<OccupationName>> frozenByGroup = new HashMap<>();
        byGroup.forEach((code, list) -> frozenByGroup.put(code, List.copyOf(list)));

        this.nameByCode = Map.copyOf(names);
        this.parentByCode = Map.copyOf(parents);
        this.level4Codes = Set.copyOf(level4);
        this.sortedLevel4Codes = List.copyOf(level4);
        this.definitionByGroup = Map.copyOf(definitions);
        this.occupationNames = List.copyOf(occupationNames);
        this.occupationNameById = Map.copyOf(byId);
        this.occupationNamesByGroup = Map.copyOf(frozenByGroup);
        this.withoutEducationalRequirement = List.copyOf(easy);
    }

    static OccupationClassification load() {
        List<ScbRow> scb = ReferenceCsv.read("ssyk2012.csv", row -> new ScbRow(
                Integer.parseInt(ReferenceCsv.required(row, "level")),
                ReferenceCsv.required(row, "code"),
                ReferenceCsv.optional(row, "parent_code"),
                ReferenceCsv.required(row, "name_sv")));
        List<JobTechGroup> groups = ReferenceCsv.read("jobtech_ssyk4_groups.csv", row -> new JobTechGroup(
                ReferenceCsv.required(row, "ssyk_code_2012"),
                ReferenceCsv.required(row, "preferred_label"),
                ReferenceCsv.optional(row, "definition")));
        List<OccupationName> names = ReferenceCsv.read("jobtech_occupation_names.csv", row -> new OccupationName(
                ReferenceCsv.required(row, "occupation_name_id"),
                ReferenceCsv.required(row, "occupation_name"),
                ReferenceCsv.required(row, "ssyk_code_2012"),
                flag(ReferenceCsv.required(row, "no_educational_requirement"))));
        return new OccupationClassification(scb, groups, names);
    }

    private static boolean flag(String value) {
        return switch (value) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("Expected 0 or 1, got " + value);
        };
    }

    /**
     * Whether {@code ssyk4} is a level-4 code (yrkesgrupp), written as four digits: {@code "9621"} is valid,
     * {@code "962"} (level 3), {@code "9999"} and {@code " 9621"} are not.
     */
    public boolean isValidOccupationCode(String ssyk4) {
        return ssyk4 != null && level4Codes.contains(ssyk4);
    }

    /**
     * The Swedish name of an SSYK code of any level, e.g. {@code "9621"} → "Reklamutdelare och
     * tidningsdistributörer".
     */
    public Optional<String> name(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(nameByCode.get(code));
    }

    /** The level-3 code (yrkesgrupp på 3-siffernivå) a level-4 code belongs to: {@code "9621"} → {@code "962"}. */
    public Optional<String> groupOf(String ssyk4) {
        return isValidOccupationCode(ssyk4) ? Optional.of(parentByCode.get(ssyk4)) : Optional.empty();
    }

    /** All valid level-4 codes, in ascending order. */
    public List<String> occupationCodes() {
        return sortedLevel4Codes;
    }

    /** JobTech's definition of a level-4 group: what people in it do. */
    public Optional<String> definition(String ssyk4) {
        return ssyk4 == null ? Optional.empty() : Optional.ofNullable(definitionByGroup.get(ssyk4));
    }

    /** All occupation names (yrkesbenämningar), in the source's order. */
    public List<OccupationName> occupationNames() {
        return occupationNames;
    }

    /** The occupation names under a level-4 group; empty for an unknown code or a group without names. */
    public List<OccupationName> occupationNames(String ssyk4) {
        return ssyk4 == null ? List.of() : occupationNamesByGroup.getOrDefault(ssyk4, List.of());
    }

    /** An occupation name by its JobTech concept id. */
    public Optional<OccupationName> occupationName(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(occupationNameById.get(id));
    }

    /**
     * The occupation names JobTech lists as having no educational requirement (yrken utan krav på
     * utbildning), the ones a generator or a coordinator should favour for work training.
     */
    public List<OccupationName> occupationNamesWithoutEducationalRequirement() {
        return withoutEducationalRequirement;
    }

    /** The Swedish names of every code, every occupation name and every group definition: lexicon input. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(nameByCode.values());
        occupationNames.forEach(name -> texts.add(name.name()));
        texts.addAll(definitionByGroup.values());
        return Collections.unmodifiableList(texts);
    }

    private record ScbRow(int level, String code, String parentCode, String name) {
    }

    private record JobTechGroup(String code, String label, String definition) {
    }
}
