package se.tuna.placement.benchmarks.catalog;

import java.util.Arrays;

/** Latencies of repeated calls, in milliseconds, and their percentiles. */
final class Latencies {

    private final double[] millis;
    private int count;

    Latencies(int capacity) {
        this.millis = new double[capacity];
    }

    void add(long nanos) {
        millis[count++] = nanos / 1_000_000.0;
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))];
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)", percentile(50), percentile(95), percentile(99),
                count);
    }
}
