package se.tuna.placement.catalog.slot;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerRenames;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.reference.Localities;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.search.SlotSort;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.SlotChanges;
import se.tuna.placement.catalog.store.SlotChanges.Change;
import se.tuna.placement.catalog.store.SlotIndexing;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredSlot;

/**
 * What employers do with their training slots: register, update, pause, withdraw and reopen
 * them. Every change goes through the rules first, so nothing invalid is ever stored, and keeps
 * the seats already held or booked.
 */
public class SlotService implements EmployerRenames {

    private static final int PAGE_OF_SLOTS = 500;

    private final SlotRepository slots;
    private final SlotChanges changes;
    private final SlotSearch search;
    private final EmployerRepository employers;
    private final SlotRules rules;
    private final Localities localities;
    private final Clock clock;

    public SlotService(SlotRepository slots, SlotChanges changes, SlotSearch search, EmployerRepository employers,
            SlotRules rules, Localities localities, Clock clock) {
        this.slots = slots;
        this.changes = changes;
        this.search = search;
        this.employers = employers;
        this.rules = rules;
        this.localities = localities;
        this.clock = clock;
    }

    /** Registers a new open slot for an employer; the employer's sites apply when the slot names none. */
    public StoredSlot register(String employerId, TrainingSlot draft) {
        Employer employer = employer(employerId);
        TrainingSlot slot = prepared(draft, UUID.randomUUID().toString(), employer, SlotStatus.OPEN);
        Instant now = clock.instant();
        SlotIndexing indexing = new SlotIndexing(employer.name(), null, now, now);
        slots.create(slot, indexing, true);
        return new StoredSlot(slot, indexing);
    }

    /** Replaces a slot's details; its employer, status and seat claims stay. */
    public StoredSlot update(String slotId, TrainingSlot draft) {
        return changes.apply(slotId, true, stored -> {
            TrainingSlot current = stored.slot();
            TrainingSlot slot = prepared(draft, slotId, employer(current.employerId()), current.status())
                    .withSeatClaims(current.seatClaims());
            int taken = current.takenSeats(clock.instant());
            if (slot.seats() < taken) {
                throw new ConflictException("seats", "The slot has " + taken + " seats held or booked; release some before "
                        + "lowering seats to " + slot.seats());
            }
            return Change.write(slot, new StoredSlot(slot, stored.indexing()));
        });
    }

    /** Pauses, withdraws or reopens a slot. Seats already booked stay booked. */
    public StoredSlot changeStatus(String slotId, SlotStatus status) {
        return changes.apply(slotId, true, stored -> stored.slot().status() == status
                ? Change.nothing(stored)
                : Change.write(stored.slot().withStatus(status), new StoredSlot(stored.slot().withStatus(status), stored.indexing())));
    }

    /** Per site, the open slots and their free seats: figures for the programme's overview. */
    public Map<String, SlotRepository.SiteSlots> openSlotsBySite() {
        return slots.openSlotsBySite();
    }

    public StoredSlot get(String slotId) {
        return slots.find(slotId).orElseThrow(() -> new NotFoundException("training slot", slotId)).value();
    }

    /** The slots of these ids that exist, by id: one read for many, as a list of placements needs. */
    public Map<String, TrainingSlot> getAll(Collection<String> slotIds) {
        Map<String, TrainingSlot> found = new HashMap<>();
        slots.findAll(slotIds).forEach((id, read) -> found.put(id, read.value().slot()));
        return found;
    }

    /** An employer's own slots, whatever their status, most recently changed first. */
    public Page<SlotHit> listForEmployer(String employerId, int page, int size) {
        employer(employerId);
        return search.search(SlotSearchCriteria.openSlots().withEmployer(employerId)
                .withStatuses(EnumSet.allOf(SlotStatus.class)).withSort(SlotSort.UPDATED).withPage(page, size));
    }

    @Override
    public void renamed(Employer employer) {
        // Every page, not just the first: a large employer (a municipality) can have many slots. By
        // title, which a rename does not change, so the pages stay put while the slots are rewritten.
        SlotSearchCriteria all = SlotSearchCriteria.openSlots().withEmployer(employer.id())
                .withStatuses(EnumSet.allOf(SlotStatus.class)).withSort(SlotSort.TITLE);
        for (int page = 0; ; page++) {
            List<SlotHit> own = search.search(all.withPage(page, PAGE_OF_SLOTS)).items();
            own.forEach(hit -> changes.apply(hit.slot().id(), false,
                    stored -> new Change<>(stored.slot(), employer.name(), null)));
            if (own.size() < PAGE_OF_SLOTS || ((long) page + 2) * PAGE_OF_SLOTS > SlotSearchCriteria.MAX_WINDOW) {
                return;
            }
        }
    }

    /**
     * A slot ready to store: the draft with what it left out filled in (the employer's sites, the
     * locality's position), checked against the rules; throws {@link InvalidInputException} if it breaks one.
     */
    public TrainingSlot prepared(TrainingSlot draft, String id, Employer employer, SlotStatus status) {
        return validated(withDefaults(draft, id, employer, status));
    }

    /** Fills what the employer left out: the employer's sites, and the locality's position. */
    TrainingSlot withDefaults(TrainingSlot draft, String id, Employer employer, SlotStatus status) {
        Coordinates coordinates = draft.coordinates() != null || draft.locality() == null ? draft.coordinates()
                : localities.find(draft.locality()).map(l -> new Coordinates(l.latitude(), l.longitude())).orElse(null);
        return new TrainingSlot(id, employer.id(), strip(draft.title()), strip(draft.tasks()), draft.occupationCode(),
                strip(draft.locality()), coordinates, draft.sites() == null || draft.sites().isEmpty() ? employer.sites() : draft.sites(),
                draft.hours(), draft.schedule(), draft.seats(), draft.availableFrom(), draft.availableUntil(), draft.demands(),
                draft.heaviestLiftKg(), draft.support(), draft.accessibility(), strip(draft.supervisor()), status, List.of());
    }

    TrainingSlot validated(TrainingSlot slot) {
        List<FieldViolation> violations = rules.check(slot);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return slot;
    }

    private Employer employer(String employerId) {
        return employers.find(employerId).orElseThrow(() -> new NotFoundException("employer", employerId)).value().employer();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
