package se.tuna.placement.participants.stint;

import java.util.Optional;

import se.tuna.placement.participants.participant.Phase;

/**
 * The phase a participant's placement under way gives them ({@code STUDY_VISIT} or {@code PLACED}),
 * if they have one: a profile registered after the placement (a caseload imported when a site
 * went live) takes its phase from it rather than from the stint alone. The placements live beside
 * the stints, which do not depend on them; the application supplies the answer.
 */
@FunctionalInterface
public interface PlacementPhases {

    /** Nobody has a placement: for a service with no placements (a test of the stint alone). */
    PlacementPhases NONE = participantId -> Optional.empty();

    Optional<Phase> underWay(String participantId);
}
