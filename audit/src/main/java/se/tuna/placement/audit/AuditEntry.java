package se.tuna.placement.audit;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the access log (åtkomstlogg), sealed into its chain. A chain is written by one
 * service instance from its start; its first entry ({@link Kind#CHAIN_START}) records the heads
 * of the other chains it found, and so does a {@link Kind#CHECKPOINT} whenever they have moved
 * on, so a chain cut short or removed later is found too. Every other entry records one
 * {@link AuditEvent}.
 *
 * @param chain        the chain
 * @param sequence     its place in the chain, from 0, without gaps
 * @param at           when it was recorded
 * @param kind         a chain's start, a checkpoint or an access
 * @param event        the access; {@code null} for a chain's start or a checkpoint
 * @param knownHeads   for a chain's start or a checkpoint, the other chains' heads found then; otherwise empty
 * @param previousHash the seal of the entry before it, empty for the first
 * @param hash         its own seal, over everything above (see {@link AuditSeal})
 */
public record AuditEntry(String chain, long sequence, Instant at, Kind kind, AuditEvent event, List<ChainHead> knownHeads,
        String previousHash, String hash) {

    public AuditEntry {
        knownHeads = knownHeads == null ? List.of() : List.copyOf(knownHeads);
    }

    /** What an entry records. */
    public enum Kind {
        CHAIN_START, CHECKPOINT, ACCESS
    }

    /** Whether it records the other chains' heads. */
    boolean recordsHeads() {
        return kind == Kind.CHAIN_START || kind == Kind.CHECKPOINT;
    }

    /** The stored id: unique per chain and place, so an entry can only be created once. */
    public String id() {
        return chain + ":" + sequence;
    }

    ChainHead asHead() {
        return new ChainHead(chain, sequence, hash);
    }

    AuditEntry sealedWith(String seal) {
        return new AuditEntry(chain, sequence, at, kind, event, knownHeads, previousHash, seal);
    }
}
