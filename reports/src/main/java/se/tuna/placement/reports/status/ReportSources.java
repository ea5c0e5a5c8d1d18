package se.tuna.placement.reports.status;

import java.util.List;
import java.util.Map;

import se.tuna.placement.participants.stint.Stint;

/**
 * What a status report is counted from: the sites' stints (anonymous records included), the
 * participants' birth years and their placements (current and ended ones).
 *
 * @param stints     every stint of the sites
 * @param birthYears by participant id, for those whose profile holds one
 * @param placements each participant's placements, by participant id, each once
 */
public record ReportSources(List<Stint> stints, Map<String, Integer> birthYears, Map<String, List<ReportedPlacement>> placements) {

    public ReportSources {
        stints = List.copyOf(stints);
        birthYears = Map.copyOf(birthYears);
        placements = Map.copyOf(placements);
    }

    /** The placements of a participant; none for an anonymous record (a placement needs a profile). */
    List<ReportedPlacement> placementsOf(Stint stint) {
        return stint.participantId() == null ? List.of() : placements.getOrDefault(stint.participantId(), List.of());
    }
}
