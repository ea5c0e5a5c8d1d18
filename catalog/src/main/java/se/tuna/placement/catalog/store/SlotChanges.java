package se.tuna.placement.catalog.store;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;

/**
 * Changes a stored slot safely under concurrency: read it, apply a change, write it only if
 * nobody wrote in between, and on a clash start over from a fresh read after a short random
 * pause. A change is a function of the slot as it is now, so re-applying it never loses what
 * another writer did (an employer's edit and a booking can both land, in either order).
 */
public class SlotChanges {

    private static final Logger log = LoggerFactory.getLogger(SlotChanges.class);
    private static final int MAX_ATTEMPTS = 200;

    private final SlotRepository slots;
    private final Clock clock;

    public SlotChanges(SlotRepository slots, Clock clock) {
        this.slots = slots;
        this.clock = clock;
    }

    /**
     * What a change does.
     *
     * @param slot         the slot to write, or {@code null} to write nothing
     * @param employerName a new employer name to store with it, or {@code null} to keep it
     * @param value        what to return to the caller
     * @param <R>          the result type
     */
    public record Change<R>(TrainingSlot slot, String employerName, R value) {

        public static <R> Change<R> write(TrainingSlot slot, R value) {
            return new Change<>(slot, null, value);
        }

        public static <R> Change<R> nothing(R value) {
            return new Change<>(null, null, value);
        }
    }

    /** Applies {@code change} to the current slot; {@code visibleToSearchAtOnce} waits for a refresh. */
    public <R> R apply(String slotId, boolean visibleToSearchAtOnce, Function<StoredSlot, Change<R>> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<StoredSlot> read = slots.find(slotId).orElseThrow(() -> new NotFoundException("training slot", slotId));
            Change<R> result = change.apply(read.value());
            if (result.slot() == null) {
                return result.value();
            }
            SlotIndexing was = read.value().indexing();
            SlotIndexing indexing = new SlotIndexing(result.employerName() == null ? was.employerName() : result.employerName(),
                    was.importKey(), was.createdAt(), clock.instant());
            try {
                slots.replace(result.slot(), indexing, read, visibleToSearchAtOnce);
                return result.value();
            } catch (VersionConflictException conflict) {
                pause(attempt);
            }
        }
        log.warn("Gave up changing slot {} after {} clashing attempts", slotId, MAX_ATTEMPTS);
        throw new ConflictException("The training slot " + slotId + " is being changed by many at once; try again");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 20) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("Interrupted while changing a training slot");
        }
    }
}
