package se.tuna.placement.web.startup;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import se.tuna.placement.catalog.error.StoreUnavailableException;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexSet;

/**
 * Makes sure every index exists at its current mapping version once the service is up, then runs
 * the first-start tasks (the demo bank). When Elasticsearch cannot be reached yet, the service
 * still starts, answers 503 meanwhile, and keeps trying every few seconds until it can.
 */
@Component
public class StorageStartup {

    private static final Logger log = LoggerFactory.getLogger(StorageStartup.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final IndexManager indices;
    private final List<IndexDefinition> definitions;
    private final List<FirstStartTask> firstStartTasks;

    public StorageStartup(IndexManager indices, List<IndexSet> indexSets, List<FirstStartTask> firstStartTasks) {
        this.indices = indices;
        this.definitions = indexSets.stream().flatMap(set -> set.indices().stream()).toList();
        this.firstStartTasks = firstStartTasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void prepareStorage() {
        if (!tryPrepare()) {
            Flux.interval(RETRY_EVERY, RETRY_EVERY, Schedulers.boundedElastic())
                    .takeUntil(tick -> tryPrepare())
                    .subscribe();
        }
    }

    private boolean tryPrepare() {
        try {
            indices.ensure(definitions);
            firstStartTasks.forEach(FirstStartTask::run);
            return true;
        } catch (StoreUnavailableException e) {
            log.warn("Elasticsearch is not reachable yet ({}); trying again in {} s", e.getMessage(), RETRY_EVERY.toSeconds());
            return false;
        } catch (RuntimeException e) {
            log.error("Preparing the indices failed; trying again in {} s", RETRY_EVERY.toSeconds(), e);
            return false;
        }
    }

    /** Something to do once the indices exist, e.g. load the demo bank into an empty node. */
    @FunctionalInterface
    public interface FirstStartTask {
        void run();
    }
}
