package se.tuna.placement.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/**
 * A closed loop: each user sends its next request when the last one is answered, with no think
 * time, so the figures are the system's capacity at that concurrency. Latencies go into
 * HdrHistograms (microseconds, three significant digits); every answer but 200 is counted as an
 * error with its status.
 */
final class ClosedLoop {

    /** One user's next request: sends it and returns the HTTP status. {@code n} counts this user's requests. */
    @FunctionalInterface
    interface Request {
        int send(int n) throws Exception;
    }

    /** What a measured phase gave. */
    record Measured(String what, int users, Histogram latencies, double seconds, ConcurrentHashMap<Integer, AtomicLong> errors) {

        long requests() {
            return latencies.getTotalCount();
        }

        double throughput() {
            return requests() / seconds;
        }

        double percentileMs(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(AtomicLong::get).sum();
        }
    }

    private static final long HIGHEST_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    private ClosedLoop() {
    }

    /** One user, {@code warmUp} requests unmeasured, then {@code count} measured one after the other. */
    static Measured sequential(String what, Request request, int warmUp, int count) throws Exception {
        ConcurrentHashMap<Integer, AtomicLong> errors = new ConcurrentHashMap<>();
        for (int n = 0; n < warmUp; n++) {
            count(errors, request.send(n));
        }
        errors.clear();
        Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        long started = System.nanoTime();
        for (int n = warmUp; n < warmUp + count; n++) {
            long sent = System.nanoTime();
            int status = request.send(n);
            latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - sent) / 1000));
            count(errors, status);
        }
        return new Measured(what, 1, latencies, (System.nanoTime() - started) / 1e9, errors);
    }

    /**
     * {@code users} users at once, each on its own thread with its own request (its own session),
     * for {@code warmUp} unmeasured, then {@code duration} measured. A request under way when the
     * measurement ends is measured, so the phase ends a little after {@code duration}; the
     * throughput divides by the time it really took.
     */
    static Measured concurrent(String what, IntFunction<Request> users, int userCount, Duration warmUp, Duration duration)
            throws InterruptedException {
        ConcurrentHashMap<Integer, AtomicLong> errors = new ConcurrentHashMap<>();
        List<Histogram> perUser = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(userCount);
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + duration.toNanos();
        AtomicLong lastAnswer = new AtomicLong(measureUntil);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int u = 0; u < userCount; u++) {
            Request request = users.apply(u);
            Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
            perUser.add(histogram);
            Thread thread = new Thread(() -> {
                try {
                    for (int n = 0; System.nanoTime() < measureUntil; n++) {
                        long sent = System.nanoTime();
                        int status = request.send(n);
                        long answered = System.nanoTime();
                        if (sent >= measureFrom) {
                            histogram.recordValue(Math.min(HIGHEST_MICROS, (answered - sent) / 1000));
                            count(errors, status);
                            lastAnswer.accumulateAndGet(answered, Math::max);
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }, "load-user-" + u);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " users failed; the first: " + failures.get(0), failures.get(0));
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        perUser.forEach(all::add);
        return new Measured(what, userCount, all, (lastAnswer.get() - measureFrom) / 1e9, errors);
    }

    private static void count(ConcurrentHashMap<Integer, AtomicLong> errors, int status) {
        if (status != 200) {
            errors.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }
    }
}
