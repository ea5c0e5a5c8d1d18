package se.tuna.placement.followup.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitDerivation;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * A person's visits as an iCalendar feed (RFC 5545) that Outlook and Google Calendar subscribe
 * to: the visits they make from two weeks back to eight weeks ahead, and the study visits booked
 * for their participants. Each event says what kind of visit it is, where and when, and nothing
 * of the participant: no name, no limitation, diagnosis, compensation or note. Times are in UTC,
 * which every calendar shows in its own time zone.
 */
public class CalendarFeed {

    public static final String MEDIA_TYPE = "text/calendar";
    /** How far back and ahead the feed reaches. */
    static final int DAYS_BACK = 14;
    static final int WEEKS_AHEAD = 8;
    /** How often a subscribed calendar should fetch the feed again. */
    static final Duration REFRESH = Duration.ofHours(1);
    /** The programme's days and times, as everywhere else in the platform. */
    private static final ZoneId SWEDEN = ParticipantRules.PROGRAMME_ZONE;

    private final VisitRepository visits;
    private final VisitDerivation derivation;
    private final Clock clock;

    public CalendarFeed(VisitRepository visits, VisitDerivation derivation, Clock clock) {
        this.visits = visits;
        this.derivation = derivation;
        this.clock = clock;
    }

    /**
     * The feed of the person's visits, as text.
     *
     * @param accountId whose visits
     * @param name      the person's name, for the calendar's name
     * @param sites     the sites they serve, whose booked study visits may be theirs
     */
    public String of(String accountId, String name, Collection<String> sites) {
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate until = today.plusWeeks(WEEKS_AHEAD);
        Instant now = clock.instant();

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//TUNA//Besök//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        String title = "TUNA besök – " + name;
        calendar.add(new Name(title));
        calendar.add(new XProperty("X-WR-CALNAME", title));
        calendar.add(new XProperty("X-WR-TIMEZONE", SWEDEN.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (VEvent event : events(accountId, sites, from, until, now)) {
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * An event's UID: stable for the visit, so calendars update it in place, and opaque, since a visit's id
     * holds the participant's pseudonymous id and the feed leaves the platform.
     */
    public static String uidOf(String visitId) {
        return UUID.nameUUIDFromBytes(("visit:" + visitId).getBytes(StandardCharsets.UTF_8)) + "@tuna";
    }

    /** The feed's content type, with its charset. */
    public static String contentType() {
        return MEDIA_TYPE + "; charset=" + StandardCharsets.UTF_8.name().toLowerCase(java.util.Locale.ROOT);
    }

    private List<VEvent> events(String accountId, Collection<String> sites, LocalDate from, LocalDate until, Instant now) {
        List<VEvent> events = new ArrayList<>();
        for (Visit visit : visits.plannedFor(List.of(accountId), from, until)) {
            Status status = visit.done() || visit.appointment().confirmed() ? Status.CONFIRMED : Status.TENTATIVE;
            events.add(event(visit.id(), visit.appointment().start(), visit.minutes(), visit.kind().label(), visit.place(), status,
                    now));
        }
        for (String site : sites) {
            for (FixedEvent studyVisit : derivation.studyVisits(site, from, until)) {
                if (studyVisit.accountId().equals(accountId)) {
                    // The booking has no id of its own; its title (the placement's reference) is unique to it.
                    String id = "studiebesok-" + UUID.nameUUIDFromBytes(studyVisit.title().getBytes(StandardCharsets.UTF_8));
                    events.add(event(id, studyVisit.start(), studyVisit.minutes(), studyVisit.title(), studyVisit.place(),
                            Status.CONFIRMED, now));
                }
            }
        }
        return events;
    }

    private enum Status {
        CONFIRMED, TENTATIVE
    }

    private static VEvent event(String id, LocalDateTime start, int minutes, String summary, Place place, Status status,
            Instant now) {
        Instant begins = start.atZone(SWEDEN).toInstant();
        VEvent event = new VEvent(begins, begins.plus(Duration.ofMinutes(minutes)), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(uidOf(id)));
        if (place != null && place.label() != null) {
            event.add(new Location(place.label()));
        }
        if (place != null && place.point() != null) {
            event.add(new Geo(BigDecimal.valueOf(place.point().lat()), BigDecimal.valueOf(place.point().lon())));
        }
        if (status == Status.CONFIRMED) {
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
        } else {
            event.add(ImmutableStatus.VEVENT_TENTATIVE);
            event.add(new Description("Preliminär tid: planeringen kan flytta besöket tills det är bekräftat."));
        }
        return event;
    }
}
