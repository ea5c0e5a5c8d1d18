package se.tuna.placement.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real service, started from its built jar as a process of its own, as in production: its
 * embedded Elasticsearch on a fresh, empty folder (so the demo loads), auditing on, the heap
 * capped. Stopped with its whole process tree, the Elasticsearch node the service started included.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^\\s*http\\.port:\\s*(\\d+)");

    private final Process process;
    private final URI uri;
    private final Path nodeFolder;
    private final Path log;

    private ServiceProcess(Process process, URI uri, Path nodeFolder, Path log) {
        this.process = process;
        this.uri = uri;
        this.nodeFolder = nodeFolder;
        this.log = log;
    }

    /** Starts the jar on a free port with a fresh node folder under {@code work}; returns once it is ready. */
    static ServiceProcess start(Path jar, String heap, Path work, String name) throws IOException, InterruptedException {
        Path nodeFolder = Files.createDirectories(work.resolve(name + "-elasticsearch"));
        try (var entries = Files.list(nodeFolder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException(nodeFolder + " is not empty: remove it for a fresh node");
            }
        }
        Path log = work.resolve(name + ".log");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("TUNA_ELASTICSEARCH_LOCAL_DIR", nodeFolder.toAbsolutePath().toString());
        builder.environment().remove("TUNA_ELASTICSEARCH_URIS");
        // The coaches' visit plans solved after a first start (3 minutes by default) are not measured: a short
        // search lets the run begin sooner, and the harness still waits for the start-up work to end.
        builder.environment().put("TUNA_FOLLOW_UP_BACKGROUND_SPENT_LIMIT", "PT15S");
        ServiceProcess service = new ServiceProcess(builder.start(), URI.create("http://127.0.0.1:" + port), nodeFolder, log);
        // A harness stopped from outside (Ctrl-C) stops its service and node too.
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        try {
            service.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
        return service;
    }

    URI uri() {
        return uri;
    }

    long pid() {
        return process.pid();
    }

    /** The embedded node's address, from the configuration the service wrote for it. */
    URI elasticsearch() throws IOException {
        String config = Files.readString(nodeFolder.resolve("node/config/elasticsearch.yml"));
        Matcher port = HTTP_PORT.matcher(config);
        if (!port.find()) {
            throw new IllegalStateException("No http.port in the node's elasticsearch.yml");
        }
        return URI.create("http://127.0.0.1:" + port.group(1));
    }

    /**
     * Whether the service has logged running out of heap. A request whose work ran out of memory on
     * a worker thread is never answered, so the harness watches the log instead of waiting forever.
     */
    boolean ranOutOfMemory() {
        try (var lines = Files.lines(log)) {
            return lines.anyMatch(line -> line.contains("java.lang.OutOfMemoryError"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The service's peak resident memory so far in MB (Linux's VmHWM), if the system tells. */
    Optional<Long> peakResidentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Waits until the service has finished its start-up work (the demo's coaches' visit plans are
     * solved in the background for a while after a first start): until it has used less than a
     * tenth of a core in each of three five-second spells in a row, at most {@code most}. Returns
     * whether it became quiet.
     */
    boolean awaitQuiet(Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        Duration before = cpu();
        int quietSpells = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            Duration now = cpu();
            quietSpells = now.minus(before).toMillis() < 500 ? quietSpells + 1 : 0;
            if (quietSpells == 3) {
                return true;
            }
            before = now;
        }
        return false;
    }

    private Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(uri.resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("The service was not ready within " + STARTUP + "; see " + log);
    }

    /** Stops the service, gracefully first, then whatever of its process tree is left. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            for (ProcessHandle child : tree) {
                if (child.isAlive()) {
                    child.destroy();
                    child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for the next clean.
        }
    }
}
