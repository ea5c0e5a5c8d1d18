package se.tuna.placement.reports.sus;

import java.util.List;

import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.reports.status.ReportPeriod;

/**
 * Reads the sites' stints and lists their exits to register in SUS ({@link SusWorklist}). Reads
 * the stints only, never a profile, and writes nothing.
 */
public class SusExits {

    private final StintRepository stints;

    public SusExits(StintRepository stints) {
        this.stints = stints;
    }

    /** The worklist of {@code sites} for the period; the sites are known ones the caller may see (checked by the caller). */
    public SusWorklist worklist(List<String> sites, ReportPeriod period) {
        return SusWorklist.of(sites, period, stints.everyAt(sites));
    }
}
