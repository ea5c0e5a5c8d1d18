package se.tuna.placement.web.startup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.followup.calendar.CalendarService;
import se.tuna.placement.followup.calendar.Commitment;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;

/**
 * The demo staff's working calendars, described once in a node the demo filled, as the programme
 * works (`../shared/seeds/001_…`): every coach at the joint meeting in Eskilstuna on Thursday
 * mornings (the Strängnäs coaches travel there), the part-time coach Monday to Wednesday, the
 * coordinator in Strängnäs on Tuesdays. The follow-up plan that runs at start then plans around them.
 */
@Component
@Order(3)
class DemoCalendars implements StorageStartup.FirstStartTask {

    private static final Logger log = LoggerFactory.getLogger(DemoCalendars.class);
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final EmbeddedElasticsearch embedded;
    private final DemoProperties demo;
    private final DemoMarker marker;
    private final CalendarService calendars;

    DemoCalendars(EmbeddedElasticsearch embedded, DemoProperties demo, DemoMarker marker, CalendarService calendars) {
        this.embedded = embedded;
        this.demo = demo;
        this.marker = marker;
        this.calendars = calendars;
    }

    @Override
    public void run() {
        if (!embedded.running() || !demo.enabled() || marker.find().isEmpty()) {
            return;
        }
        String coordinator = AccountIds.forEmail(DemoAccounts.COORDINATOR.email());
        if (calendars.storedSiteOf(coordinator).isPresent()) {
            return;
        }
        Place eskilstuna = calendars.office("eskilstuna");
        Place strangnas = calendars.office("strangnas");
        Commitment jointMeeting = new Commitment("Gemensamt möte", DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(11, 30),
                eskilstuna);
        DemoAccounts.STAFF.stream().filter(account -> account.roles().contains(Role.COACH)).forEach(coach -> {
            String site = coach.sites().iterator().next();
            List<DayOfWeek> days = coach.email().equals(DemoAccounts.PART_TIME_COACH) ? WEEKDAYS.subList(0, 3) : WEEKDAYS;
            Optional<Commitment> meeting = days.contains(DayOfWeek.THURSDAY) ? Optional.of(jointMeeting) : Optional.empty();
            describe(coach.email(), site, days, site.equals("strangnas") ? strangnas : eskilstuna, meeting.stream().toList());
        });
        describe(DemoAccounts.COORDINATOR.email(), "eskilstuna", WEEKDAYS, eskilstuna, List.of(new Commitment(
                "Dag i Strängnäs", DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 30), strangnas)));
        log.info("Demo calendars described: the joint meeting on Thursdays, the coordinator's Strängnäs day on Tuesdays");
    }

    private void describe(String email, String site, List<DayOfWeek> days, Place base, List<Commitment> commitments) {
        WeeklySchedule hours = new WeeklySchedule(days.stream()
                .map(day -> new TimeWindow(day, LocalTime.of(8, 0), LocalTime.of(16, 30))).toList());
        String id = AccountIds.forEmail(email);
        calendars.describe(id, new WorkCalendar(id, site, hours, base, TravelMode.CAR, List.of(), commitments), null);
    }
}
