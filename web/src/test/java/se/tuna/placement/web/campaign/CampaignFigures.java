package se.tuna.placement.web.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the campaign sent and got: requests per operation, answers by status, how long it took,
 * and every failure (a 5xx, a 4xx that is no problem detail, a refused request that wrote).
 * Requests are sent from several threads at once, so what counts is synchronised.
 */
final class CampaignFigures {

    private final long seed;
    private final Map<String, Integer> perOperation = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> statusesPerOperation = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final long started = System.nanoTime();
    private long finished;

    CampaignFigures(long seed) {
        this.seed = seed;
    }

    synchronized void answered(Probe probe, int status) {
        perOperation.merge(probe.operation(), 1, Integer::sum);
        byStatus.merge(status, 1, Integer::sum);
        statusesPerOperation.computeIfAbsent(probe.operation(), operation -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    synchronized void failed(String failure) {
        failures.add(failure);
    }

    synchronized void finish() {
        finished = System.nanoTime();
    }

    synchronized int total() {
        return perOperation.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int leastPerOperation() {
        return perOperation.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    synchronized int operations() {
        return perOperation.size();
    }

    synchronized int answeredWith(int from, int to) {
        return byStatus.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized Duration took() {
        return Duration.ofNanos(finished - started);
    }

    synchronized String summary() {
        StringBuilder text = new StringBuilder();
        Map.Entry<String, Integer> least = perOperation.entrySet().stream().min(Comparator.comparing(Map.Entry::getValue)).orElseThrow();
        text.append("Bad-input campaign (seed ").append(seed).append(")\n")
                .append("requests: ").append(total()).append(" in ").append(took().toSeconds()).append(" s\n")
                .append("operations: ").append(operations()).append(", requests per operation: at least ").append(least.getValue())
                .append(" (").append(least.getKey()).append("), at most ")
                .append(perOperation.values().stream().mapToInt(Integer::intValue).max().orElse(0)).append('\n')
                .append("answers by status:");
        byStatus.forEach((status, count) -> text.append(' ').append(status).append(": ").append(count).append(','));
        text.setLength(text.length() - 1);
        text.append("\n5xx: ").append(answeredWith(500, 599)).append('\n')
                .append("failures (5xx, 4xx without a problem detail, refused requests that wrote): ").append(failures.size())
                .append('\n').append("\nper operation: requests, {status=answers}:\n");
        perOperation.forEach((operation, count) -> text.append(String.format("  %-62s %4d  %s%n", operation, count,
                statusesPerOperation.get(operation))));
        failures.stream().limit(200).forEach(failure -> text.append("FAILURE ").append(failure).append('\n'));
        return text.toString();
    }

    synchronized void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
