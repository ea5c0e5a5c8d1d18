package se.tuna.placement.reports.status;

import java.util.List;
import java.util.Map;

import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.stint.Stint;

/**
 * What a status report is counted from: the sites' stints (anonymous records included), the
 * participants' birth years and the paths of their placements (current and ended ones).
 *
 * @param stints     every stint of the sites
 * @param birthYears by participant id, for those whose profile holds one
 * @param paths      the paths of each participant's placements, by participant id
 */
public record ReportSources(List<Stint> stints, Map<String, Integer> birthYears, Map<String, List<PlacementPath>> paths) {

    public ReportSources {
        stints = List.copyOf(stints);
        birthYears = Map.copyOf(birthYears);
        paths = Map.copyOf(paths);
    }
}
