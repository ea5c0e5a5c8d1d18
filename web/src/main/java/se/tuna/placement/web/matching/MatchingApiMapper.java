package se.tuna.placement.web.matching;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.matcher.explain.CriterionResult;
import se.tuna.placement.matcher.explain.Explanation;
import se.tuna.placement.matcher.plan.PlanProgress;
import se.tuna.placement.matcher.plan.PlanResult;
import se.tuna.placement.matcher.plan.PlannedAssignment;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.suggest.Suggestion;
import se.tuna.placement.matcher.suggest.Suggestions;
import se.tuna.placement.web.catalog.CatalogApiMapper;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotResponse;
import se.tuna.placement.web.catalog.ReferenceNames;
import se.tuna.placement.web.matching.MatchingPayloads.CriterionResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlanProgressResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlanResultResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlannedAssignmentResponse;
import se.tuna.placement.web.matching.MatchingPayloads.SuggestionResponse;
import se.tuna.placement.web.matching.MatchingPayloads.SuggestionsResponse;
import se.tuna.placement.web.matching.MatchingPayloads.WeightsResponse;

/** Maps suggestions, plans and weights to their API payloads. */
@Mapper(uses = {ReferenceNames.class, CatalogApiMapper.class})
public interface MatchingApiMapper {

    SuggestionsResponse toResponse(Suggestions suggestions, @Context Instant now);

    @Mapping(target = "slot", expression = "java(toSlot(suggestion.slot(), suggestion.employerName(), now))")
    SuggestionResponse toResponse(Suggestion suggestion, @Context Instant now);

    PlanProgressResponse toResponse(PlanProgress progress);

    PlanResultResponse toResponse(PlanResult result, @Context Instant now);

    @Mapping(target = "slot", expression = "java(assignment.slot() == null ? null : toSlot(assignment.slot(), assignment.employerName(), now))")
    PlannedAssignmentResponse toResponse(PlannedAssignment assignment, @Context Instant now);

    default List<CriterionResponse> toResponse(Explanation explanation) {
        return explanation == null ? List.of() : explanation.criteria().stream().map(this::toResponse).toList();
    }

    @Mapping(target = "status", expression = "java(result.status().name())")
    @Mapping(target = "statusLabel", expression = "java(result.status().label())")
    CriterionResponse toResponse(CriterionResult result);

    @Mapping(target = "employerName", source = "employerName")
    @Mapping(target = "occupationName", source = "slot.occupationCode", qualifiedByName = "occupationName")
    @Mapping(target = "freeSeats", expression = "java(slot.freeSeats(now))")
    @Mapping(target = "updatedAt", ignore = true)
    SlotResponse toSlot(TrainingSlot slot, String employerName, @Context Instant now);

    default WeightsResponse toResponse(PlacementWeights weights) {
        Map<String, String> byRule = new LinkedHashMap<>();
        weights.asMap().forEach((rule, weight) -> byRule.put(rule, weight.toString()));
        return new WeightsResponse(byRule, PlacementWeights.FIXED);
    }

    default String toText(HardMediumSoftScore score) {
        return score == null ? null : score.toString();
    }
}
