package se.tuna.placement.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.reports.status.StatusReports;
import se.tuna.placement.reports.sus.SusExits;

/**
 * The reports' beans. The application supplies the participants' repositories (see
 * {@code ParticipantsConfiguration}); the reports read them and store nothing of their own yet.
 */
@Configuration(proxyBeanMethods = false)
public class ReportsConfiguration {

    @Bean
    StatusReports statusReports(StintRepository stints, ParticipantRepository participants, PlacementRepository placements) {
        return new StatusReports(stints, participants, placements);
    }

    @Bean
    SusExits susExits(StintRepository stints) {
        return new SusExits(stints);
    }
}
