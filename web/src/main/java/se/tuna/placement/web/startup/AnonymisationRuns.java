package se.tuna.placement.web.startup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.retention.Anonymisation;

/**
 * Anonymises the data of participants whose last stint ended longer ago than the retention period
 * ({@code tuna.retention.after-exit}): once the indices are ready, then every
 * {@code tuna.retention.every} (six hours by default), on a thread of its own, never on the event
 * loop and never two runs at once.
 */
@Component
class AnonymisationRuns implements StorageStartup.FirstStartTask {

    private static final Logger log = LoggerFactory.getLogger(AnonymisationRuns.class);

    private final Anonymisation anonymisation;
    private final Clock clock;
    private final Duration every;
    private final Scheduler turns = Schedulers.newSingle("anonymisation", true);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Disposable schedule;

    AnonymisationRuns(Anonymisation anonymisation, Clock clock, @Value("${tuna.retention.every:6h}") Duration every) {
        this.anonymisation = anonymisation;
        this.clock = clock;
        this.every = every;
    }

    /** Starts the runs: the first at once, then on the schedule. Once only, however often the indices are prepared. */
    @Override
    public void run() {
        if (started.compareAndSet(false, true)) {
            schedule = Flux.interval(Duration.ZERO, every, turns)
                    .subscribe(tick -> runQuietly(), failure -> log.error("The anonymisation's schedule stopped",
                            LoggedFailure.of(failure)));
        }
    }

    private void runQuietly() {
        try {
            anonymisation.anonymiseDue(LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)));
        } catch (RuntimeException failed) {
            log.warn("The anonymisation failed; it runs again in {}", every, LoggedFailure.of(failed));
        }
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
