package se.tuna.placement.benchmarks.load;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
        HttpResponse<String> answer = coordinator.upload("/api/imports", file, contentType);
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
