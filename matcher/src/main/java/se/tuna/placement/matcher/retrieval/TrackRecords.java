package se.tuna.placement.matcher.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.planning.EmployerTrackRecord;
import se.tuna.placement.participants.placement.TrialRecords;

/** The track records of the candidates' employers, from the trials recorded with their placements. */
public class TrackRecords {

    private final TrialRecords trials;

    public TrackRecords(TrialRecords trials) {
        this.trials = trials;
    }

    /** For each employer of the candidates with an ended trial, how its trials went. */
    public Map<String, EmployerTrackRecord> of(List<List<SlotHit>> candidates) {
        Set<String> employers = candidates.stream().flatMap(List::stream).map(hit -> hit.slot().employerId())
                .collect(Collectors.toSet());
        Map<String, EmployerTrackRecord> records = new HashMap<>();
        trials.byEmployer(employers).forEach((employerId, record) ->
                records.put(employerId, new EmployerTrackRecord(record.ended(), record.continued())));
        return records;
    }
}
