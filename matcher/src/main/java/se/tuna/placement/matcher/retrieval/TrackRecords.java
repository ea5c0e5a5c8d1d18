package se.tuna.placement.matcher.retrieval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.matcher.planning.EmployerTrackRecord;
import se.tuna.placement.participants.placement.TrialRecords;

/** The track records of the candidates' employers, from the trials recorded with their placements. */
public class TrackRecords {

    private final TrialRecords trials;

    public TrackRecords(TrialRecords trials) {
        this.trials = trials;
    }

    /** For each of these employers (the candidates') with an ended trial, how its trials went. */
    public Map<String, EmployerTrackRecord> of(Set<String> employers) {
        Map<String, EmployerTrackRecord> records = new HashMap<>();
        trials.byEmployer(employers).forEach((employerId, record) ->
                records.put(employerId, new EmployerTrackRecord(record.ended(), record.continued())));
        return records;
    }
}
