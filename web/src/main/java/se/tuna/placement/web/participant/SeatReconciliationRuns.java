package se.tuna.placement.web.participant;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.participants.placement.ReconciliationReport;
import se.tuna.placement.participants.placement.SeatReconciliation;
import se.tuna.placement.web.startup.StorageStartup;

/**
 * Runs the seat reconciliation once the indices are ready (a start may follow a crash between two
 * writes of a step), then every {@code tuna.reconciliation.every}, and when an admin asks; keeps the
 * last report. The runs take turns on a thread of their own, never on the event loop and never two
 * at once.
 */
@Component
class SeatReconciliationRuns implements StorageStartup.FirstStartTask {

    private static final Logger log = LoggerFactory.getLogger(SeatReconciliationRuns.class);

    private final SeatReconciliation reconciliation;
    private final Duration every;
    private final Scheduler turns = Schedulers.newSingle("seat-reconciliation", true);
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<Run> last = new AtomicReference<>();
    private volatile Disposable schedule;

    SeatReconciliationRuns(SeatReconciliation reconciliation, @Value("${tuna.reconciliation.every:1h}") Duration every) {
        this.reconciliation = reconciliation;
        this.every = every;
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
        if (started.compareAndSet(false, true)) {
            schedule = Flux.interval(Duration.ZERO, every, turns)
                    .subscribe(tick -> runQuietly(), failure -> log.error("The seat reconciliation's schedule stopped",
                            LoggedFailure.of(failure)));
        }
    }

    /** Runs it now for an admin, after any run under way. */
    Mono<Run> runNow(String accountId) {
        return Mono.fromCallable(() -> record(reconciliation.run(), accountId)).subscribeOn(turns);
    }

    /** The last run's report, if there was one since the service started. */
    Optional<Run> last() {
        return Optional.ofNullable(last.get());
    }

    private void runQuietly() {
        try {
            record(reconciliation.run(), null);
        } catch (RuntimeException failed) {
            log.warn("The seat reconciliation failed; it runs again in {}", every, LoggedFailure.of(failed));
        }
    }

    private Run record(ReconciliationReport report, String askedBy) {
        Run run = new Run(report, askedBy);
        last.set(run);
        return run;
    }

    @PreDestroy
    void stop() {
        Disposable running = schedule;
        if (running != null) {
            running.dispose();
        }
        turns.dispose();
    }
}
