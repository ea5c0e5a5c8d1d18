package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the node in the foreground as our child process (so we hold its handle and it cannot
 * outlive us by accident) and waits until it answers.
 */
final class NodeProcess {

    private static final Logger log = LoggerFactory.getLogger(NodeProcess.class);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int CONSOLE_TAIL_LINES = 40;
    private static final Pattern READY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
    // Variables the launcher scripts would pick up from our environment instead of our settings.
    private static final List<String> FOREIGN_JAVA_VARIABLES = List.of("JAVA_HOME", "JAVA_OPTS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

    private NodeProcess() {
    }

    static RunningNode start(LocalElasticsearch.Prepared node) {
        return startAll(List.of(node)).get(0);
    }

    /**
     * Launches every node before waiting for any: the nodes of a cluster become ready only
     * together, once enough of them have found each other to elect a master.
     */
    static List<RunningNode> startAll(List<LocalElasticsearch.Prepared> nodes) {
        long started = System.nanoTime();
        List<Launched> launched = new ArrayList<>();
        try {
            for (LocalElasticsearch.Prepared node : nodes) {
                launched.add(new Launched(node, launch(node.settings(), node.distribution(), node.instance(), node.user()),
                        URI.create("http://127.0.0.1:" + node.httpPort())));
            }
            List<RunningNode> running = new ArrayList<>();
            for (Launched node : launched) {
                Instance instance = node.prepared().instance();
                long pid = awaitReady(node.launcher(), instance, node.httpUri(), node.prepared().settings().startTimeout());
                log.info("Elasticsearch {} is up at {} (pid {}, instance {}, user '{}') after {} ms",
                        node.prepared().distribution().version(), node.httpUri(), pid, instance.dir(),
                        node.prepared().user().name(), (System.nanoTime() - started) / 1_000_000);
                running.add(new RunningNode(node.httpUri(), node.launcher(), ProcessHandle.of(pid), instance,
                        node.prepared().backups()));
            }
            return running;
        } catch (RuntimeException e) {
            // Stops and releases whatever came up: nothing may be left behind by a failed start.
            for (Launched node : launched) {
                Instance instance = node.prepared().instance();
                new RunningNode(node.httpUri(), node.launcher(), Instance.readPid(instance.pidFile()).flatMap(ProcessHandle::of),
                        instance, node.prepared().backups()).stop();
            }
            throw e;
        }
    }

    private record Launched(LocalElasticsearch.Prepared prepared, Process launcher, URI httpUri) {
    }

    private static Process launch(LocalElasticsearchSettings settings, Distribution distribution, Instance instance,
            NodeUser user) {
        List<String> command = new ArrayList<>(user.commandPrefix());
        command.addAll(List.of(distribution.launcher().toString(), "-p", instance.pidFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(instance.dir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(instance.consoleLog().toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("ES_") || FOREIGN_JAVA_VARIABLES.contains(name));
        environment.put("ES_JAVA_HOME", settings.javaHome().toString());
        environment.put("ES_PATH_CONF", instance.config().toString());
        environment.put("ES_TMPDIR", instance.tmp().toString());
        // Always set: without it the node takes half of the machine's memory.
        environment.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot run " + command + ": " + e, e);
        }
    }

    /** Waits until the node is yellow or green, and is ours; returns the node's pid. */
    private static long awaitReady(Process launcher, Instance instance, URI httpUri, Duration timeout) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!launcher.isAlive()) {
                throw new LocalElasticsearchException("Elasticsearch exited with code " + launcher.exitValue()
                        + " while starting. " + consoleTail(instance.consoleLog()));
            }
            Optional<Long> pid = Instance.readPid(instance.pidFile());
            if (pid.isPresent() && isHealthy(http, httpUri) && isNode(http, httpUri, pid.get())) {
                return pid.get();
            }
            if (System.nanoTime() > deadline) {
                throw new LocalElasticsearchException("Elasticsearch did not become ready at " + httpUri + " within "
                        + timeout.toSeconds() + " s (setting startTimeout). " + consoleTail(instance.consoleLog()));
            }
            sleep(POLL_INTERVAL);
        }
    }

    private static boolean isHealthy(HttpClient http, URI httpUri) {
        return get(http, httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .filter(body -> READY.matcher(body).find())
                .isPresent();
    }

    /** Whether the node at the port is the one we started, not another that happens to be there. */
    private static boolean isNode(HttpClient http, URI httpUri, long pid) {
        return get(http, httpUri.resolve("/_nodes/_local/process?filter_path=nodes.*.process.id"))
                .filter(body -> body.matches("(?s).*\"id\"\\s*:\\s*" + pid + "\\D.*"))
                .isPresent();
    }

    private static Optional<String> get(HttpClient http, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            // Not listening yet.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalElasticsearchException("Interrupted while waiting for Elasticsearch to start", e);
        }
    }

    static String consoleTail(Path consoleLog) {
        try {
            List<String> lines = new String(Files.readAllBytes(consoleLog), StandardCharsets.UTF_8).lines().toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - CONSOLE_TAIL_LINES), lines.size());
            return "Last lines of " + consoleLog + ":\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "Its output would be in " + consoleLog + " (" + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalElasticsearchException("Interrupted while waiting for Elasticsearch to start", e);
        }
    }
}
