package se.tuna.placement.web.followup;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.followup.planning.FollowUpPlanning;
import se.tuna.placement.followup.planning.PlanRun;
import se.tuna.placement.followup.planning.SiteCoaches;
import se.tuna.placement.web.startup.RecurringRun;
import se.tuna.placement.web.startup.StorageStartup;

/**
 * Follow-up plans, one at a time on a thread of their own (solving takes a core for seconds; the
 * machine has two): every site with coaches is planned again once the indices are ready and every
 * {@code tuna.follow-up.replan-every} (six hours), so visits the lifecycle calls for get a time
 * without anyone asking; plans people ask for take their turn between.
 */
@Component
@Order(20)
class FollowUpPlanRuns implements StorageStartup.FirstStartTask {

    private static final Logger log = LoggerFactory.getLogger(FollowUpPlanRuns.class);

    private final FollowUpPlanning planning;
    private final SiteCoaches coaches;
    private final ReferenceData reference;
    private final RecurringRun runs;

    FollowUpPlanRuns(FollowUpPlanning planning, SiteCoaches coaches, ReferenceData reference,
            @Value("${tuna.follow-up.replan-every:6h}") Duration every) {
        this.planning = planning;
        this.coaches = coaches;
        this.reference = reference;
        this.runs = new RecurringRun("follow-up-plans", every, this::planEverySite);
    }

    @Override
    public void run() {
        runs.start();
    }

    /** Runs a plan someone asked for, after any plan under way. */
    <T> Mono<T> call(Callable<T> plan) {
        return runs.inTurn(plan);
    }

    private void planEverySite() {
        for (ProgrammeSite site : reference.sites().all()) {
            if (!coaches.coachesAt(site.id()).isEmpty()) {
                PlanRun run = planning.planInBackground(site.id());
                log.info("Follow-up of {} planned: {} visits, {} unplanned, {} moved, in {} ms", site.id(), run.planned(),
                        run.unplanned().size(), run.moves().size(), run.took().toMillis());
            }
        }
    }

    @PreDestroy
    void stop() {
        runs.close();
    }
}
