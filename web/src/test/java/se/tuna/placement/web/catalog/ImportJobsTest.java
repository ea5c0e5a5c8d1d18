package se.tuna.placement.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.MutableClock;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportReport;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.catalog.importer.SheetFile;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportJobResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportReportResponse;

/**
 * The jobs themselves, with imports that fail or wait as the bank's seldom do: however an import ends, its job
 * ends and its file is deleted; a finished job keeps a bounded report for an hour; a coordinator has at most
 * two imports under way.
 */
class ImportJobsTest {

    private static final CatalogApiMapper MAPPER = new CatalogApiMapperImpl(new ReferenceNames(ReferenceData.loadFromClasspath()));

    private final MutableClock clock = MutableClock.now();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<ImportJobs> started = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        started.forEach(ImportJobs::stop);
    }

    @Test
    void anErrorInTheImportEndsTheJobAsFailedWithAProblemAndDeletesItsFile() throws Exception {
        ImportJobs jobs = jobs((file, mode, progress) -> {
            throw new StackOverflowError("deep");
        });
        SheetFile file = SheetFile.create();

        ImportJob job = jobs.start("coordinator", file, ImportMode.STORE);

        await(() -> job.response().state().equals("FAILED"));
        ImportJobResponse failed = job.response();
        assertThat(failed.problem()).isEqualTo(ImportJob.STOPPED);
        assertThat(failed.report()).isNull();
        assertThat(job.refusal()).as("not the file's fault: answered 200 FAILED, not 422").isNull();
        assertThat(Files.exists(file.path())).isFalse();
        ImportJobController controller = new ImportJobController(jobs);
        assertThat(controller.progress(actor("coordinator"), job.id()).block().state()).isEqualTo("FAILED");

        CompletableFuture<ImportReportResponse> plain = jobs.importNow("coordinator", SheetFile.create(), ImportMode.STORE);
        assertThatThrownBy(() -> plain.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFinishedJobKeepsTheFirstThousandErrorsWithTheirCountWhileThePlainImportAnswersThemAll() throws Exception {
        List<RowError> errors = IntStream.rangeClosed(2, 1_501).mapToObj(row -> new RowError(row, "titel", "must not be blank")).toList();
        ImportJobs jobs = jobs((file, mode, progress) -> new ImportReport(mode, 1_500, 0, 0, 0, 0, 0, 0, errors, List.of()));

        ImportJob job = jobs.start("coordinator", SheetFile.create(), ImportMode.DRY_RUN);
        await(() -> job.response().state().equals("DONE"));
        ImportReportResponse kept = job.response().report();
        ImportReportResponse whole = jobs.importNow("coordinator", SheetFile.create(), ImportMode.DRY_RUN).get(5, TimeUnit.SECONDS);

        assertThat(kept.errors()).hasSize(ImportJobs.MOST_ERRORS_KEPT).first().extracting(RowErrorResponse -> RowErrorResponse.row()).isEqualTo(2);
        assertThat(kept.errorCount()).isEqualTo(1_500);
        assertThat(kept.rowsRefused()).isEqualTo(1_500);
        assertThat(whole.errors()).hasSize(1_500);
        assertThat(whole.errorCount()).isEqualTo(1_500);
    }

    @Test
    void aJobFinishedOverAnHourAgoIsForgottenWhenAskedFor() {
        ImportJobs jobs = jobs((file, mode, progress) -> new ImportReport(mode, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of()));
        ImportJob job = jobs.start("coordinator", SheetFile.create(), ImportMode.DRY_RUN);
        await(() -> job.finishedAt() != null);
        assertThat(job.response().state()).as(String.valueOf(job.failure())).isEqualTo("DONE");

        clock.advance(ImportJobs.KEPT.minusMinutes(1));
        assertThat(jobs.get("coordinator", job.id())).isSameAs(job);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> jobs.get("coordinator", job.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void filesOfJobsStillWaitingAtShutdownAreDeletedAndRunningOnesEnd() {
        CountDownLatch running = new CountDownLatch(2);
        ImportJobs jobs = jobs(waitingForRelease(running));
        List<SheetFile> files = IntStream.range(0, 5).mapToObj(i -> SheetFile.create()).toList();
        List<ImportJob> all = IntStream.range(0, 5).mapToObj(i -> jobs.start("coordinator-" + i, files.get(i), ImportMode.STORE)).toList();
        await(() -> running.getCount() == 0);

        jobs.stop();

        assertThat(files.subList(2, 5)).as("waiting").allSatisfy(file -> assertThat(Files.exists(file.path())).isFalse());
        await(() -> files.stream().noneMatch(file -> Files.exists(file.path())));
        await(() -> all.stream().allMatch(job -> job.response().state().equals("FAILED")));
    }

    @Test
    void aThirdUnfinishedImportOfOneCoordinatorIsRefusedAndItsFileDeleted() {
        ImportJobs jobs = jobs(waitingForRelease(new CountDownLatch(2)));
        jobs.start("coordinator", SheetFile.create(), ImportMode.STORE);
        jobs.importNow("coordinator", SheetFile.create(), ImportMode.STORE);
        SheetFile third = SheetFile.create();

        assertThatThrownBy(() -> jobs.start("coordinator", third, ImportMode.DRY_RUN)).isInstanceOfSatisfying(ResponseStatusException.class,
                refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        assertThat(Files.exists(third.path())).isFalse();
        assertThat(jobs.start("another-coordinator", SheetFile.create(), ImportMode.DRY_RUN)).isNotNull();
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private ImportJobs jobs(ImportJobs.Importer importer) {
        ImportJobs jobs = new ImportJobs(importer, MAPPER, clock);
        started.add(jobs);
        return jobs;
    }

    /** An import that runs until the test ends, or until it is interrupted. */
    private ImportJobs.Importer waitingForRelease(CountDownLatch running) {
        return (file, mode, progress) -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            return new ImportReport(mode, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
        };
    }

    private static Actor actor(String accountId) {
        return new Actor(accountId, "Samordnare", Set.of(Role.COORDINATOR), Set.of(), null);
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited ten seconds").isLessThan(until);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

}
