package se.tuna.placement.web.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportReport;
import se.tuna.placement.catalog.importer.ImportProgress;
import se.tuna.placement.catalog.importer.SheetFile;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportReportResponse;

/**
 * Bank imports run in the background, so a coordinator's page can show a progress bar while a large file is
 * read, checked and stored. They run on a small pool of their own (never on the event loop, nor on the pool
 * of ordinary blocking calls, which an hour-long import would hold), a few at a time with a few waiting; more
 * are refused (429), and so is a third unfinished import of one coordinator. The import answered at once
 * (POST /api/imports) runs on the same pool, so no more imports hold rows in memory than the pool allows. A
 * job is kept in memory for an hour after it finishes, for its owner alone, with the first errors of its
 * report only; a restart forgets it, as nothing of it is needed once its report has been read.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** How long a finished job's report can be read. */
    static final Duration KEPT = Duration.ofHours(1);
    /** Jobs kept at most, finished or not; the oldest finished go first. */
    static final int MOST_KEPT = 200;
    /** Row errors kept in a finished job's report: what the import page shows at most (MOST_ROWS_SHOWN in import.js). */
    static final int MOST_ERRORS_KEPT = 1_000;
    /** Unfinished imports one coordinator may have at once, waiting or running. */
    static final int MOST_UNFINISHED_PER_OWNER = 2;
    /** Imports at once: the node's write threads, not the service's, are what an import waits on. */
    private static final int WORKERS = 2;
    private static final int WAITING = 8;

    /** What runs an import: the bank's, or in a test one that fails as a real one seldom does. */
    @FunctionalInterface
    interface Importer {
        ImportReport importSheet(Path file, ImportMode mode, ImportProgress.Listener progress);
    }

    private final Importer importer;
    private final CatalogApiMapper mapper;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;

    @Autowired
    ImportJobs(BankImport bankImport, CatalogApiMapper mapper, Clock clock) {
        this(bankImport::importSheet, mapper, clock);
    }

    ImportJobs(Importer importer, CatalogApiMapper mapper, Clock clock) {
        this.importer = importer;
        this.mapper = mapper;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), task -> {
            Thread thread = new Thread(task, "bank-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** Starts importing the file in the background, which the job owns from now on (and deletes when done). */
    ImportJob start(String owner, SheetFile file, ImportMode mode) {
        return submit(owner, file, mode, null);
    }

    /**
     * Imports the file on the jobs' pool and answers with its whole report, or fails as the import failed; the
     * job is not kept once it ends, as no one asks for it by its id.
     */
    CompletableFuture<ImportReportResponse> importNow(String owner, SheetFile file, ImportMode mode) {
        CompletableFuture<ImportReportResponse> answer = new CompletableFuture<>();
        submit(owner, file, mode, answer);
        return answer;
    }

    private synchronized ImportJob submit(String owner, SheetFile file, ImportMode mode, CompletableFuture<ImportReportResponse> answer) {
        forgetFinished();
        if (jobs.size() >= MOST_KEPT) {
            file.close();
            throw busy();
        }
        if (jobs.values().stream().filter(job -> job.finishedAt() == null && job.isOwnedBy(owner)).count() >= MOST_UNFINISHED_PER_OWNER) {
            file.close();
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "You already have " + MOST_UNFINISHED_PER_OWNER + " imports under way; wait for one of them to finish");
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, mode);
        jobs.put(job.id(), job);
        try {
            workers.execute(new Task(job, file, answer));
        } catch (RejectedExecutionException full) {
            jobs.remove(job.id());
            file.close();
            throw busy();
        }
        return job;
    }

    /** The job, if {@code owner} started it; anyone else is told it does not exist, and so is one kept too long. */
    ImportJob get(String owner, String id) {
        forgetExpired();
        ImportJob job = jobs.get(id);
        if (job == null || !job.isOwnedBy(owner)) {
            throw new NotFoundException("import job", id);
        }
        return job;
    }

    /** One job's import with its file, kept together so that a job still waiting at shutdown has its file deleted. */
    private final class Task implements Runnable {

        private final ImportJob job;
        private final SheetFile file;
        private final CompletableFuture<ImportReportResponse> answer;

        Task(ImportJob job, SheetFile file, CompletableFuture<ImportReportResponse> answer) {
            this.job = job;
            this.file = file;
            this.answer = answer;
        }

        @Override
        public void run() {
            try (file) {
                job.progress(new ImportProgress(ImportProgress.Phase.READING, 0, 0));
                ImportReportResponse report = mapper.toResponse(importer.importSheet(file.path(), job.mode(), job::progress));
                job.done(report.withFirstErrors(MOST_ERRORS_KEPT), clock.instant());
                answered(report, null);
            } catch (InvalidInputException refused) {
                job.failed(refused, clock.instant());
                answered(null, refused);
            } catch (Throwable e) {
                // Whatever it was, the job has ended: left RUNNING, its page would ask for it for ever. The log names
                // the job and the kind of failure only; the failure's message may quote the file.
                log.error("Import job {} failed: {} at {}", job.id(), e.getClass().getName(),
                        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
                job.failed(e, clock.instant());
                answered(null, e instanceof RuntimeException runtime ? runtime : new IllegalStateException("the import failed"));
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
            }
        }

        private void answered(ImportReportResponse report, RuntimeException failure) {
            if (answer == null) {
                return;
            }
            jobs.remove(job.id());
            if (failure == null) {
                answer.complete(report);
            } else {
                answer.completeExceptionally(failure);
            }
        }

        void abandon() {
            file.close();
            job.failed(new IllegalStateException("the service stopped before the import began"), clock.instant());
            if (answer != null) {
                answer.completeExceptionally(new IllegalStateException("the service stopped before the import began"));
            }
        }
    }

    /** Drops jobs finished more than {@link #KEPT} ago. */
    private void forgetExpired() {
        Instant expired = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(expired));
    }

    /** Drops the expired jobs, then the oldest finished while too many are kept. */
    private void forgetFinished() {
        forgetExpired();
        while (jobs.size() >= MOST_KEPT) {
            ImportJob oldest = jobs.values().stream().filter(job -> job.finishedAt() != null)
                    .min(Comparator.comparing(ImportJob::finishedAt)).orElse(null);
            if (oldest == null) {
                return;
            }
            jobs.remove(oldest.id());
        }
    }

    private static ResponseStatusException busy() {
        return new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "Too many imports are running; try again in a minute");
    }

    /**
     * Interrupts the running imports, which delete their files as they end, and deletes the files of those still
     * waiting, which would otherwise stay on disk with their personal data.
     */
    @PreDestroy
    void stop() {
        for (Runnable waiting : workers.shutdownNow()) {
            if (waiting instanceof Task task) {
                task.abandon();
            }
        }
    }
}
