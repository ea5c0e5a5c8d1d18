package se.tuna.placement.participants;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.participants.caseload.CaseloadImport;
import se.tuna.placement.participants.coach.CoachDirectory;
import se.tuna.placement.participants.coach.CoachDocumentMapperImpl;
import se.tuna.placement.participants.coach.CoachIndices;
import se.tuna.placement.participants.coach.CoachRepository;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.demo.DemoHistoryWriter;
import se.tuna.placement.participants.participant.ParticipantDocumentMapper;
import se.tuna.placement.participants.participant.ParticipantDocumentMapperImpl;
import se.tuna.placement.participants.participant.ParticipantIndices;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.placement.PathDocumentMapperImpl;
import se.tuna.placement.participants.placement.PlacementAgreements;
import se.tuna.placement.participants.placement.PlacementDocumentMapperImpl;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.Pipelines;
import se.tuna.placement.participants.placement.SeatReconciliation;
import se.tuna.placement.participants.placement.TrialCounts;
import se.tuna.placement.participants.placement.TrialRecords;
import se.tuna.placement.participants.retention.Anonymisation;
import se.tuna.placement.participants.retention.ParticipantDataKeeper;
import se.tuna.placement.participants.stint.StintDocumentMapperImpl;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintService;
import se.tuna.placement.participants.travel.StraightLineTravelTimes;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * The participants' beans: their profiles, their coaches and their placements with the seats they
 * take. The application supplies the catalog's beans (see {@code CatalogConfiguration}), an
 * {@code ElasticsearchClient}, {@code IndexNames}, a {@code Clock} and a {@link CoachDirectory}
 * (which accounts are coaches); everything else is built here, the same way for the service and
 * the tests.
 */
@Configuration(proxyBeanMethods = false)
public class ParticipantsConfiguration {

    /** The participants' indices, created at start like the catalog's. */
    @Bean
    IndexSet participantsIndexSet() {
        return new IndexSet("participants", List.of(ParticipantIndices.PARTICIPANTS, PlacementRepository.PLACEMENTS,
                CoachIndices.ASSIGNMENTS, CoachIndices.STAND_INS, StintRepository.STINTS, TrialCounts.TRIAL_COUNTS));
    }

    /** The travel-time estimate both planning models use (the matcher's and the follow-up schedule's). */
    @Bean
    TravelTimeEstimator travelTimeEstimator(ReferenceData reference) {
        return StraightLineTravelTimes.ofRegion(reference.railStations());
    }

    @Bean
    ParticipantDocumentMapper participantDocumentMapper(SlotDocumentMapper slotDocumentMapper) {
        return new ParticipantDocumentMapperImpl(slotDocumentMapper);
    }

    @Bean
    ParticipantRepository participantRepository(ElasticsearchClient client, IndexNames names, ParticipantDocumentMapper mapper,
            Clock clock) {
        return new ParticipantRepository(client, names, mapper, clock);
    }

    @Bean
    ParticipantRules participantRules(ReferenceData reference, Clock clock) {
        return new ParticipantRules(reference.occupations(), reference.sites(), clock);
    }

    @Bean
    ParticipantService participantService(ParticipantRepository participants, EmployerRepository employers,
            ParticipantRules rules, ReferenceData reference, Clock clock) {
        return new ParticipantService(participants, employers, rules, reference.localities(), clock);
    }

    @Bean
    StintRepository stintRepository(ElasticsearchClient client, IndexNames names) {
        return new StintRepository(client, names, new StintDocumentMapperImpl());
    }

    @Bean
    StintService stintService(StintRepository stints, ParticipantService participants, ParticipantRules rules,
            PlacementRepository placements, Clock clock) {
        return new StintService(stints, participants, rules,
                participantId -> placements.find(PlacementService.idFor(participantId)).flatMap(PlacementService::phaseUnderWay), clock);
    }

    @Bean
    PlacementRepository placementRepository(ElasticsearchClient client, IndexNames names, SlotDocumentMapper slotDocumentMapper) {
        return new PlacementRepository(client, names, new PlacementDocumentMapperImpl(slotDocumentMapper,
                new PathDocumentMapperImpl(slotDocumentMapper)));
    }

    @Bean
    TrialCounts trialCounts(ElasticsearchClient client, IndexNames names, PlacementRepository placements) {
        return new TrialCounts(client, names, placements);
    }

    @Bean
    TrialRecords trialRecords(PlacementRepository placements, TrialCounts counts) {
        return new TrialRecords(placements, counts);
    }

    @Bean
    PlacementAgreements placementAgreements(PlacementRepository placements, Clock clock) {
        return new PlacementAgreements(placements, clock);
    }

    /** Each site's longest stint, {@code tuna.stint.length-by-site.<site>} (e.g. {@code P18M}); a year where none is set. */
    @Bean
    StintLengths stintLengths(Environment environment, ReferenceData reference) {
        Map<String, Period> bySite = new HashMap<>();
        reference.sites().all().forEach(site -> {
            String length = environment.getProperty("tuna.stint.length-by-site." + site.id());
            if (length != null) {
                bySite.put(site.id(), Period.parse(length));
            }
        });
        return new StintLengths(bySite);
    }

    @Bean
    PlacementService placementService(PlacementRepository placements, SeatBooking booking, SlotService slots,
            ParticipantService participants, StintService stints, StintLengths stintLengths, Clock clock) {
        return new PlacementService(placements, booking, slots, participants, stints, stintLengths, clock);
    }

    /**
     * Makes seats and placements agree after a step was cut short; a claim younger than
     * {@code tuna.reconciliation.grace} (two minutes unless set) is left to the step that made it.
     */
    @Bean
    SeatReconciliation seatReconciliation(PlacementRepository placements, PlacementService service, SeatBooking booking,
            ParticipantRepository participants, Clock clock, Environment environment) {
        Duration grace = environment.getProperty("tuna.reconciliation.grace", Duration.class, Duration.ofMinutes(2));
        return new SeatReconciliation(placements, service, booking, participants, clock, grace);
    }

    @Bean
    Pipelines pipelines(StintRepository stints, ParticipantService participants, PlacementRepository placements) {
        return new Pipelines(stints, participants, placements);
    }

    /** Anonymises participants' data {@code tuna.retention.after-exit} (e.g. {@code P2Y}) after their last stint ended; a year by default. */
    @Bean
    Anonymisation anonymisation(StintRepository stints, ParticipantRepository participants, PlacementRepository placements,
            TrialCounts trialCounts, CoachRepository coaches, ObjectProvider<ParticipantDataKeeper> keepers, Environment environment) {
        return new Anonymisation(stints, participants, placements, trialCounts, coaches, keepers.orderedStream().toList(),
                Period.parse(environment.getProperty("tuna.retention.after-exit", "P1Y")));
    }

    @Bean
    CaseloadImport caseloadImport(StintRepository stints, PlacementRepository placements, SlotService slots, SeatBooking booking,
            ParticipantRules rules, StintLengths stintLengths, Coaching coaching, Clock clock) {
        return new CaseloadImport(stints, placements, slots, booking, rules, stintLengths, coaching, clock);
    }

    @Bean
    DemoHistoryWriter demoHistoryWriter(ParticipantRepository participants, StintRepository stints, PlacementRepository placements,
            SeatBooking booking) {
        return new DemoHistoryWriter(participants, stints, placements, booking);
    }

    @Bean
    CoachRepository coachRepository(ElasticsearchClient client, IndexNames names) {
        return new CoachRepository(client, names, new CoachDocumentMapperImpl());
    }

    @Bean
    Coaching coaching(CoachRepository repository, ParticipantService participants, CoachDirectory coaches, Clock clock) {
        return new Coaching(repository, participants, coaches, clock);
    }
}
