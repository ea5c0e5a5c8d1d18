package se.tuna.placement.access.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantQuery;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.stint.Stint;

/**
 * Who may see which participant, plan, employer and slot. The roles decide what kind of thing a
 * person may reach at all (the web layer checks them per endpoint); this policy decides which
 * ones: a coordinator the participants of their sites, a coach those they look after today, a
 * supervisor their own employer only. Every check throws {@link AccessRefusedException}; none
 * returns more than it was asked for.
 */
public class AccessPolicy {

    private final ParticipantService participants;
    private final Coaching coaching;
    private final SlotService slots;
    private final ProgrammeSites sites;
    private final Clock clock;

    public AccessPolicy(ParticipantService participants, Coaching coaching, SlotService slots, ProgrammeSites sites, Clock clock) {
        this.participants = participants;
        this.coaching = coaching;
        this.slots = slots;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * The participant, if {@code actor} may see them: a coordinator of their site, or a coach at
     * their site who looks after them (as their coach, or standing in for them).
     */
    public Participant participant(Actor actor, String participantId) {
        Participant participant = participants.get(participantId);
        if (actor.has(Role.COORDINATOR) && actor.serves(participant.site())) {
            return participant;
        }
        if (actor.has(Role.COACH) && actor.serves(participant.site())
                && coaching.looksAfter(actor.accountId(), participantId, today())) {
            return participant;
        }
        throw new AccessRefusedException("You do not work with participant " + participantId);
    }

    /**
     * Refuses unless {@code actor} coordinates the stint's site, or, where {@code coachMay}, is a
     * coach at that site who looks after its participant. An anonymous statistics record is the
     * coordinators' alone.
     */
    public void requireStint(Actor actor, Stint stint, boolean coachMay) {
        if (actor.has(Role.COORDINATOR) && actor.serves(stint.site())) {
            return;
        }
        if (coachMay && stint.participantId() != null && actor.has(Role.COACH) && actor.serves(stint.site())
                && coaching.looksAfter(actor.accountId(), stint.participantId(), today())) {
            return;
        }
        throw new AccessRefusedException("You do not work with stint " + stint.id());
    }

    /**
     * Refuses unless {@code actor} is {@code person}, or coordinates a site that {@code person} (a
     * coach or coordinator) serves: a person's calendar and visits are theirs and their coordinators'.
     */
    public void requireColleague(Actor actor, Account person) {
        if (actor.accountId().equals(person.id())) {
            return;
        }
        boolean staff = person.has(Role.COACH) || person.has(Role.COORDINATOR);
        if (!staff || !actor.has(Role.COORDINATOR) || person.sites().stream().noneMatch(actor::serves)) {
            throw new AccessRefusedException("You do not coordinate the work of account " + person.id());
        }
    }

    /** The participant, if {@code actor} coordinates their site (suggestions, decisions, coach assignments). */
    public Participant coordinatedParticipant(Actor actor, String participantId) {
        Participant participant = participants.get(participantId);
        requireCoordinatorOf(actor, participant.site());
        return participant;
    }

    /**
     * Refuses unless {@code actor} coordinates {@code site}. A site that does not exist is refused
     * as invalid input (422), so a typo is reported as a typo and nobody coordinates an unknown site.
     */
    public void requireCoordinatorOf(Actor actor, String site) {
        if (site == null || !sites.exists(site)) {
            throw InvalidInputException.of("site", "unknown site '" + site + "'; known sites are "
                    + sites.all().stream().map(ProgrammeSite::id).toList());
        }
        if (!actor.has(Role.COORDINATOR) || !actor.serves(site)) {
            throw new AccessRefusedException("You do not coordinate the site " + site);
        }
    }

    /**
     * The sites a report (aggregates only) counts for {@code actor}: those asked for, or, when none
     * are, every site for management and the coordinator's own. Management may count any site, a
     * coordinator only theirs. An unknown site is invalid input (422).
     */
    public List<String> reportSites(Actor actor, Collection<String> requested) {
        return reportSites(actor, requested, true);
    }

    /**
     * The sites a list of participants' exits covers (the SUS worklist: one line per person, under
     * pseudonymous references): a coordinator's own only, those asked for or all of theirs when none
     * are. Management, who see aggregates only, are refused. An unknown site is invalid input (422).
     */
    public List<String> personLevelReportSites(Actor actor, Collection<String> requested) {
        return reportSites(actor, requested, false);
    }

    private List<String> reportSites(Actor actor, Collection<String> requested, boolean aggregatesOnly) {
        List<String> given = requested == null ? List.of() : requested.stream().map(site -> site == null ? "" : site).toList();
        for (String site : given) {
            if (!sites.exists(site)) {
                throw InvalidInputException.of("sites", "unknown site '" + site + "'; known sites are "
                        + sites.all().stream().map(ProgrammeSite::id).toList());
            }
        }
        List<String> asked = given.stream().distinct().sorted().toList();
        boolean management = aggregatesOnly && actor.has(Role.MANAGEMENT);
        if (!management && !actor.has(Role.COORDINATOR)) {
            throw new AccessRefusedException(aggregatesOnly ? "Reports are for management and coordinators"
                    : "Lists of participants are for their sites' coordinators");
        }
        if (asked.isEmpty()) {
            List<String> theirs = management ? sites.all().stream().map(ProgrammeSite::id).sorted().toList()
                    : actor.sites().stream().sorted().toList();
            if (theirs.isEmpty()) {
                throw new AccessRefusedException("You coordinate no site");
            }
            return theirs;
        }
        if (!management) {
            asked.stream().filter(site -> !actor.serves(site)).findFirst().ifPresent(site -> {
                throw new AccessRefusedException("You do not coordinate the site " + site);
            });
        }
        return asked;
    }

    /**
     * Refuses unless {@code actor} may read the aggregates of one {@code site} (its key-figure
     * parameters): management any site, a coordinator theirs. A site that does not exist is invalid
     * input (422) naming {@code site}.
     */
    public void requireReportSite(Actor actor, String site) {
        if (site == null || !sites.exists(site)) {
            throw InvalidInputException.of("site", "unknown site '" + site + "'; known sites are "
                    + sites.all().stream().map(ProgrammeSite::id).toList());
        }
        if (actor.has(Role.MANAGEMENT) || actor.has(Role.COORDINATOR) && actor.serves(site)) {
            return;
        }
        throw new AccessRefusedException("Reports are for management and the site's coordinators");
    }

    /**
     * The participants a list may show {@code actor}: a coordinator's sites (narrowed to
     * {@code site} when given, which must be theirs), a coach's own and stood-in-for participants.
     */
    public ParticipantQuery visibleParticipants(Actor actor, String site, Phase phase) {
        if (actor.has(Role.COORDINATOR)) {
            if (site != null) {
                requireCoordinatorOf(actor, site);
                return ParticipantQuery.of(site, phase);
            }
            return new ParticipantQuery(actor.sites(), null, phase);
        }
        if (actor.has(Role.COACH)) {
            Set<String> own = coaching.participantsLookedAfterBy(actor.accountId(), today());
            Set<String> theirSites = site == null ? actor.sites() : actor.serves(site) ? Set.of(site) : Set.of();
            return new ParticipantQuery(theirSites, own, phase);
        }
        throw new AccessRefusedException("You do not work with participants");
    }

    /**
     * The sites a plan covers: those asked for, each of which {@code actor} must coordinate, or all
     * of theirs when none are asked for.
     */
    public Set<String> planSites(Actor actor, Set<String> requested) {
        if (requested == null || requested.isEmpty()) {
            if (!actor.has(Role.COORDINATOR) || actor.sites().isEmpty()) {
                throw new AccessRefusedException("You coordinate no site");
            }
            return actor.sites();
        }
        requested.forEach(site -> requireCoordinatorOf(actor, site));
        return Set.copyOf(requested);
    }

    /** Refuses unless {@code actor} coordinates every site of a plan. */
    public void requirePlan(Actor actor, Set<String> planSites) {
        if (!mayReadPlan(actor, planSites)) {
            throw new AccessRefusedException("The plan covers sites you do not coordinate");
        }
    }

    /** Whether {@code actor} coordinates every site of a plan, as reading or deciding from it needs. */
    public boolean mayReadPlan(Actor actor, Set<String> planSites) {
        return actor.has(Role.COORDINATOR) && actor.sites().containsAll(planSites);
    }

    /** Refuses a supervisor another employer's data; staff who reach the bank may read every employer. */
    public void requireEmployer(Actor actor, String employerId) {
        if (actor.has(Role.SUPERVISOR) && !actor.supervises(employerId)) {
            throw new AccessRefusedException("You see your own employer's data only");
        }
    }

    /** Refuses a supervisor a slot of another employer. */
    public void requireSlot(Actor actor, String slotId) {
        if (actor.has(Role.SUPERVISOR)) {
            requireEmployer(actor, slots.get(slotId).slot().employerId());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
