package se.tuna.placement.reports.status;

import se.tuna.placement.participants.placement.path.PlacementPath;

/**
 * What a status report reads of one placement (placering): at which employer, and its path.
 *
 * @param employerId the employer
 * @param path       its path from the study visit on, every step recorded
 */
public record ReportedPlacement(String employerId, PlacementPath path) {
}
