package se.tuna.placement.web.participant;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import se.tuna.placement.participants.placement.ReconciliationReport;
import se.tuna.placement.participants.placement.SeatReconciliation;
import se.tuna.placement.web.startup.RecurringRun;
import se.tuna.placement.web.startup.StorageStartup;

/**
 * Runs the seat reconciliation once the indices are ready (a start may follow a crash between two
 * writes of a step), then every {@code tuna.reconciliation.every}, and when an admin asks; keeps the
 * last report. The runs take turns on a thread of their own, never on the event loop and never two
 * at once.
 */
@Component
class SeatReconciliationRuns implements StorageStartup.FirstStartTask {

    private final SeatReconciliation reconciliation;
    private final RecurringRun runs;
    private final AtomicReference<Run> last = new AtomicReference<>();

    SeatReconciliationRuns(SeatReconciliation reconciliation, @Value("${tuna.reconciliation.every:1h}") Duration every) {
        this.reconciliation = reconciliation;
        this.runs = new RecurringRun("seat-reconciliation", every, () -> record(reconciliation.run(), null));
    }

    /**
     * A report and who asked for it.
     *
     * @param report  what the run found and did
     * @param askedBy the admin's account id, or {@code null} for the start and the schedule
     */
    record Run(ReconciliationReport report, String askedBy) {
    }

    /** Starts the runs: the first at once, then on the schedule. Once only, however often the indices are prepared. */
    @Override
    public void run() {
        runs.start();
    }

    /** Runs it now for an admin, after any run under way. */
    Mono<Run> runNow(String accountId) {
        return runs.inTurn(() -> record(reconciliation.run(), accountId));
    }

    /** The last run's report, if there was one since the service started. */
    Optional<Run> last() {
        return Optional.ofNullable(last.get());
    }

    private Run record(ReconciliationReport report, String askedBy) {
        Run run = new Run(report, askedBy);
        last.set(run);
        return run;
    }

    @PreDestroy
    void stop() {
        runs.close();
    }
}
