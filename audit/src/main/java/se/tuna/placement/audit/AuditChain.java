package se.tuna.placement.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The chain this instance writes: where it stands, and the sealing of the next entries. Only the
 * access log's writer uses it, one batch at a time. A batch that could not be written may or may
 * not be partly stored, so the chain is then given up and the next batch starts a new one; the
 * new chain's start records where the old one ended. Its start and its checkpoints record the
 * other chains' heads, so that none of them can later be cut short or removed unseen.
 */
final class AuditChain {

    private final AuditSeal seal;
    private String chain;
    private long next;
    private String lastHash;
    private ChainHead acknowledged;
    /** The other chains' heads as this chain last recorded them. */
    private List<ChainHead> recordedHeads = List.of();

    AuditChain(AuditSeal seal) {
        this.seal = seal;
        startAfresh();
    }

    /**
     * The sealed entries for these events, after a chain's start if the chain has none yet.
     *
     * @param otherHeads the heads of the stored chains, asked for only when a chain starts
     */
    List<AuditEntry> seal(List<AuditEvent> events, Instant at, Supplier<List<ChainHead>> otherHeads) {
        List<AuditEntry> entries = new ArrayList<>(events.size() + 1);
        long sequence = next;
        String previous = lastHash;
        if (sequence == 0) {
            AuditEntry start = sealed(new AuditEntry(chain, sequence++, at, AuditEntry.Kind.CHAIN_START, null,
                    others(otherHeads.get()), previous, null));
            entries.add(start);
            previous = start.hash();
        }
        for (AuditEvent event : events) {
            AuditEntry entry = sealed(new AuditEntry(chain, sequence++, at, AuditEntry.Kind.ACCESS, event, List.of(), previous, null));
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    /**
     * The entry that records the other chains' heads as they are now: the chain's start if it has
     * none yet, a checkpoint if any of them moved since this chain last recorded them; else none.
     */
    List<AuditEntry> checkpoint(Instant at, List<ChainHead> heads) {
        if (next == 0) {
            return seal(List.of(), at, () -> heads);
        }
        List<ChainHead> others = others(heads);
        if (others.equals(recordedHeads)) {
            return List.of();
        }
        return List.of(sealed(new AuditEntry(chain, next, at, AuditEntry.Kind.CHECKPOINT, null, others, lastHash, null)));
    }

    /** The entries are stored: the chain goes on after them. */
    void stored(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        next = last.sequence() + 1;
        lastHash = last.hash();
        acknowledged = last.asHead();
        entries.stream().filter(AuditEntry::recordsHeads).reduce((earlier, later) -> later)
                .ifPresent(recording -> recordedHeads = recording.knownHeads());
    }

    /** The entries may or may not be stored: a new chain starts with the next batch. */
    void giveUp() {
        startAfresh();
    }

    String id() {
        return chain;
    }

    /** The last entry known to be stored in this instance's chains, or {@code null} before the first. */
    ChainHead acknowledged() {
        return acknowledged;
    }

    private void startAfresh() {
        chain = UUID.randomUUID().toString();
        next = 0;
        lastHash = "";
        recordedHeads = List.of();
    }

    /** The heads of the chains other than this one, in a stable order so that two readings compare. */
    private List<ChainHead> others(List<ChainHead> heads) {
        return heads.stream().filter(head -> !head.chain().equals(chain)).sorted(Comparator.comparing(ChainHead::chain)).toList();
    }

    private AuditEntry sealed(AuditEntry entry) {
        return entry.sealedWith(seal.of(entry));
    }
}
