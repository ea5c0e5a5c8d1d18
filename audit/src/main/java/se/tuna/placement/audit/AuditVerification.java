package se.tuna.placement.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the whole access log: every chain whole from its start (no entry missing, none twice,
 * each linked to the one before it, each carrying its own seal, each readable), every chain at
 * least as long as any other chain's start or checkpoint recorded it, this instance's own as long
 * as it knows it to be, and no document outside the chains.
 */
public class AuditVerification {

    private final AuditRepository repository;
    private final AuditSeal seal;
    private final Clock clock;

    public AuditVerification(AuditRepository repository, AuditSeal seal, Clock clock) {
        this.repository = repository;
        this.seal = seal;
        this.clock = clock;
    }

    /** @param acknowledgedHere the last entry this instance knows to be stored, or {@code null} */
    public VerificationReport verify(ChainHead acknowledgedHere) {
        // Counted first: every document there is then lies within a head read after it, unless it belongs to no chain.
        long documents = repository.count();
        List<ChainHead> heads = repository.heads();
        Map<String, Map<Long, Claim>> claims = claims(acknowledgedHere);
        List<Finding> findings = new ArrayList<>();
        long read = 0;
        for (ChainHead head : heads) {
            ChainCheck check = new ChainCheck(head.chain(), claims.getOrDefault(head.chain(), Map.of()), findings);
            repository.readChain(head.chain(), check::next);
            check.end();
            read += check.read;
            claims.remove(head.chain());
        }
        claims.forEach((chain, lost) -> lost.values().forEach(claim -> findings.add(new Finding(chain, claim.head().sequence(),
                Finding.Problem.CHAIN_REMOVED, claim.by()))));
        if (documents > read) {
            findings.add(new Finding(null, -1, Finding.Problem.OUTSIDE_CHAINS, (documents - read) + " documents"));
        }
        return new VerificationReport(findings.isEmpty(), heads.size(), read, List.copyOf(findings), clock.instant());
    }

    /**
     * What the chains' starts and checkpoints, and this instance, say each chain held at least: per
     * chain and place, the seal recorded there (two records of one place are one claim).
     */
    private Map<String, Map<Long, Claim>> claims(ChainHead acknowledgedHere) {
        Map<String, Map<Long, Claim>> claims = new HashMap<>();
        repository.readRecordedHeads(record -> record.knownHeads().forEach(head ->
                claim(claims, new Claim(head, "chain " + record.chain()))));
        if (acknowledgedHere != null) {
            claim(claims, new Claim(acknowledgedHere, "this instance"));
        }
        return claims;
    }

    private static void claim(Map<String, Map<Long, Claim>> claims, Claim claim) {
        claims.computeIfAbsent(claim.head().chain(), chain -> new LinkedHashMap<>()).putIfAbsent(claim.head().sequence(), claim);
    }

    private record Claim(ChainHead head, String by) {
    }

    /** One chain read in order. */
    private final class ChainCheck {

        private final String chain;
        private final Map<Long, Claim> claims;
        private final List<Finding> findings;
        private long expected;
        private String previousHash = "";
        private long read;

        ChainCheck(String chain, Map<Long, Claim> claims, List<Finding> findings) {
            this.chain = chain;
            this.claims = claims;
            this.findings = findings;
        }

        void next(StoredEntry stored) {
            read++;
            long sequence = stored.sequence();
            if (sequence < expected) {
                findings.add(new Finding(chain, sequence, Finding.Problem.DUPLICATE, null));
                return;
            }
            if (sequence > expected) {
                findings.add(new Finding(chain, expected, Finding.Problem.MISSING, "up to entry " + (sequence - 1)));
            }
            if (stored.readable()) {
                check(stored.entry(), sequence > expected);
            } else {
                findings.add(new Finding(chain, sequence, Finding.Problem.UNREADABLE, stored.id()));
            }
            Claim claim = claims.get(sequence);
            if (claim != null && !claim.head().hash().equals(stored.hash())) {
                findings.add(new Finding(chain, sequence, Finding.Problem.DIFFERS_FROM_RECORD, claim.by()));
            }
            expected = sequence + 1;
            previousHash = stored.hash();
        }

        private void check(AuditEntry entry, boolean afterAGap) {
            long sequence = entry.sequence();
            // After a gap or an unreadable document there is nothing to link to: that is reported already.
            if (!afterAGap && previousHash != null && !Objects.equals(entry.previousHash(), previousHash)) {
                findings.add(new Finding(chain, sequence, Finding.Problem.UNLINKED, null));
            }
            if (!seal.holds(entry)) {
                findings.add(new Finding(chain, sequence, Finding.Problem.ALTERED, null));
            }
            if (sequence == 0 && entry.kind() != AuditEntry.Kind.CHAIN_START) {
                findings.add(new Finding(chain, 0, Finding.Problem.NO_START, null));
            }
        }

        void end() {
            claims.values().stream().filter(claim -> claim.head().sequence() >= expected).forEach(claim -> findings.add(
                    new Finding(chain, expected, Finding.Problem.CUT_SHORT, claim.by() + " recorded up to entry "
                            + claim.head().sequence())));
        }
    }
}
