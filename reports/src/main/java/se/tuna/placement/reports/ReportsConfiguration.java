package se.tuna.placement.reports;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.reports.issued.IssuedReportDocumentMapperImpl;
import se.tuna.placement.reports.issued.IssuedReportRepository;
import se.tuna.placement.reports.issued.IssuedReports;
import se.tuna.placement.reports.payoff.KeyFigureParameterDocumentMapperImpl;
import se.tuna.placement.reports.payoff.KeyFigureParameterRepository;
import se.tuna.placement.reports.payoff.KeyFigureParameterService;
import se.tuna.placement.reports.payoff.KeyFigureReports;
import se.tuna.placement.reports.status.StatusReports;
import se.tuna.placement.reports.sus.SusExits;

/**
 * The reports' beans. The application supplies the participants' repositories (see
 * {@code ParticipantsConfiguration}); the reports read them, and store only their own: the sites'
 * key-figure parameters and the reports issued (frozen as they were).
 */
@Configuration(proxyBeanMethods = false)
public class ReportsConfiguration {

    @Bean
    IndexSet reportsIndexSet() {
        return new IndexSet("reports", List.of(KeyFigureParameterRepository.KEY_FIGURE_PARAMETERS,
                IssuedReportRepository.ISSUED_REPORTS));
    }

    @Bean
    StatusReports statusReports(StintRepository stints, ParticipantRepository participants, PlacementRepository placements) {
        return new StatusReports(stints, participants, placements);
    }

    @Bean
    KeyFigureParameterService keyFigureParameterService(ElasticsearchClient client, IndexNames names, ReferenceData reference,
            Clock clock) {
        return new KeyFigureParameterService(new KeyFigureParameterRepository(client, names,
                new KeyFigureParameterDocumentMapperImpl()), reference.sites(), clock);
    }

    @Bean
    KeyFigureReports keyFigureReports(StatusReports statusReports, KeyFigureParameterService parameters) {
        return new KeyFigureReports(statusReports, parameters);
    }

    @Bean
    IssuedReports issuedReports(StatusReports statusReports, ElasticsearchClient client, IndexNames names, Clock clock) {
        return new IssuedReports(statusReports, new IssuedReportRepository(client, names, new IssuedReportDocumentMapperImpl()),
                clock);
    }

    @Bean
    SusExits susExits(StintRepository stints) {
        return new SusExits(stints);
    }
}
