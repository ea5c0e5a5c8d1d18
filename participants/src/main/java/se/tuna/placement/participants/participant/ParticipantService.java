package se.tuna.placement.participants.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.reference.Localities;
import se.tuna.placement.catalog.reference.Locality;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.Versioned;

/**
 * What coaches and the coordinator do with participants: register them after the mapping, update
 * their profile, move them through the programme's phases, and list them, the longest waiting
 * first. Every change goes through the rules first, so nothing invalid is ever stored; every
 * change of a stored participant is optimistic, and on a clash starts over from a fresh read.
 */
public class ParticipantService {

    private static final int MAX_ATTEMPTS = 20;
    /** Homes are kept to about a kilometre: enough to reckon travel times, never an address. */
    private static final double HOME_DEGREES = 100.0;

    private final ParticipantRepository participants;
    private final EmployerRepository employers;
    private final ParticipantRules rules;
    private final Localities localities;
    private final Clock clock;

    public ParticipantService(ParticipantRepository participants, EmployerRepository employers, ParticipantRules rules,
            Localities localities, Clock clock) {
        this.participants = participants;
        this.employers = employers;
        this.rules = rules;
        this.localities = localities;
        this.clock = clock;
    }

    /** Registers a participant under their pseudonymous id; a conflict if the id is taken. */
    public Participant register(Participant candidate) {
        Participant participant = prepared(candidate);
        try {
            participants.create(participant);
        } catch (VersionConflictException alreadyThere) {
            throw new ConflictException("id", "A participant with id " + participant.id() + " is already registered");
        }
        return participant;
    }

    /**
     * Replaces a participant's profile. The id cannot change. The phase changes only through
     * {@link #changePhase}, which the stint's and the placement's steps call: a profile edit keeps the stored phase and
     * readySince, so it never undoes a phase change made meanwhile; naming another phase here is
     * refused.
     */
    public Participant update(String id, Participant candidate) {
        requirePseudonym(id);
        if (candidate.id() != null && !candidate.id().strip().equals(id)) {
            throw InvalidInputException.of("id", "cannot be changed; it must be left out or equal the id in the path");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<StoredParticipant> read = read(id);
            Participant current = read.value().participant();
            Participant draft = withDefaults(candidate, id);
            if (draft.phase() != null && draft.phase() != current.phase()) {
                throw new ConflictException("phase", "is " + current.phase().name() + "; the phase follows the stint "
                        + "and the placements, not a profile edit");
            }
            Participant participant = validated(draft.withPhase(current.phase(), current.readySince()), current.birthYear());
            try {
                participants.replace(participant, read);
                return participant;
            } catch (VersionConflictException someoneElseWroteFirst) {
                // Read again and apply the same edit to what the other writer stored.
            }
        }
        throw new ConflictException("The participant " + id + " is being changed by others; try again");
    }

    /**
     * Moves a participant to the phase their stint and placement give (never from a request). Becoming READY without a date means ready from today
     * (or, if already ready, since the date they have); MAPPING clears the date; PLACED and EXITED
     * keep it unless another is given, so waiting times can be reckoned afterwards.
     */
    public Participant changePhase(String id, Phase phase, LocalDate readySince) {
        requirePseudonym(id);
        if (phase == null) {
            throw InvalidInputException.of("phase", "is required");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<StoredParticipant> read = read(id);
            Participant current = read.value().participant();
            LocalDate since = readySince != null ? readySince : switch (phase) {
                case MAPPING -> null;
                case READY -> current.phase() == Phase.READY && current.readySince() != null
                        ? current.readySince() : LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
                case STUDY_VISIT, PLACED, EXITED -> current.readySince();
            };
            Participant participant = validated(current.withPhase(phase, since), current.birthYear());
            if (participant.equals(current)) {
                return current;
            }
            try {
                participants.replace(participant, read);
                return participant;
            } catch (VersionConflictException someoneElseWroteFirst) {
                // Read again; the phase change applies to whatever the other writer stored.
            }
        }
        throw new ConflictException("The participant " + id + " is being changed by others; try again");
    }

    /** How many participants each site has in each phase: a figure, never a person. */
    public Map<String, Map<Phase, Long>> countBySiteAndPhase() {
        return participants.countBySiteAndPhase();
    }

    /** The site of each of these participants that exists, by id. */
    public Map<String, String> sitesOf(Collection<String> ids) {
        return participants.findAll(ids).values().stream().map(read -> read.value().participant())
                .collect(Collectors.toMap(Participant::id, Participant::site));
    }

    /** The participant, if registered. */
    public Optional<Participant> find(String id) {
        requirePseudonym(id);
        return participants.find(id).map(read -> read.value().participant());
    }

    public Participant get(String id) {
        requirePseudonym(id);
        return read(id).value().participant();
    }

    /** One page of the participants the query lets through, the longest waiting first. */
    public Page<Participant> list(ParticipantQuery query, int page, int size) {
        CommonRules.requirePageWithin(page, size, "participants", "narrow the list by site and phase");
        return participants.list(query, page, size);
    }

    /**
     * Every participant of {@code site} in {@code phase} ({@code null} for all), the longest
     * waiting first, however many: the whole waiting list of a site is {@code listAll(site, READY)}.
     */
    public List<Participant> listAll(String site, Phase phase) {
        return participants.listAll(site, phase);
    }

    /**
     * A participant ready to store: the draft with what it left out filled in (gender unstated,
     * the home locality's point), the home coarsened to about a kilometre, and checked against the
     * rules; throws {@link InvalidInputException} if it breaks one.
     */
    public Participant prepared(Participant draft) {
        return validated(withDefaults(draft, draft.id()));
    }

    /** The draft under {@code id}, with what it left out filled in and its home coarsened. */
    Participant withDefaults(Participant draft, String id) {
        Locality locality = localities.find(draft.homeLocality()).orElse(null);
        Coordinates home = draft.home() != null || locality == null ? draft.home()
                : new Coordinates(locality.latitude(), locality.longitude());
        return new Participant(strip(id), strip(draft.site()), draft.birthYear(),
                draft.gender() == null ? Gender.UNSTATED : draft.gender(),
                locality == null ? strip(draft.homeLocality()) : locality.name(), coarse(home), draft.travelMode(),
                draft.maxTravelMinutes(), draft.hours(), draft.startCeilingHours(), draft.availability(),
                draft.maxHoursPerDay(), draft.experienceOccupations(), draft.goalOccupations(), CommonRules.blankAsNull(draft.skills()),
                CommonRules.blankAsNull(draft.interests()), CommonRules.blankAsNull(draft.strengths()), draft.limitations(), draft.maxLiftKg(),
                draft.earliestStart(), draft.avoidedEmployers().stream()
                        .map(avoided -> new AvoidedEmployer(strip(avoided.employerId()), strip(avoided.reason()))).toList(),
                draft.phase(), draft.readySince());
    }

    Participant validated(Participant participant) {
        return validated(participant, null);
    }

    /** Checked against the rules; the ages served are not checked again for an unchanged stored birth year. */
    Participant validated(Participant participant, Integer storedBirthYear) {
        Set<String> avoided = participant.avoidedEmployers().stream().map(AvoidedEmployer::employerId)
                .filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet());
        List<FieldViolation> violations = rules.check(participant, employers.findAll(avoided).keySet(), storedBirthYear);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return participant;
    }

    /** A home point to two decimals: about 1.1 km north–south and 0.6 km east–west here. */
    static Coordinates coarse(Coordinates home) {
        return home == null ? null
                : new Coordinates(Math.round(home.lat() * HOME_DEGREES) / HOME_DEGREES, Math.round(home.lon() * HOME_DEGREES) / HOME_DEGREES);
    }

    private Versioned<StoredParticipant> read(String id) {
        return participants.find(id).orElseThrow(() -> new NotFoundException("participant", id));
    }

    /** Refuses an id that looks like a personal identity number before it is looked up, logged or echoed. */
    private static void requirePseudonym(String id) {
        if (ParticipantRules.looksLikePersonalIdentityNumber(id)) {
            throw InvalidInputException.of("id", "looks like a personal identity number, which is never used here; "
                    + "give the participant's pseudonymous id");
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
