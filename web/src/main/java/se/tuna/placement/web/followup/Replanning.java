package se.tuna.placement.web.followup;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs follow-up plans on a pool of their own: one at a time, since solving takes a core for
 * seconds and the machine has two; others wait their turn, never on the event loop.
 */
final class Replanning {

    private static final Scheduler PLANNER = Schedulers.newBoundedElastic(1, 1_000, "follow-up-planner", 60, true);

    private Replanning() {
    }

    static <T> Mono<T> call(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(PLANNER);
    }
}
