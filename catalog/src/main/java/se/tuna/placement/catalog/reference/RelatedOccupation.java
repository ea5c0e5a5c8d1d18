package se.tuna.placement.catalog.reference;

import java.util.Objects;

/**
 * An SSYK 2012 level-4 group related to another through JobTech's substitutability between
 * occupation names (släktskap mellan yrkesbenämningar).
 *
 * @param ssyk4    the related level-4 code
 * @param strength {@link RelatedOccupations#HIGH} (75) or {@link RelatedOccupations#LOW} (25)
 */
public record RelatedOccupation(String ssyk4, int strength) {

    public RelatedOccupation {
        Objects.requireNonNull(ssyk4, "ssyk4");
    }
}
