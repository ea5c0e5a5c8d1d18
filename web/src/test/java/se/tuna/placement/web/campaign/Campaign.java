package se.tuna.placement.web.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.RawHttp;
import se.tuna.placement.web.RawHttp.Answer;
import se.tuna.placement.web.campaign.IndexCounters.Snapshot;
import se.tuna.placement.web.security.AccessScenario.Who;
import tools.jackson.databind.JsonNode;

/**
 * Sends the campaign's requests over plain sockets and judges each answer: never a 5xx; every 4xx a
 * problem detail whose status is the answer's; and no index written by a refused request. A request
 * that may write is sent alone, between two readings of the index counters, so whatever moved is
 * its doing. Reads change nothing, refused or not, so they go several at once and the counters are
 * read around each batch; when a batch moved them, its reads are sent again one by one to name the
 * one that wrote.
 */
final class Campaign {

    private static final String PROBLEM_TYPES = "https://tuna-placement.example/problems/";
    /** Reads sent at once: the service and Elasticsearch share the machine's two cores with the test. */
    private static final int LANES = 4;
    /** How long a write may take before the indices are refreshed for it, and again after as long. */
    private static final long REFRESH_AFTER_MILLIS = 40;
    /** Reads whose counters are compared at once: reading the counters costs about as much as a request. */
    private static final int READS_PER_COUNT = 50;

    private final RawHttp http;
    private final Map<Who, String> tokens;
    private final IndexCounters counters;
    private final CampaignFigures figures;
    private final Aftermath aftermath;

    Campaign(RawHttp http, Map<Who, String> tokens, IndexCounters counters, CampaignFigures figures, Aftermath aftermath) {
        this.http = http;
        this.tokens = tokens;
        this.counters = counters;
        this.figures = figures;
        this.aftermath = aftermath;
    }

    /** What to undo after a request that got through, so it does not weigh on the rest (a plan it started, a slot it registered). */
    @FunctionalInterface
    interface Aftermath {
        void accepted(Probe probe, Answer answer);
    }

    /** One request and its status (0 when no answer came). */
    private record Sent(Probe probe, int status) {

        boolean refused() {
            return status >= 400 && status < 500;
        }
    }

    void run(List<Probe> probes) {
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            Snapshot last = counters.now();
            List<Probe> reads = new ArrayList<>();
            for (Probe probe : probes) {
                if (!probe.writes()) {
                    reads.add(probe);
                    if (reads.size() == READS_PER_COUNT) {
                        last = sendReads(reads, last, lanes);
                    }
                    continue;
                }
                last = sendReads(reads, last, lanes);
                Sent sent = sendWrite(probe, lanes);
                Snapshot now = counters.now();
                requireUnchangedIfRefused(sent, now.movedSince(last));
                last = now;
            }
            sendReads(reads, last, lanes);
        } finally {
            lanes.shutdownNow();
        }
        figures.finish();
    }

    /**
     * Sends a write and waits for its answer. A write that got through may wait for Elasticsearch's
     * next refresh (refresh=wait_for) before it answers, a second each; refreshing at once while it
     * waits changes nothing of what is stored or counted, and spares the campaign those seconds.
     */
    private Sent sendWrite(Probe probe, ExecutorService lanes) {
        Future<Sent> sent = lanes.submit(() -> send(probe));
        try {
            while (true) {
                try {
                    return sent.get(REFRESH_AFTER_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException waiting) {
                    counters.refresh();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + probe, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send " + probe, e.getCause());
        }
    }

    /** Sends the reads at once, then compares the counters with {@code before}. */
    private Snapshot sendReads(List<Probe> reads, Snapshot before, ExecutorService lanes) {
        if (reads.isEmpty()) {
            return before;
        }
        List<Callable<Sent>> sends = reads.stream().map(read -> (Callable<Sent>) () -> send(read)).toList();
        try {
            lanes.invokeAll(sends);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending reads", e);
        }
        Snapshot now = counters.now();
        if (!now.movedSince(before).isEmpty()) {
            now = nameTheWriters(reads);
        }
        reads.clear();
        return now;
    }

    /** Sends each read of a batch again, alone between two readings of the counters. */
    private Snapshot nameTheWriters(List<Probe> reads) {
        Snapshot last = counters.now();
        for (Probe read : reads) {
            Sent again = send(read);
            Snapshot now = counters.now();
            Map<String, Long> moved = now.movedSince(last);
            if (!moved.isEmpty()) {
                figures.failed(again.probe() + " is a read, answered " + again.status() + ", and wrote: " + moved);
            }
            last = now;
        }
        return last;
    }

    private void requireUnchangedIfRefused(Sent sent, Map<String, Long> moved) {
        if (sent.refused() && !moved.isEmpty()) {
            figures.failed(sent.probe() + " was refused with " + sent.status() + " and still wrote: " + moved);
        }
    }

    private Sent send(Probe probe) {
        String token = probe.who() == Who.ANONYMOUS ? null : tokens.get(probe.who());
        Answer answer;
        try {
            answer = http.send(probe.head(token), probe.body());
        } catch (RuntimeException noAnswer) {
            figures.failed(probe + " got no answer: " + noAnswer);
            return new Sent(probe, 0);
        }
        figures.answered(probe, answer.status());
        judge(probe, answer);
        if (answer.status() < 300) {
            aftermath.accepted(probe, answer);
        }
        return new Sent(probe, answer.status());
    }

    private void judge(Probe probe, Answer answer) {
        int status = answer.status();
        if (status == 400 && probe.mutation().equals(Mutations.VALID)) {
            // Refusing everything as malformed would pass every other check: the campaign's own requests are checked too.
            figures.failed(probe + " is the valid request and was answered 400: the campaign sends it wrongly");
        } else if (status >= 500) {
            figures.failed(probe + " answered " + status + ": " + shorten(answer.body()));
        } else if (status >= 400) {
            String problem = notAProblemDetail(answer);
            if (problem != null) {
                figures.failed(probe + " answered " + status + " " + problem + ": " + answer.headers() + " " + shorten(answer.body()));
            }
        }
    }

    /** Why the answer is not a problem detail of its own status, or {@code null} when it is one. */
    private static String notAProblemDetail(Answer answer) {
        if (!"application/problem+json".equals(answer.header("Content-Type"))) {
            return "as " + answer.header("Content-Type");
        }
        JsonNode problem;
        try {
            problem = ApiBodies.JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            return "with a body that is not JSON";
        }
        if (problem.path("status").asInt() != answer.status()) {
            return "with status " + problem.path("status") + " in its problem detail";
        }
        if (!problem.path("type").asString("").startsWith(PROBLEM_TYPES) || problem.path("title").asString("").isBlank()
                || problem.path("detail").asString("").isBlank()) {
            return "without the platform's type, a title and a detail saying why";
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
