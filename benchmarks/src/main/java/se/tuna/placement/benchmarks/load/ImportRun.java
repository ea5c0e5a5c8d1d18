package se.tuna.placement.benchmarks.load;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One upload of the bank to the synchronous import ({@code POST /api/imports}), timed from the
 * first byte sent to the report read: slots/s is the slots created over that wall time.
 */
record ImportRun(String format, long fileBytes, double seconds, int rowsRead, int rowsRefused, int employersCreated,
        int employersUpdated, int slotsCreated, int slotsUpdated, int slotsUnchanged, Long peakResidentMb, String firstError) {

    private static final Pattern FIRST_ERROR = Pattern.compile("\"errors\"\\s*:\\s*\\[\\s*(\\{[^}]*})");

    static ImportRun upload(BrowserSession coordinator, Path file, String format, String contentType, ServiceProcess service)
            throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> upload = coordinator.upload("/api/imports", file, contentType);
        HttpResponse<String> answer = null;
        while (answer == null) {
            try {
                answer = upload.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException stillImporting) {
                if (service != null && service.ranOutOfMemory()) {
                    upload.cancel(true);
                    throw new IllegalStateException(String.format(Locale.ROOT, "the service ran out of heap after %.0f s "
                            + "importing %s (%.1f MB); the request was never answered", (System.nanoTime() - started) / 1e9,
                            file.getFileName(), Files.size(file) / 1e6));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The " + format + " import answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(2_000, answer.body().length())));
        }
        String report = answer.body();
        Matcher error = FIRST_ERROR.matcher(report);
        return new ImportRun(format, Files.size(file), seconds, count(report, "rowsRead"), count(report, "rowsRefused"),
                count(report, "employersCreated"), count(report, "employersUpdated"), count(report, "slotsCreated"),
                count(report, "slotsUpdated"), count(report, "slotsUnchanged"),
                service == null ? null : service.peakResidentMb().orElse(null), error.find() ? error.group(1) : null);
    }

    /** Parts of one file imported one after the other, as one import: their counts and times added. */
    static ImportRun combined(String format, List<ImportRun> parts, Long peakResidentMb) {
        return new ImportRun(format, parts.stream().mapToLong(ImportRun::fileBytes).sum(),
                parts.stream().mapToDouble(ImportRun::seconds).sum(), parts.stream().mapToInt(ImportRun::rowsRead).sum(),
                parts.stream().mapToInt(ImportRun::rowsRefused).sum(), parts.stream().mapToInt(ImportRun::employersCreated).sum(),
                parts.stream().mapToInt(ImportRun::employersUpdated).sum(), parts.stream().mapToInt(ImportRun::slotsCreated).sum(),
                parts.stream().mapToInt(ImportRun::slotsUpdated).sum(), parts.stream().mapToInt(ImportRun::slotsUnchanged).sum(),
                peakResidentMb, parts.stream().map(ImportRun::firstError).filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    double slotsPerSecond() {
        return slotsCreated / seconds;
    }

    private static int count(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("The import's report has no " + field);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
