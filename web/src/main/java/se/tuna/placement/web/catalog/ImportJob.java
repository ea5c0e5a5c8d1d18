package se.tuna.placement.web.catalog;

import java.time.Instant;

import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportProgress;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportJobProblem;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportJobResponse;
import se.tuna.placement.web.catalog.CatalogPayloads.ImportReportResponse;

/**
 * One bank import running in the background (importjobb): whose it is, how far it has come, and its report or
 * why it failed. Written by its worker, read by requests; each field is replaced whole, so a reader sees a
 * consistent state.
 */
final class ImportJob {

    /** Where a job is. */
    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What a coordinator is told of a job that failed for a reason not in the file: nothing of the failure itself. */
    static final ImportJobProblem STOPPED = new ImportJobProblem("The import stopped",
            "The import stopped because of an error in the service. What was stored before it stopped stays stored; "
                    + "import the file again to see the result (nothing is duplicated).");

    private final String id;
    private final String owner;
    private final ImportMode mode;
    private volatile State state = State.QUEUED;
    private volatile ImportProgress progress;
    private volatile ImportReportResponse report;
    private volatile Throwable failure;
    private volatile Instant finishedAt;

    ImportJob(String id, String owner, ImportMode mode) {
        this.id = id;
        this.owner = owner;
        this.mode = mode;
    }

    String id() {
        return id;
    }

    ImportMode mode() {
        return mode;
    }

    boolean isOwnedBy(String accountId) {
        return owner.equals(accountId);
    }

    void progress(ImportProgress now) {
        progress = now;
        state = State.RUNNING;
    }

    void done(ImportReportResponse finished, Instant at) {
        report = finished;
        finishedAt = at;
        state = State.DONE;
    }

    void failed(Throwable why, Instant at) {
        failure = why;
        finishedAt = at;
        state = State.FAILED;
    }

    String owner() {
        return owner;
    }

    /** When it finished, or {@code null} while it runs. */
    Instant finishedAt() {
        return finishedAt;
    }

    /** The file was refused, answered as the synchronous import answers it (422); {@code null} otherwise. */
    InvalidInputException refusal() {
        return failure instanceof InvalidInputException refused ? refused : null;
    }

    /** Why it failed; {@code null} unless {@link State#FAILED}. */
    Throwable failure() {
        return failure;
    }

    ImportJobResponse response() {
        ImportProgress now = progress;
        State current = state;
        return new ImportJobResponse(id, current.name(), mode == ImportMode.DRY_RUN, now == null ? null : now.phase().name(),
                now == null ? 0 : now.done(), now == null ? 0 : now.total(), current == State.DONE ? report : null,
                current == State.FAILED && refusal() == null ? STOPPED : null);
    }
}
