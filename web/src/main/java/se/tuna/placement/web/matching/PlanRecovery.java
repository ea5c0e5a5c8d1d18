package se.tuna.placement.web.matching;

import org.springframework.stereotype.Component;
import se.tuna.placement.matcher.plan.PlanService;
import se.tuna.placement.web.startup.StorageStartup;

/**
 * Once the indices are ready at start, marks the plans that were being made when the service
 * stopped as interrupted: their solves died with the process. Finished plans need nothing: they
 * are read and decided from the store.
 */
@Component
class PlanRecovery implements StorageStartup.FirstStartTask {

    private final PlanService plans;

    PlanRecovery(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void run() {
        plans.recoverAfterRestart();
    }
}
