package se.tuna.placement.web.startup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.retention.Anonymisation;

/**
 * Anonymises the data of participants whose last stint ended longer ago than the retention period
 * ({@code tuna.retention.after-exit}): once the indices are ready, then every
 * {@code tuna.retention.every} (six hours by default).
 */
@Component
class AnonymisationRuns implements StorageStartup.FirstStartTask {

    private final RecurringRun runs;

    AnonymisationRuns(Anonymisation anonymisation, Clock clock, @Value("${tuna.retention.every:6h}") Duration every) {
        this.runs = new RecurringRun("anonymisation", every,
                () -> anonymisation.anonymiseDue(LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE))));
    }

    @Override
    public void run() {
        runs.start();
    }

    @PreDestroy
    void stop() {
        runs.close();
    }
}
