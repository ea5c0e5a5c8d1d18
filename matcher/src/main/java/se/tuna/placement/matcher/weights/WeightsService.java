package se.tuna.placement.matcher.weights;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.matcher.planning.PlacementWeights;

/**
 * The rules' weights in force: the defaults, with whatever an admin changed, kept in
 * Elasticsearch so a restart loses nothing. Read for every suggestion and plan.
 */
public class WeightsService {

    public static final IndexDefinition SETTINGS = new IndexDefinition("matcher-settings", 1, "elasticsearch/settings-v1.json");
    private static final String DOCUMENT = "constraint-weights";

    private final ElasticsearchClient client;
    private final String index;
    private final Clock clock;

    public WeightsService(ElasticsearchClient client, IndexNames names, Clock clock) {
        this.client = client;
        this.index = names.alias(SETTINGS);
        this.clock = clock;
    }

    /**
     * What is stored.
     *
     * @param weights   changed weights by rule name, as "0hard/0medium/30soft"
     * @param changedBy who changed them last
     * @param changedAt when
     */
    public record StoredWeights(Map<String, String> weights, String changedBy, Instant changedAt) {
    }

    public PlacementWeights current() {
        var response = call(() -> client.get(g -> g.index(index).id(DOCUMENT), StoredWeights.class));
        if (!response.found() || response.source() == null) {
            return new PlacementWeights();
        }
        Map<String, HardMediumSoftScore> changed = new LinkedHashMap<>();
        // Only the soft rules' weights are taken from the store: a fixed rule stored by an earlier version (when
        // hard weights could be changed) has its default.
        response.source().weights().forEach((rule, weight) -> {
            if (PlacementWeights.adjustable(rule)) {
                changed.put(rule, HardMediumSoftScore.parseScore(weight));
            }
        });
        return new PlacementWeights(changed);
    }

    /**
     * Sets the given weights (others keep theirs). Only a soft rule's weight may change, on the soft level only, to
     * zero or more; a hard or the medium rule ({@link PlacementWeights#FIXED}) may be named only with its fixed weight.
     */
    public PlacementWeights change(Map<String, String> weights, String changedBy) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, HardMediumSoftScore> parsed = new LinkedHashMap<>();
        weights.forEach((rule, text) -> {
            if (!PlacementWeights.NAMES.contains(rule)) {
                violations.add(new FieldViolation("weights." + rule, "is not a rule; the rules are " + PlacementWeights.NAMES));
                return;
            }
            try {
                HardMediumSoftScore weight = HardMediumSoftScore.parseScore(text);
                if (!PlacementWeights.adjustable(rule)) {
                    if (!weight.equals(PlacementWeights.defaultOf(rule))) {
                        violations.add(new FieldViolation("weights." + rule, "is a fixed rule and cannot be changed: "
                                + "its weight is " + PlacementWeights.defaultOf(rule) + "; only the soft rules' weights can"));
                    }
                    return;
                }
                if (weight.hardScore() != 0 || weight.mediumScore() != 0) {
                    violations.add(new FieldViolation("weights." + rule, "is a soft rule: its weight must be 0 on the hard "
                            + "and medium levels, like 0hard/0medium/30soft"));
                } else if (weight.softScore() < 0) {
                    violations.add(new FieldViolation("weights." + rule, "must not be negative on any level"));
                }
                parsed.put(rule, weight);
            } catch (RuntimeException e) {
                violations.add(new FieldViolation("weights." + rule, "must look like 0hard/0medium/30soft"));
            }
        });
        if (changedBy == null || changedBy.isBlank()) {
            violations.add(new FieldViolation("changedBy", "must name who changes the weights"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PlacementWeights merged = new PlacementWeights(merge(current().asMap(), parsed));
        store(merged.asMap(), changedBy);
        return merged;
    }

    /**
     * Back to the documented defaults, recording who chose them as any change is recorded. No
     * weight is stored, so the defaults of a later release apply.
     */
    public PlacementWeights reset(String changedBy) {
        if (changedBy == null || changedBy.isBlank()) {
            throw new InvalidInputException(List.of(new FieldViolation("changedBy", "must name who changes the weights")));
        }
        store(Map.of(), changedBy);
        return new PlacementWeights();
    }

    private void store(Map<String, HardMediumSoftScore> weights, String changedBy) {
        Map<String, String> stored = new LinkedHashMap<>();
        weights.forEach((rule, weight) -> stored.put(rule, weight.toString()));
        StoredWeights document = new StoredWeights(stored, changedBy.strip(), clock.instant());
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(DOCUMENT).document(document).refresh(Refresh.WaitFor)));
    }

    private static Map<String, HardMediumSoftScore> merge(Map<String, HardMediumSoftScore> base,
            Map<String, HardMediumSoftScore> changes) {
        Map<String, HardMediumSoftScore> merged = new LinkedHashMap<>(base);
        merged.putAll(changes);
        return merged;
    }
}
