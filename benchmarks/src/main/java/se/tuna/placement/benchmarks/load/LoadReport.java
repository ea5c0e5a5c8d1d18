package se.tuna.placement.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.tuna.placement.benchmarks.load.ClosedLoop.Measured;

/** The run's figures as one markdown report: printed, and written to {@code target/load-report.md}. */
final class LoadReport {

    private final List<String> header = new ArrayList<>();
    private final List<ImportRun> imports = new ArrayList<>();
    private final List<Measured> loads = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    void add(ImportRun run) {
        imports.add(run);
    }

    void add(Measured measured) {
        loads.add(measured);
    }

    void note(String line) {
        notes.add(line);
    }

    /** Something that went wrong: noted in the report, and the run fails. */
    void fail(String line) {
        failures.add(line);
        notes.add("**Failed:** " + line);
    }

    boolean failed() {
        return !failures.isEmpty() || loads.stream().anyMatch(m -> m.errorCount() > 0);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Load over HTTP\n\n");
        header.forEach(line -> out.append("- ").append(line).append('\n'));
        if (!imports.isEmpty()) {
            out.append("\n| import over HTTP (`POST /api/imports`) | file | wall time | slots created | **slots/s** | rows read, refused "
                    + "| employers created, updated | slots updated, unchanged | service's peak RSS |\n|---|---|---|---|---|---|---|---|---|\n");
            for (ImportRun run : imports) {
                out.append(String.format(Locale.ROOT, "| %s | %.1f MB | %.1f s | %,d | **%,.0f** | %,d, %,d | %,d, %,d | %,d, %,d | %s |%n",
                        run.format(), run.fileBytes() / 1e6, run.seconds(), run.slotsCreated(), run.slotsPerSecond(), run.rowsRead(),
                        run.rowsRefused(), run.employersCreated(), run.employersUpdated(), run.slotsUpdated(), run.slotsUnchanged(),
                        run.peakResidentMb() == null ? "—" : run.peakResidentMb() + " MB"));
            }
        }
        if (!loads.isEmpty()) {
            out.append("\n| load | users | requests | p50 | **p95** | p99 | max | **throughput** | errors |\n|---|---|---|---|---|---|---|---|---|\n");
            for (Measured m : loads) {
                out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %.1f ms | **%.1f ms** | %.1f ms | %.1f ms | **%.1f /s** | %s |%n",
                        m.what(), m.users(), m.requests(), m.percentileMs(50), m.percentileMs(95), m.percentileMs(99),
                        m.latencies().getMaxValue() / 1000.0, m.throughput(), errors(m)));
            }
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(line -> out.append(line).append("\n\n"));
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
    }

    private static String errors(Measured m) {
        if (m.errorCount() == 0) {
            return "0";
        }
        return m.errors().entrySet().stream().map(e -> e.getValue().get() + "× " + e.getKey()).collect(Collectors.joining(", "));
    }
}
