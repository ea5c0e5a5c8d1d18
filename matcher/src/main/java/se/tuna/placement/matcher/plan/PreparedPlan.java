package se.tuna.placement.matcher.plan;

import java.util.Map;

import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.matcher.planning.PlacementPlan;

/**
 * A planning problem with what explanations need beside it.
 *
 * @param plan         the problem
 * @param participants the participants by id
 * @param slots        the candidate slots by id, with their employers' names
 */
record PreparedPlan(PlacementPlan plan, Map<String, Participant> participants, Map<String, SlotHit> slots) {
}
