package se.tuna.placement.web.startup;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import se.tuna.placement.catalog.error.LoggedFailure;

/**
 * A task the service runs by itself: at once when started (once the indices are ready), then every
 * so often, on a thread of its own, so it never runs on the event loop and never twice at once; a
 * run that fails is logged and the next comes on time. Runs asked for in between take their turn.
 */
public final class RecurringRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RecurringRun.class);

    private final String name;
    private final Duration every;
    private final Runnable task;
    private final Scheduler turns;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Disposable schedule;

    /** {@code name} names the thread and the log lines, e.g. {@code seat-reconciliation}. */
    public RecurringRun(String name, Duration every, Runnable task) {
        this.name = name;
        this.every = every;
        this.task = task;
        this.turns = Schedulers.newSingle(name, true);
    }

    /** Starts the runs: the first at once, then every {@code every}. Once only, however often it is called. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            schedule = Flux.interval(Duration.ZERO, every, turns)
                    .subscribe(tick -> runQuietly(), failure -> log.error("The {} schedule stopped", name, LoggedFailure.of(failure)));
        }
    }

    /** Runs {@code call} on the task's thread, after any run under way. */
    public <T> Mono<T> inTurn(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(turns);
    }

    private void runQuietly() {
        try {
            task.run();
        } catch (RuntimeException failed) {
            log.warn("The {} run failed; it runs again in {}", name, every, LoggedFailure.of(failed));
        }
    }

    @Override
    public void close() {
        Disposable running = schedule;
        if (running != null) {
            running.dispose();
        }
        turns.dispose();
    }
}
