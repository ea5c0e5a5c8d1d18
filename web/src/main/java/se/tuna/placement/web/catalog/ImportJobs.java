package se.tuna.placement.web.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportProgress;
import se.tuna.placement.catalog.importer.SheetFile;

/**
 * Bank imports run in the background, so a coordinator's page can show a progress bar while a large file is
 * read, checked and stored. They run on a small pool of their own (never on the event loop, nor on the pool
 * of ordinary blocking calls, which an hour-long import would hold), a few at a time with a few waiting; more
 * are refused (429). A job is kept in memory for an hour after it finishes, for its owner alone; a restart
 * forgets it, as nothing of it is needed once its report has been read.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** How long a finished job's report can be read. */
    static final Duration KEPT = Duration.ofHours(1);
    /** Jobs kept at most, finished or not; the oldest finished go first. */
    static final int MOST_KEPT = 200;
    /** Imports at once: the node's write threads, not the service's, are what an import waits on. */
    private static final int WORKERS = 2;
    private static final int WAITING = 8;

    private final BankImport bankImport;
    private final CatalogApiMapper mapper;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;

    ImportJobs(BankImport bankImport, CatalogApiMapper mapper, Clock clock) {
        this.bankImport = bankImport;
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

    /** Starts importing the file, which the job owns from now on (and deletes when done). */
    ImportJob start(String owner, SheetFile file, ImportMode mode) {
        forgetFinished();
        if (jobs.size() >= MOST_KEPT) {
            file.close();
            throw busy();
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, mode);
        jobs.put(job.id(), job);
        try {
            workers.execute(() -> run(job, file));
        } catch (RejectedExecutionException full) {
            jobs.remove(job.id());
            file.close();
            throw busy();
        }
        return job;
    }

    /** The job, if {@code owner} started it; anyone else is told it does not exist. */
    ImportJob get(String owner, String id) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.isOwnedBy(owner)) {
            throw new NotFoundException("import job", id);
        }
        return job;
    }

    private void run(ImportJob job, SheetFile file) {
        try (file) {
            job.progress(new ImportProgress(ImportProgress.Phase.READING, 0, 0));
            job.done(mapper.toResponse(bankImport.importSheet(file.path(), job.mode(), job::progress)), clock.instant());
        } catch (InvalidInputException refused) {
            job.failed(refused, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Import job {} failed", job.id(), e);
            job.failed(e, clock.instant());
        }
    }

    /** Drops jobs finished more than {@link #KEPT} ago, then the oldest finished while too many are kept. */
    private void forgetFinished() {
        Instant expired = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(expired));
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

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
