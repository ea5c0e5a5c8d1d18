package se.tuna.placement.followup.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * Coaches' and coordinators' working calendars: a coordinator describes a person's week, a coach
 * enters their own absences. A person nobody has described works office hours from the site's
 * office. Changes are read, changed and written back against the version read, so a coach's
 * absence and a coordinator's edit made at once both stay.
 */
public class CalendarService {

    private static final int MAX_ATTEMPTS = 20;
    /** Absences are entered for the near past and the coming year or two; a date far off is a typing error. */
    private static final int FARTHEST_DAYS = 2 * 366;
    private static final int LONGEST_ABSENCE_DAYS = 366;
    private static final int LONGEST_TITLE = 100;

    private final CalendarRepository repository;
    private final ProgrammeSites sites;
    private final Clock clock;

    public CalendarService(CalendarRepository repository, ProgrammeSites sites, Clock clock) {
        this.repository = repository;
        this.sites = sites;
        this.clock = clock;
    }

    /** The person's calendar; office hours at {@code site}'s office when nobody has described it yet. */
    public WorkCalendar calendarOf(String accountId, String site) {
        return repository.find(accountId).map(Versioned::value).orElseGet(() -> WorkCalendar.standard(accountId, site, office(site)));
    }

    /** The site of the person's calendar, if someone has described it. */
    public Optional<String> storedSiteOf(String accountId) {
        return repository.find(accountId).map(read -> read.value().site());
    }

    /** The calendars of these people at {@code site}, the standard one for those without. */
    public List<WorkCalendar> calendarsOf(Collection<String> accountIds, String site) {
        Map<String, WorkCalendar> stored = repository.findAll(accountIds);
        return accountIds.stream().map(id -> stored.getOrDefault(id, WorkCalendar.standard(id, site, office(site)))).toList();
    }

    /**
     * Describes the person's week (hours, base, travel, commitments); their absences stay as
     * entered. Refuses (422, naming each field) what is not a possible week.
     */
    public WorkCalendar describe(String accountId, WorkCalendar week, String changedBy) {
        List<FieldViolation> violations = new ArrayList<>();
        checkWeek(week, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return change(accountId, week.site(), current -> new WorkCalendar(accountId, week.site(), week.workingHours(),
                week.base() == null ? new Place(office(week.site()).label(), office(week.site()).point()) : week.base(),
                week.travelMode(), current.absences(), week.commitments()), changedBy);
    }

    /** Adds an absence; the plan then moves the person's visits off those days. */
    public WorkCalendar addAbsence(String accountId, String site, Absence absence, String changedBy) {
        checkAbsence(absence);
        return change(accountId, site, current -> {
            List<Absence> absences = new ArrayList<>(current.absences());
            if (!absences.contains(absence)) {
                absences.add(absence);
            }
            absences.sort(Comparator.comparing(Absence::from).thenComparing(Absence::until));
            return current.withAbsences(absences);
        }, changedBy);
    }

    /** Takes back an absence (back early, entered by mistake); nothing changes if there is none such. */
    public WorkCalendar removeAbsence(String accountId, String site, LocalDate from, LocalDate until, String changedBy) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "from", from);
        CommonRules.checkDate(violations, "until", until);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return change(accountId, site, current -> current.withAbsences(current.absences().stream()
                .filter(absence -> !(absence.from().equals(from) && absence.until().equals(until))).toList()), changedBy);
    }

    private WorkCalendar change(String accountId, String site, UnaryOperator<WorkCalendar> edit, String changedBy) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<WorkCalendar>> read = repository.find(accountId);
            WorkCalendar next = edit.apply(read.map(Versioned::value).orElseGet(() -> WorkCalendar.standard(accountId, site,
                    office(site))));
            try {
                if (read.isEmpty()) {
                    repository.create(next, changedBy, clock.instant());
                } else {
                    repository.replace(next, read.get(), changedBy, clock.instant());
                }
                return next;
            } catch (VersionConflictException changedMeanwhile) {
                // Read again and apply the change over what the other person stored.
            }
        }
        throw new ConflictException("The calendar is being changed by others; try again");
    }

    private void checkWeek(WorkCalendar week, List<FieldViolation> violations) {
        if (week.site() == null || !sites.exists(week.site())) {
            violations.add(new FieldViolation("site", "must be one of the programme's sites"));
        }
        if (week.travelMode() == null) {
            violations.add(new FieldViolation("travelMode", "is required"));
        }
        if (week.workingHours() == null || week.workingHours().windows().isEmpty()) {
            violations.add(new FieldViolation("workingHours", "must name at least one day and time"));
        } else {
            CommonRules.checkWindows(violations, "workingHours", week.workingHours().windows());
        }
        if (week.base() != null && week.base().point() == null) {
            violations.add(new FieldViolation("base", "needs a position, or leave it out for the site's office"));
        }
        for (int i = 0; i < week.commitments().size(); i++) {
            Commitment commitment = week.commitments().get(i);
            String field = "commitments[" + i + "]";
            if (commitment.title() == null || commitment.title().isBlank() || commitment.title().length() > LONGEST_TITLE) {
                violations.add(new FieldViolation(field + ".title", "is required, at most " + LONGEST_TITLE + " characters"));
            }
            if (commitment.day() == null || commitment.start() == null || commitment.end() == null) {
                violations.add(new FieldViolation(field, "needs a day, a start and an end"));
            } else if (!commitment.end().isAfter(commitment.start())) {
                violations.add(new FieldViolation(field + ".end", "must be after start"));
            }
        }
    }


    private void checkAbsence(Absence absence) {
        List<FieldViolation> violations = new ArrayList<>();
        if (absence.from() == null) {
            violations.add(new FieldViolation("from", "is required"));
        }
        if (absence.until() == null) {
            violations.add(new FieldViolation("until", "is required"));
        }
        if (absence.kind() == null) {
            violations.add(new FieldViolation("kind", "is required"));
        }
        if (absence.from() != null && Math.abs(ChronoUnit.DAYS.between(today(), absence.from())) > FARTHEST_DAYS) {
            violations.add(new FieldViolation("from", "must be within two years of today"));
        } else if (absence.from() != null && absence.until() != null && absence.until().isBefore(absence.from())) {
            violations.add(new FieldViolation("until", "cannot be before from"));
        } else if (absence.from() != null && absence.until() != null
                && ChronoUnit.DAYS.between(absence.from(), absence.until()) >= LONGEST_ABSENCE_DAYS) {
            violations.add(new FieldViolation("until", "an absence covers at most a year"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The site's office, where its coaches' days start unless their calendar says otherwise. */
    public Place office(String site) {
        ProgrammeSite programmeSite = sites.find(site).orElseThrow(() -> InvalidInputException.of("site", "is not a programme site"));
        return new Place("Kontoret i " + programmeSite.office().locality(), programmeSite.office().coordinates());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
