package se.tuna.placement.benchmarks.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.tuna.placement.benchmarks.load.ClosedLoop.Measured;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.participants.participant.Participant;

/**
 * Issue 11's load harness: the real service over HTTP, signed in as a coordinator, with auditing
 * on (every suggestion read is logged, as in production). It
 * <ol>
 *   <li>starts the service from {@code web/target/tuna-web.jar} with {@code -Xmx512m} on a fresh
 *       embedded node (the demo loads: 200 participants, their coaches and history), or uses
 *       {@code -Dservice=http://…} with {@code -Delasticsearch=http://…} (its node);</li>
 *   <li>imports a generated bank of 100,000 slots (20,000 employers) over HTTP through the
 *       synchronous import, once as .xlsx into one fresh service and once as CSV into another, so
 *       both are a new bank; slots/s = slots created / the request's wall time;</li>
 *   <li>asks suggestions for the demo's participants, one user one request after another, then
 *       50 users at once, each in a session of their own (closed loop);</li>
 *   <li>sends the same first-page candidate search a suggestion sends, built by the production
 *       code, bare to the same node from 50 clients: the reference throughput;</li>
 *   <li>prints the table and writes it to {@code benchmarks/target/load-report.md}. Any answer but
 *       200 fails the run (exit status 1) after the report.</li>
 * </ol>
 * Settings (system properties): slots (100000), partRows (25000), heap (512m), requests (500), users (50),
 * warmup (15 s), duration (60 s), imports (true), jar, service, elasticsearch, coordinator, password.
 */
public final class LoadHarness {

    private static final long SEED = 2008;
    private static final int SEQUENTIAL_WARM_UP = 50;

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        LoadReport report = new LoadReport();
        report.header(String.format(Locale.ROOT, "%s, %d cores, JDK %s, load average at the start %s", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage()));
        report.header(String.format(Locale.ROOT, "bank: %,d slots of %,d employers (the demo generator, seed %d); service heap -Xmx%s",
                settings.slots, settings.employers(), SEED, settings.heap));
        try {
            if (settings.service != null) {
                againstRunningService(settings, report);
            } else {
                againstStartedServices(settings, report);
            }
        } catch (Exception e) {
            report.fail("the run stopped: " + e);
            e.printStackTrace();
        }
        report.header("load average at the end " + loadAverage());
        report.write(settings.reportFile());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.reportFile().toAbsolutePath());
        if (report.failed()) {
            System.err.println("FAILED: see the report's errors column and notes");
        }
        System.exit(report.failed() ? 1 : 0);
    }

    private static void againstRunningService(Settings settings, LoadReport report) throws Exception {
        if (settings.elasticsearch == null) {
            throw new IllegalArgumentException("With -Dservice, give the service's node too: -Delasticsearch=http://…");
        }
        report.header("service: " + settings.service + " (already running), its node " + settings.elasticsearch);
        if (settings.imports) {
            upload(report, coordinator(settings, settings.service), bankFiles(settings).csv(), "CSV", null);
        }
        load(settings, settings.service, settings.elasticsearch, report);
    }

    /**
     * The .xlsx into one fresh service, the CSV into another; the load runs on the CSV's. Should
     * the whole CSV fail (the heap), a third fresh service imports it in parts, one after the other,
     * so the load still runs on the whole bank, and that import is reported as such.
     */
    private static void againstStartedServices(Settings settings, LoadReport report) throws Exception {
        Path jar = settings.jar();
        Path work = Files.createDirectories(settings.target().resolve("load"));
        report.header("service: " + jar + " started by the harness, a fresh embedded node each time, auditing on");
        BankFiles files = settings.imports ? bankFiles(settings) : null;
        if (settings.imports) {
            try (ServiceProcess service = startService(settings, jar, work, "service-xlsx")) {
                upload(report, coordinator(settings, service.uri()), files.xlsx(), ".xlsx", service);
            } finally {
                ServiceProcess.deleteQuietly(work.resolve("service-xlsx-elasticsearch"));
            }
        }
        ServiceProcess service = startService(settings, jar, work, "service-csv");
        try {
            if (settings.imports && !upload(report, coordinator(settings, service.uri()), files.csv(), "CSV", service)) {
                service.close();
                service = startService(settings, jar, work, "service-csv-parts");
                uploadParts(report, coordinator(settings, service.uri()), files.csvParts(), service);
            }
            load(settings, service.uri(), service.elasticsearch(), report);
            service.peakResidentMb().ifPresent(mb -> report.note("The service's peak resident memory over its run (CSV "
                    + "import and load): " + mb + " MB (-Xmx" + settings.heap + ")."));
        } finally {
            service.close();
            ServiceProcess.deleteQuietly(work.resolve("service-csv-elasticsearch"));
            ServiceProcess.deleteQuietly(work.resolve("service-csv-parts-elasticsearch"));
        }
    }

    /** One import; a failed one (an error answer, the heap run out) is reported and the run goes on. Returns whether it worked. */
    private static boolean upload(LoadReport report, BrowserSession coordinator, Path file, String format, ServiceProcess service) {
        try {
            report.add(ImportRun.upload(coordinator, file, format, contentType(file), service));
            return true;
        } catch (Exception e) {
            report.fail("the " + format + " import: " + e.getMessage());
            return false;
        }
    }

    private static void uploadParts(LoadReport report, BrowserSession coordinator, List<Path> parts, ServiceProcess service)
            throws Exception {
        List<ImportRun> runs = new ArrayList<>();
        for (Path part : parts) {
            runs.add(ImportRun.upload(coordinator, part, "CSV part", contentType(part), service));
        }
        report.add(ImportRun.combined("CSV in " + parts.size() + " files, one after the other", runs,
                service.peakResidentMb().orElse(null)));
    }

    private static String contentType(Path file) {
        return file.toString().endsWith(".csv") ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    private static ServiceProcess startService(Settings settings, Path jar, Path work, String name) throws Exception {
        long started = System.nanoTime();
        ServiceProcess service = ServiceProcess.start(jar, settings.heap, work, name);
        boolean quiet = service.awaitQuiet(Duration.ofMinutes(5));
        System.out.printf("%s: ready at %s (pid %d) after %.0f s%s%n", name, service.uri(), service.pid(),
                (System.nanoTime() - started) / 1e9, quiet ? ", its start-up work done" : ", still busy after 5 minutes");
        return service;
    }

    /** The bank's files: whole as CSV and .xlsx, and the CSV in parts. */
    record BankFiles(Path csv, Path xlsx, List<Path> csvParts) {
    }

    /** The bank as CSV (whole and in parts) and as .xlsx, written once per size and kept in target/load for the next run. */
    private static BankFiles bankFiles(Settings settings) throws Exception {
        Path folder = Files.createDirectories(settings.target().resolve("load"));
        String name = "bank-" + settings.slots;
        Path csv = folder.resolve(name + ".csv");
        Path xlsx = folder.resolve(name + ".xlsx");
        int partCount = (settings.slots + settings.partRows - 1) / settings.partRows;
        List<Path> parts = new ArrayList<>();
        for (int i = 1; i <= partCount; i++) {
            parts.add(folder.resolve(name + "-part" + i + ".csv"));
        }
        if (!Files.exists(csv) || !Files.exists(xlsx) || !parts.stream().allMatch(Files::exists)) {
            long started = System.nanoTime();
            DemoBank bank = new DemoBankGenerator(ReferenceData.loadFromClasspath())
                    .generate(SEED, settings.employers(), settings.slots, LocalDate.now());
            BankSheet sheet = new BankSheet(bank);
            sheet.writeCsv(csv);
            sheet.writeXlsx(xlsx);
            parts = sheet.writeCsvParts(folder, name, settings.partRows);
            System.out.printf("Bank written: %,d rows, %s (%.1f MB), %s (%.1f MB) and %d parts in %.0f s%n", sheet.rowCount(), csv,
                    Files.size(csv) / 1e6, xlsx, Files.size(xlsx) / 1e6, parts.size(), (System.nanoTime() - started) / 1e9);
        }
        return new BankFiles(csv, xlsx, parts);
    }

    /** Suggestions through the service, one user and then many; the bare query as the reference. */
    private static void load(Settings settings, URI service, URI node, LoadReport report) throws Exception {
        try (BareCandidateQuery bare = new BareCandidateQuery(node)) {
            List<Participant> participants = bare.participants();
            if (participants.isEmpty()) {
                throw new IllegalStateException("The service holds no participants: is the demo on?");
            }
            List<String> ids = participants.stream().map(Participant::id).toList();
            List<String> bodies = participants.stream().map(bare::body).toList();
            report.header(String.format(Locale.ROOT, "the node's merges after the import done (waited %.0f s) before any load",
                    bare.awaitMergesDone(Duration.ofMinutes(10)).toMillis() / 1000.0));
            report.header(String.format(Locale.ROOT, "participants: the %d the service holds that have not exited (the demo's, "
                    + "Eskilstuna and Strängnäs), each asked for in turn", ids.size()));

            BrowserSession one = coordinator(settings, service);
            Measured single = ClosedLoop.sequential("suggestions, one user", n -> suggest(one, ids.get(n % ids.size())),
                    SEQUENTIAL_WARM_UP, settings.requests);
            report.add(single);
            System.out.printf("One user: p95 %.1f ms, %.1f /s%n", single.percentileMs(95), single.throughput());

            List<BrowserSession> sessions = new ArrayList<>();
            for (int u = 0; u < settings.users; u++) {
                sessions.add(coordinator(settings, service));
            }
            int users = settings.users;
            Measured many = ClosedLoop.concurrent("suggestions, " + users + " users (a session each)",
                    u -> n -> suggest(sessions.get(u), ids.get((u + n * users) % ids.size())), users, settings.warmUp,
                    settings.duration);
            report.add(many);
            System.out.printf("%d users: p95 %.1f ms, %.1f /s%n", users, many.percentileMs(95), many.throughput());

            Measured reference = ClosedLoop.concurrent("bare first-page candidate search to the node, " + users + " clients",
                    u -> n -> bare.send(bodies.get((u + n * users) % bodies.size())), users, settings.warmUp, settings.duration);
            report.add(reference);
            System.out.printf("Bare query: p95 %.1f ms, %.1f /s%n", reference.percentileMs(95), reference.throughput());

            report.note(String.format(Locale.ROOT, "Suggestions at %d users reach **%.0f %%** of the bare candidate search's "
                    + "saturation throughput (%.1f against %.1f /s; target ≥ 80 %%). One user's p95: **%.1f ms** (target ≤ 50 ms).",
                    users, 100 * many.throughput() / reference.throughput(), many.throughput(), reference.throughput(),
                    single.percentileMs(95)));
        }
    }

    private static int suggest(BrowserSession session, String participant) {
        return session.getJson("/api/participants/" + participant + "/suggestions").statusCode();
    }

    /**
     * A coordinator's session. The demo's accounts are made at the first start, right before the
     * service reports ready; a sign-in refused then is tried again for a while.
     */
    private static BrowserSession coordinator(Settings settings, URI service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                return BrowserSession.signIn(service, settings.coordinator, settings.password);
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(2_000);
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " (1 min)";
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The run's settings, from system properties. */
    record Settings(int slots, int partRows, String heap, int requests, int users, Duration warmUp, Duration duration,
            boolean imports, String jarPath, URI service, URI elasticsearch, String coordinator, String password) {

        static Settings fromSystemProperties() {
            String service = System.getProperty("service");
            String node = System.getProperty("elasticsearch");
            return new Settings(Integer.getInteger("slots", 100_000), Integer.getInteger("partRows", 25_000),
                    System.getProperty("heap", "512m"),
                    Integer.getInteger("requests", 500), Integer.getInteger("users", 50),
                    Duration.ofSeconds(Integer.getInteger("warmup", 15)), Duration.ofSeconds(Integer.getInteger("duration", 60)),
                    Boolean.parseBoolean(System.getProperty("imports", "true")), System.getProperty("jar"),
                    service == null ? null : URI.create(service), node == null ? null : URI.create(node),
                    System.getProperty("coordinator", "samordnare@tuna.example"), System.getProperty("password", "tuna-demo-2026"));
        }

        int employers() {
            return Math.max(150, slots / 5);
        }

        /** The benchmarks module's target folder, whether run from the module or the project's root. */
        Path target() {
            return Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks", "target") : Path.of("target");
        }

        Path reportFile() {
            return target().resolve("load-report.md");
        }

        Path jar() {
            Path jar = jarPath != null ? Path.of(jarPath)
                    : Files.isDirectory(Path.of("web")) ? Path.of("web/target/tuna-web.jar") : Path.of("../web/target/tuna-web.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -o -DskipTests package");
            }
            return jar;
        }
    }
}
