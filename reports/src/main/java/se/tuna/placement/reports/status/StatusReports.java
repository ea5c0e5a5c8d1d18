package se.tuna.placement.reports.status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintRepository;

/**
 * Reads what a status report (lägesrapport) is counted from — the sites' stints, their
 * participants' birth years and placements — and counts it with {@link StatusReportCalculation}.
 * Reads the participants module's data and writes nothing.
 */
public class StatusReports {

    private final StintRepository stints;
    private final ParticipantRepository participants;
    private final PlacementRepository placements;

    public StatusReports(StintRepository stints, ParticipantRepository participants, PlacementRepository placements) {
        this.stints = stints;
        this.participants = participants;
        this.placements = placements;
    }

    /** The report of {@code sites} together, for the period and as of its day; the sites are known ones (checked by the caller). */
    public StatusReport report(List<String> sites, ReportPeriod period) {
        return StatusReportCalculation.count(sites, period, sourcesOf(sites));
    }

    /**
     * The report of each of {@code sites} on its own, by site, from one reading of what they are
     * counted from (the key figures are computed per site).
     */
    public Map<String, StatusReport> reportEach(List<String> sites, ReportPeriod period) {
        ReportSources sources = sourcesOf(sites);
        Map<String, StatusReport> bySite = new LinkedHashMap<>();
        sites.forEach(site -> bySite.put(site, StatusReportCalculation.count(List.of(site), period, sources)));
        return bySite;
    }

    private ReportSources sourcesOf(List<String> sites) {
        List<Stint> all = stints.everyAt(sites);
        List<String> people = all.stream().map(Stint::participantId).filter(Objects::nonNull).distinct().toList();
        Map<String, Integer> birthYears = new HashMap<>();
        participants.findAll(people).forEach((id, stored) -> {
            Integer year = stored.value().participant().birthYear();
            if (year != null) {
                birthYears.put(id, year);
            }
        });
        return new ReportSources(all, birthYears, placementsOf(people));
    }

    /**
     * Each participant's placements, each once: an ended placement kept when its participant was
     * placed again has an id of its own but the same participant and decision.
     */
    private Map<String, List<ReportedPlacement>> placementsOf(List<String> people) {
        Map<String, Placement> once = new LinkedHashMap<>();
        placements.ofParticipants(people).forEach(placement -> once.putIfAbsent(placement.participantId() + "@" + placement.decidedAt(),
                placement));
        return once.values().stream().collect(Collectors.groupingBy(Placement::participantId,
                Collectors.mapping(placement -> new ReportedPlacement(placement.employerId(), placement.path()), Collectors.toList())));
    }
}
