package se.tuna.placement.catalog.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerRenames;
import se.tuna.placement.catalog.error.StoreUnavailableException;
import se.tuna.placement.catalog.importer.ImportPlan.EmployerItem;
import se.tuna.placement.catalog.importer.ImportPlan.SlotItem;
import se.tuna.placement.catalog.importer.Tally.Outcome;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.SlotIndexing;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredEmployer;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Stores a checked {@link ImportPlan} in bulk: employers first, then slots in batches, each batch read with
 * one multi-get and written with one bulk request conditional on the versions read. What is stored exactly
 * so already is not rewritten. Ids someone else wrote in between are read again and retried a few times,
 * so a seat booked during the import is kept. The indices are refreshed once, at the end.
 *
 * <p>Into a bank without slots (the first import), slots are created without reading them first: there is
 * nothing to keep or compare, and a create refuses an id that is taken (a slot stored since the check, or
 * not yet visible to it), which then takes the read-and-compare path like any other conflict.
 */
final class BankWriter {

    /** Slots per multi-get and bulk request: large enough to amortise a request, small enough for a modest heap. */
    static final int BATCH = 1_000;
    /**
     * Batches in flight at once (slots, and employers before them). The slots index has one shard, and the node
     * indexes one bulk request's documents for it on one write thread: two requests keep both cores of a small
     * node busy, and one batch is read and prepared while the other is indexed. More would only queue (three
     * measured no faster).
     */
    static final int WORKERS = 2;
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(BankWriter.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final EmployerRepository employers;
    private final SlotRepository slots;
    private final EmployerRenames renames;
    private final Clock clock;

    BankWriter(EmployerRepository employers, SlotRepository slots, EmployerRenames renames, Clock clock) {
        this.employers = employers;
        this.slots = slots;
        this.renames = renames;
        this.clock = clock;
    }

    void write(ImportPlan plan, Tally tally) {
        List<Employer> renamed = new ArrayList<>();
        Set<String> refusedEmployers = writeEmployers(plan, tally, renamed);
        List<SlotItem> items = plan.slots().stream().filter(item -> !refusedEmployers.contains(item.employer().id())).toList();
        // Counted after the employers: the slots of a refused employer are refused with it, never sent to storing.
        tally.storing(items.size());
        // A count sees the last refresh only; what it misses, a create refuses (see the class comment).
        boolean knownNew = tally.mode() == ImportMode.STORE && !items.isEmpty() && slots.count() == 0;
        boolean slotsWritten = writeSlots(items, tally, knownNew);
        if (tally.mode() == ImportMode.STORE) {
            if (tally.count(Outcome.EMPLOYER_CREATED, Outcome.EMPLOYER_UPDATED) > 0) {
                employers.refresh();
            }
            if (slotsWritten) {
                slots.refresh();
            }
            // Slots of a renamed employer that the import did not touch still carry the old name.
            renamed.forEach(renames::renamed);
        }
    }

    /** The employers, in the ids' batches, by id. */
    Map<String, Versioned<StoredEmployer>> readEmployers(Set<String> ids) {
        Map<String, Versioned<StoredEmployer>> read = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            read.putAll(employers.findAllVersioned(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return read;
    }

    // --- employers ---------------------------------------------------------------------------------------

    /** Writes the employers that changed; returns the ids of those that could not be stored. */
    private Set<String> writeEmployers(ImportPlan plan, Tally tally, List<Employer> renamed) {
        Set<String> refused = new HashSet<>();
        Map<String, EmployerItem> pending = new LinkedHashMap<>();
        plan.employers().forEach(item -> pending.put(item.employer().id(), item));
        Map<String, Versioned<StoredEmployer>> read = plan.storedEmployers();
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                read = readEmployers(pending.keySet());
            }
            List<Employer> changed = new ArrayList<>();
            for (EmployerItem item : pending.values()) {
                Versioned<StoredEmployer> stored = read.get(item.employer().id());
                if (stored != null && stored.value().employer().equals(item.employer())) {
                    tally.add(Outcome.EMPLOYER_UNCHANGED);
                } else {
                    changed.add(item.employer());
                }
            }
            Map<String, EmployerItem> conflicted = new LinkedHashMap<>();
            Map<String, Versioned<StoredEmployer>> versions = read;
            List<List<Employer>> batches = batches(changed);
            List<BulkResult> results = inParallel(batches, batch -> tally.mode() == ImportMode.STORE
                    ? employers.writeAll(batch, versions)
                    : new BulkResult(batch.stream().map(Employer::id).collect(Collectors.toSet()), Set.of(), Map.of()));
            for (int b = 0; b < batches.size(); b++) {
                BulkResult result = results.get(b);
                for (Employer employer : batches.get(b)) {
                    Versioned<StoredEmployer> stored = read.get(employer.id());
                    EmployerItem item = pending.get(employer.id());
                    if (result.written().contains(employer.id())) {
                        tally.add(stored == null ? Outcome.EMPLOYER_CREATED : Outcome.EMPLOYER_UPDATED);
                        if (stored != null && !stored.value().employer().name().equals(employer.name())) {
                            renamed.add(employer);
                        }
                    } else if (result.conflicted().contains(employer.id())) {
                        conflicted.put(employer.id(), item);
                    } else {
                        refuse(tally, item, "the employer could not be stored: " + result.failed().get(employer.id()));
                        refused.add(employer.id());
                    }
                }
            }
            pending.clear();
            pending.putAll(conflicted);
        }
        for (EmployerItem item : pending.values()) {
            refuse(tally, item, "the employer was changed by others during the import, again and again; import the file again");
            refused.add(item.employer().id());
        }
        return refused;
    }

    private static void refuse(Tally tally, EmployerItem item, String reason) {
        // The id only: a sole trader's organisation number is their personal identity number, and
        // Elasticsearch's reason quotes the value it refused. The import's report gives the reason.
        log.warn("Import: employer {} refused", item.employer().id());
        item.rows().forEach(row -> tally.error(row, null, reason));
    }

    // --- slots -------------------------------------------------------------------------------------------

    /** Writes the slots in batches on {@link #WORKERS} threads; returns whether anything was written. */
    private boolean writeSlots(List<SlotItem> items, Tally tally, boolean knownNew) {
        return inParallel(batches(items), batch -> writeSlotBatch(batch, tally, knownNew)).contains(true);
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
        return batches;
    }

    /** Runs {@code work} on every batch, {@link #WORKERS} at a time; returns the results in the batches' order. */
    private static <B, R> List<R> inParallel(List<B> batches, Function<B, R> work) {
        if (batches.size() <= 1) {
            return batches.stream().map(work).toList();
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(WORKERS, batches.size()), task -> {
            Thread thread = new Thread(task, "bank-import-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (B batch : batches) {
                futures.add(workers.submit(() -> work.apply(batch)));
            }
            List<R> results = new ArrayList<>(futures.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException failed) {
            // A batch found the store unavailable: the rest would too. What was written stays; importing again is safe.
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new StoreUnavailableException("The import could not write to Elasticsearch", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("The import was interrupted", interrupted);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Writes one batch of slots, the first time without reading them if they are known to be new; returns whether anything was written. */
    private boolean writeSlotBatch(List<SlotItem> batch, Tally tally, boolean knownNew) {
        Map<String, SlotItem> pending = new LinkedHashMap<>();
        batch.forEach(item -> pending.put(item.slot().id(), item));
        boolean written = false;
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            Map<String, Versioned<StoredSlot>> read = attempt == 1 && knownNew ? Map.of() : slots.findAll(pending.keySet());
            Instant now = clock.instant();
            List<StoredSlot> changed = new ArrayList<>(pending.size());
            for (SlotItem item : pending.values()) {
                StoredSlot next = merged(item, read.get(item.slot().id()), now, tally);
                if (next != null) {
                    changed.add(next);
                }
            }
            if (tally.mode() == ImportMode.DRY_RUN) {
                changed.forEach(next -> tally.add(read.containsKey(next.slot().id()) ? Outcome.SLOT_UPDATED : Outcome.SLOT_CREATED));
                return false;
            }
            BulkResult result = slots.writeAll(changed, read);
            Map<String, SlotItem> conflicted = new LinkedHashMap<>();
            for (StoredSlot next : changed) {
                String id = next.slot().id();
                if (result.written().contains(id)) {
                    tally.add(read.containsKey(id) ? Outcome.SLOT_UPDATED : Outcome.SLOT_CREATED);
                    written = true;
                } else if (result.conflicted().contains(id)) {
                    conflicted.put(id, pending.get(id));
                } else {
                    tally.slotRefused(pending.get(id).row(), null, "the slot could not be stored: " + result.failed().get(id));
                }
            }
            if (!conflicted.isEmpty()) {
                log.info("Import: {} slots were changed by others since they were read (attempt {}); reading them again",
                        conflicted.size(), attempt);
            }
            pending.clear();
            pending.putAll(conflicted);
        }
        pending.values().forEach(item -> tally.slotRefused(item.row(), null,
                "the slot was changed by others during the import, again and again; import the file again"));
        return written;
    }

    /**
     * The slot to write: the row's slot, keeping what the bank holds beside it (seat claims, creation time,
     * and the status unless the row gives one); {@code null} if nothing needs writing or the row is refused.
     */
    private static StoredSlot merged(SlotItem item, Versioned<StoredSlot> stored, Instant now, Tally tally) {
        String employerName = item.employer().name();
        if (stored == null) {
            TrainingSlot slot = item.slot().withStatus(item.status() == null ? SlotStatus.OPEN : item.status());
            return new StoredSlot(slot, new SlotIndexing(employerName, item.importKey(), now, now));
        }
        TrainingSlot current = stored.value().slot();
        SlotIndexing indexing = stored.value().indexing();
        if (!current.employerId().equals(item.employer().id())) {
            tally.slotRefused(item.row(), null, "the slot id " + current.id() + " is taken by another employer's slot");
            return null;
        }
        TrainingSlot slot = item.slot().withStatus(item.status() == null ? current.status() : item.status())
                .withSeatClaims(current.seatClaims());
        int taken = current.takenSeats(now);
        if (slot.seats() < taken) {
            tally.slotRefused(item.row(), item.seatsColumn(), "the slot has " + taken + " seats held or booked; release some before "
                    + "lowering the seats to " + slot.seats());
            return null;
        }
        if (slot.equals(current) && employerName.equals(indexing.employerName())
                && Objects.equals(item.importKey(), indexing.importKey())) {
            tally.add(Outcome.SLOT_UNCHANGED);
            return null;
        }
        return new StoredSlot(slot, new SlotIndexing(employerName, item.importKey(), indexing.createdAt(), now));
    }
}
