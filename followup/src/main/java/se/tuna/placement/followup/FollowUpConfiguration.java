package se.tuna.placement.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.followup.calendar.CalendarDocumentMapperImpl;
import se.tuna.placement.followup.calendar.CalendarRepository;
import se.tuna.placement.followup.calendar.CalendarService;
import se.tuna.placement.followup.feed.CalendarFeed;
import se.tuna.placement.followup.feed.FeedLinkRepository;
import se.tuna.placement.followup.feed.FeedLinks;
import se.tuna.placement.followup.planning.CoachQueues;
import se.tuna.placement.followup.planning.FollowUpPlanning;
import se.tuna.placement.followup.planning.FollowUpSolvers;
import se.tuna.placement.followup.planning.SiteCoaches;
import se.tuna.placement.followup.planning.TravelLegs;
import se.tuna.placement.followup.schedule.FollowUpSchedule;
import se.tuna.placement.followup.visit.FollowUpRhythm;
import se.tuna.placement.followup.visit.VisitBook;
import se.tuna.placement.followup.visit.VisitDerivation;
import se.tuna.placement.followup.visit.VisitDocumentMapperImpl;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.coach.CoachRepository;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.retention.ParticipantDataKeeper;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintService;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * The follow-up beans: visits, working calendars, the follow-up schedule and the coaches' queues.
 * The application supplies the participants' and catalog's beans and a {@link SiteCoaches} (who
 * the coaches of a site are); everything else is built here, the same way for the service and
 * the tests.
 */
@Configuration(proxyBeanMethods = false)
public class FollowUpConfiguration {

    @Bean
    IndexSet followUpIndexSet() {
        return new IndexSet("followup", List.of(VisitRepository.VISITS, CalendarRepository.CALENDARS,
                FeedLinkRepository.FEED_LINKS));
    }

    /**
     * How visits fall due.
     *
     * @param workplaceInterval time between workplace follow-ups (tuna.follow-up.workplace-interval, e.g. P1M)
     * @param slackDays         days either side of the due day (tuna.follow-up.slack-days)
     */
    @Bean
    FollowUpRhythm followUpRhythm(@Value("${tuna.follow-up.workplace-interval:P1M}") Period workplaceInterval,
            @Value("${tuna.follow-up.slack-days:7}") int slackDays) {
        return new FollowUpRhythm(workplaceInterval, slackDays, FollowUpRhythm.PROGRAMME.trialWeekDays());
    }

    @Bean
    VisitRepository visitRepository(ElasticsearchClient client, IndexNames names, SlotDocumentMapper slotDocumentMapper) {
        return new VisitRepository(client, names, new VisitDocumentMapperImpl(slotDocumentMapper));
    }

    /** A participant anonymised after exit is forgotten here too: their visits, done ones and notes included. */
    @Bean
    ParticipantDataKeeper visitKeeper(VisitRepository visits) {
        return visits::deleteOfParticipant;
    }

    @Bean
    CalendarRepository calendarRepository(ElasticsearchClient client, IndexNames names, SlotDocumentMapper slotDocumentMapper) {
        return new CalendarRepository(client, names, new CalendarDocumentMapperImpl(slotDocumentMapper));
    }

    @Bean
    CalendarService calendarService(CalendarRepository calendars, ReferenceData reference, Clock clock) {
        return new CalendarService(calendars, reference.sites(), clock);
    }

    @Bean
    VisitDerivation visitDerivation(ParticipantService participants, PlacementRepository placements, CoachRepository coaches,
            SlotRepository slots, EmployerRepository employers, CalendarService calendars, FollowUpRhythm rhythm) {
        return new VisitDerivation(participants, placements, coaches, slots, employers, calendars, rhythm);
    }

    @Bean
    VisitBook visitBook(VisitRepository visits, Clock clock) {
        return new VisitBook(visits, clock);
    }

    /**
     * The follow-up solver: the XML in solver-config, with this installation's time limits.
     *
     * @param spentLimit                the longest a plan someone asked for may take (tuna.follow-up.spent-limit, e.g. PT30S)
     * @param unimprovedLimit           it stops once the best schedule has not improved for this long
     *                                  (tuna.follow-up.unimproved-limit)
     * @param backgroundSpentLimit      the same for the service's own plans (tuna.follow-up.background-spent-limit)
     * @param backgroundUnimprovedLimit (tuna.follow-up.background-unimproved-limit)
     */
    @Bean
    FollowUpSolvers followUpSolvers(@Value("${tuna.follow-up.spent-limit:PT30S}") Duration spentLimit,
            @Value("${tuna.follow-up.unimproved-limit:PT2S}") Duration unimprovedLimit,
            @Value("${tuna.follow-up.background-spent-limit:PT3M}") Duration backgroundSpentLimit,
            @Value("${tuna.follow-up.background-unimproved-limit:PT20S}") Duration backgroundUnimprovedLimit) {
        return new FollowUpSolvers(solverFactory(spentLimit, unimprovedLimit),
                solverFactory(backgroundSpentLimit, backgroundUnimprovedLimit));
    }

    private static SolverFactory<FollowUpSchedule> solverFactory(Duration spentLimit, Duration unimprovedLimit) {
        return SolverFactory.create(SolverConfig.createFromXmlResource("solver/follow-up-solver.xml")
                .withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit)));
    }

    @Bean
    FollowUpPlanning followUpPlanning(VisitRepository visits, VisitDerivation derivation, CalendarService calendars,
            SiteCoaches siteCoaches, CoachRepository coaches, FollowUpSolvers followUpSolvers, TravelTimeEstimator travel,
            Clock clock) {
        return new FollowUpPlanning(visits, derivation, calendars, siteCoaches, coaches, followUpSolvers, travel, clock);
    }

    @Bean
    TravelLegs travelLegs(TravelTimeEstimator travel) {
        return new TravelLegs(travel);
    }

    @Bean
    CoachQueues coachQueues(VisitRepository visits, PlacementRepository placements, StintService stints, StintLengths lengths,
            FollowUpRhythm rhythm, Clock clock) {
        return new CoachQueues(visits, placements, stints, lengths, rhythm, clock);
    }

    @Bean
    FeedLinks feedLinks(ElasticsearchClient client, IndexNames names, Clock clock) {
        return new FeedLinks(new FeedLinkRepository(client, names), clock);
    }

    @Bean
    CalendarFeed calendarFeed(VisitRepository visits, VisitDerivation derivation, Clock clock) {
        return new CalendarFeed(visits, derivation, clock);
    }
}
