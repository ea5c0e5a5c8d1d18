package se.tuna.placement.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.web.BankFiles;
import se.tuna.placement.web.TestAccounts;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The bank import in the background: started with a file, followed as it reads, checks and stores, ending in
 * the same report as the import answered at once; seen by its starter alone; a refused file answered as the
 * plain import answers it.
 */
class ImportJobApiIntegrationTest extends WebIntegrationTest {

    private static final int ROWS = 3_000;
    private static final List<String> PHASES = List.of("READING", "CHECKING", "STORING");

    @Test
    void aJobReportsItsProgressInOrderAndEndsWithTheReportOfThePlainImport() {
        byte[] file = BankFiles.csv(ROWS, 7, 1_234);

        EntityExchangeResult<JsonNode> started = start(http, file, "platser.csv", false);
        String location = started.getResponseHeaders().getLocation().toString();
        JsonNode job = started.getResponseBody();
        assertThat(location).isEqualTo("/api/import-jobs/" + job.get("id").asString());
        assertThat(job.get("state").asString()).isIn("QUEUED", "RUNNING");
        assertThat(job.get("dryRun").asBoolean()).isFalse();

        List<JsonNode> seen = follow(http, location);
        JsonNode done = seen.get(seen.size() - 1);
        List<Integer> phases = seen.stream().filter(progress -> progress.hasNonNull("phase"))
                .map(progress -> PHASES.indexOf(progress.get("phase").asString())).toList();
        assertThat(phases).as("phases as they were seen").isSorted();
        assertThat(done.get("phase").asString()).isEqualTo("STORING");
        assertThat(done.get("total").asInt()).as("slots to store").isEqualTo(ROWS - 2);
        assertThat(done.get("done").asInt()).isEqualTo(ROWS - 2);
        for (JsonNode progress : seen) {
            assertThat(progress.get("done").asInt()).as("done within the total: " + progress)
                    .isLessThanOrEqualTo(progress.get("total").asInt() == 0 ? Integer.MAX_VALUE : progress.get("total").asInt());
        }

        JsonNode report = done.get("report");
        assertThat(report.get("dryRun").asBoolean()).isFalse();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(ROWS);
        assertThat(report.get("rowsRefused").asInt()).isEqualTo(2);
        assertThat(report.get("slotsCreated").asInt()).isEqualTo(ROWS - 2);
        assertThat(report.get("employersCreated").asInt()).isEqualTo(ROWS / 25);
        List<Integer> refusedRows = new ArrayList<>();
        report.get("errors").forEach(error -> refusedRows.add(error.get("row").asInt()));
        assertThat(refusedRows).containsExactly(7, 1_234);
        assertThat(report.get("errors").get(0).get("column").asString()).isEqualTo("timmar min");

        // The plain import answers when it is done, which for thousands of rows outlasts the client's usual 5 s.
        JsonNode again = http.mutate().responseTimeout(Duration.ofMinutes(2)).build().post().uri("/api/imports?dryRun=true").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, "platser.csv").build())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(again.get("slotsUnchanged").asInt()).as("the plain import finds the job's slots stored").isEqualTo(ROWS - 2);
        assertThat(again.get("errors").toString()).isEqualTo(report.get("errors").toString());
    }

    @Test
    void theSameBankAsXlsxAndAsCsvGivesTheSameReport() {
        List<List<String>> rows = BankFiles.rows(1_000, 30, 777);

        JsonNode fromXlsx = last(follow(http, locationOf(start(http, BankFiles.xlsx(rows), "platser.xlsx", true)))).get("report");
        JsonNode fromCsv = last(follow(http, locationOf(start(http, BankFiles.csv(rows), "platser.csv", true)))).get("report");

        assertThat(fromXlsx.get("rowsRead").asInt()).isEqualTo(1_000);
        assertThat(fromXlsx.get("slotsCreated").asInt()).isEqualTo(998);
        assertThat(fromXlsx.toString()).isEqualTo(fromCsv.toString());
    }

    @Test
    void aJobIsSeenByItsStarterAloneOthersAreToldItDoesNotExist() {
        String location = start(http, BankFiles.csv(10), "platser.csv", true).getResponseHeaders().getLocation().toString();
        WebTestClient otherCoordinator = as(people.staff("import-job-other", Set.of(Role.COORDINATOR), TestAccounts.ALL_SITES));

        otherCoordinator.get().uri(location).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/import-jobs/no-such-job").exchange().expectStatus().isNotFound();
        assertThat(follow(http, location)).last().satisfies(done -> assertThat(done.get("report").get("rowsRead").asInt()).isEqualTo(10));
    }

    @Test
    void aRefusedFileIsAnsweredAsThePlainImportAnswersIt() {
        byte[] notASheet = {0x25, 0x50, 0x44, 0x46, 0x2D, 0x00, 0x01, 0x02, 0x03};
        String location = start(http, notASheet, "platser.xlsx", true).getResponseHeaders().getLocation().toString();

        JsonNode refused = awaitRefusal(location);

        assertThat(refused.get("status").asInt()).isEqualTo(422);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(refused.get("errors").get(0).get("reason").asString()).contains("neither a CSV file nor an Excel workbook");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static EntityExchangeResult<JsonNode> start(WebTestClient client, byte[] file, String name, boolean dryRun) {
        return client.post().uri("/api/import-jobs" + (dryRun ? "?dryRun=true" : "")).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, name).build())).exchange()
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult();
    }

    private static String locationOf(EntityExchangeResult<JsonNode> started) {
        return started.getResponseHeaders().getLocation().toString();
    }

    private static JsonNode last(List<JsonNode> seen) {
        return seen.get(seen.size() - 1);
    }

    /** Every state seen until the job is done, the last one done. */
    private static List<JsonNode> follow(WebTestClient client, String location) {
        List<JsonNode> seen = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until) {
            JsonNode job = client.get().uri(location).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                    .returnResult().getResponseBody();
            seen.add(job);
            if (job.get("state").asString().equals("DONE")) {
                return seen;
            }
            pause();
        }
        throw new AssertionError("The import job was not done within two minutes: " + seen.get(seen.size() - 1));
    }

    private JsonNode awaitRefusal(String location) {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            EntityExchangeResult<JsonNode> answer = http.get().uri(location).exchange().expectBody(JsonNode.class).returnResult();
            if (answer.getStatus().value() != 200) {
                assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                return answer.getResponseBody();
            }
            pause();
        }
        throw new AssertionError("The refused import job still runs after a minute");
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static MultipartBodyBuilder upload(byte[] file, String name) {
        MultipartBodyBuilder multipart = new MultipartBodyBuilder();
        multipart.part("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return name;
            }
        }).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return multipart;
    }
}
