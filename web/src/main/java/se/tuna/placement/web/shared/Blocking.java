package se.tuna.placement.web.shared;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs a blocking call (the Elasticsearch client, file parsing) off the event loop, on a bounded
 * pool of its own, so one slow call never stalls other requests, and blocking work elsewhere in
 * the process (which shares Reactor's global bounded-elastic pool) can never starve it.
 */
public final class Blocking {

    /** Enough threads for many concurrent requests waiting on Elasticsearch; more wait in the queue. */
    private static final Scheduler IO = Schedulers.newBoundedElastic(64, 100_000, "blocking-io", 60, true);

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(IO);
    }

    public static Mono<Void> run(Runnable run) {
        return Mono.<Void>fromRunnable(run).subscribeOn(IO);
    }

    /** Starts a blocking call that nobody waits for, e.g. what must not make an answer slower or faster. */
    public static void inBackground(Runnable run, Consumer<Throwable> onFailure) {
        run(run).subscribe(null, onFailure);
    }
}
