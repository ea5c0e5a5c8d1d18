package se.tuna.placement.catalog.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which SSYK 2012 level-4 groups are related, from JobTech's substitutability between occupation names
 * (släktskap mellan yrkesbenämningar), aggregated to level 4.
 *
 * <p>JobTech links two occupation names with 75 % (high) or 25 % (low) substitutability. Two groups are
 * related with the strongest link between any of their names; a group is never related to itself.
 *
 * <p><b>Direction.</b> JobTech's field is called {@code substitutes}, but what the direction means
 * ("a person in A can do B's job" or the reverse) is not confirmed by any documentation we have read.
 * We therefore treat the relation as <em>symmetric</em>: each link is added in both directions, and
 * {@code strength(a, b) == strength(b, a)} always.
 *
 * <p>Immutable; load it once through {@link ReferenceData#loadFromClasspath()}.
 */
public final class RelatedOccupations {

    /** Strength of a high substitutability link (JobTech's 75 %). */
    public static final int HIGH = 75;

    /** Strength of a low substitutability link (JobTech's 25 %). */
    public static final int LOW = 25;

    private static final Comparator<RelatedOccupation> STRONGEST_FIRST =
            Comparator.comparingInt(RelatedOccupation::strength).reversed().thenComparing(RelatedOccupation::ssyk4);

    private final Map<String, Map<String, Integer>> strengthByPair;
    private final Map<String, List<RelatedOccupation>> relatedByGroup;

    private RelatedOccupations(Map<String, Map<String, Integer>> strengths) {
        Map<String, Map<String, Integer>> frozen = new HashMap<>();
        Map<String, List<RelatedOccupation>> related = new HashMap<>();
        strengths.forEach((group, others) -> {
            frozen.put(group, Map.copyOf(others));
            List<RelatedOccupation> list = new ArrayList<>();
            others.forEach((other, strength) -> list.add(new RelatedOccupation(other, strength)));
            list.sort(STRONGEST_FIRST);
            related.put(group, List.copyOf(list));
        });
        this.strengthByPair = Map.copyOf(frozen);
        this.relatedByGroup = Map.copyOf(related);
    }

    static RelatedOccupations load(OccupationClassification occupations) {
        List<Link> links = ReferenceCsv.read("jobtech_occupation_substitutability.csv", row -> new Link(
                ReferenceCsv.required(row, "occupation_name_id"),
                ReferenceCsv.required(row, "substitutes_occupation_name_id"),
                strength(ReferenceCsv.required(row, "substitutability_percentage"))));
        Map<String, Map<String, Integer>> strengths = new HashMap<>();
        for (Link link : links) {
            String from = groupOfName(occupations, link.fromNameId());
            String to = groupOfName(occupations, link.toNameId());
            if (!from.equals(to)) {
                strengths.computeIfAbsent(from, code -> new HashMap<>()).merge(to, link.strength(), Math::max);
                strengths.computeIfAbsent(to, code -> new HashMap<>()).merge(from, link.strength(), Math::max);
            }
        }
        return new RelatedOccupations(strengths);
    }

    private static String groupOfName(OccupationClassification occupations, String nameId) {
        return occupations.occupationName(nameId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown occupation name id " + nameId))
                .ssyk4();
    }

    private static int strength(String percentage) {
        int value = Integer.parseInt(percentage);
        if (value != HIGH && value != LOW) {
            throw new IllegalArgumentException("Expected " + HIGH + " or " + LOW + ", got " + value);
        }
        return value;
    }

    /**
     * The groups related to {@code ssyk4}, strongest first and then by code; empty for a code with no links
     * or an unknown code. Never contains {@code ssyk4} itself.
     */
    public List<RelatedOccupation> relatedTo(String ssyk4) {
        return ssyk4 == null ? List.of() : relatedByGroup.getOrDefault(ssyk4, List.of());
    }

    /**
     * The strength of the relation between two level-4 groups: {@link #HIGH}, {@link #LOW}, or 0 when
     * they are not related (including a group with itself). Symmetric.
     */
    public int strength(String ssyk4, String otherSsyk4) {
        if (ssyk4 == null || otherSsyk4 == null) {
            return 0;
        }
        return strengthByPair.getOrDefault(ssyk4, Map.of()).getOrDefault(otherSsyk4, 0);
    }

    private record Link(String fromNameId, String toNameId, int strength) {
    }
}
