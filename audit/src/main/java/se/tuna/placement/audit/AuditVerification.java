package se.tuna.placement.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the whole access log: every chain whole from its start (no entry missing, none twice,
 * each linked to the one before it, each carrying its own seal), and every chain at least as long
 * as any later chain's start recorded it, and this instance's own as long as it knows it to be.
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
        List<ChainHead> heads = repository.heads();
        Map<String, List<Claim>> claims = claims(acknowledgedHere);
        List<Finding> findings = new ArrayList<>();
        long entries = 0;
        for (ChainHead head : heads) {
            ChainCheck check = new ChainCheck(head.chain(), claims.getOrDefault(head.chain(), List.of()), findings);
            repository.readChain(head.chain(), check::next);
            check.end();
            entries += check.read;
            claims.remove(head.chain());
        }
        claims.forEach((chain, lost) -> lost.forEach(claim -> findings.add(new Finding(chain, claim.head().sequence(),
                Finding.Problem.CHAIN_REMOVED, claim.by()))));
        return new VerificationReport(findings.isEmpty(), heads.size(), entries, List.copyOf(findings), clock.instant());
    }

    /** What the chains' starts, and this instance, say each chain held at least. */
    private Map<String, List<Claim>> claims(ChainHead acknowledgedHere) {
        Map<String, List<Claim>> claims = new HashMap<>();
        repository.readChainStarts(start -> start.knownHeads().forEach(head ->
                claims.computeIfAbsent(head.chain(), chain -> new ArrayList<>()).add(new Claim(head, "chain " + start.chain()))));
        if (acknowledgedHere != null) {
            claims.computeIfAbsent(acknowledgedHere.chain(), chain -> new ArrayList<>()).add(new Claim(acknowledgedHere, "this instance"));
        }
        return claims;
    }

    private record Claim(ChainHead head, String by) {
    }

    /** One chain read in order. */
    private final class ChainCheck {

        private final String chain;
        private final List<Claim> claims;
        private final List<Finding> findings;
        private long expected;
        private String previousHash = "";
        private long read;

        ChainCheck(String chain, List<Claim> claims, List<Finding> findings) {
            this.chain = chain;
            this.claims = claims;
            this.findings = findings;
        }

        void next(AuditEntry entry) {
            read++;
            long sequence = entry.sequence();
            if (sequence < expected) {
                findings.add(new Finding(chain, sequence, Finding.Problem.DUPLICATE, null));
                return;
            }
            if (sequence > expected) {
                findings.add(new Finding(chain, expected, Finding.Problem.MISSING, "up to entry " + (sequence - 1)));
            } else if (!entry.previousHash().equals(previousHash)) {
                findings.add(new Finding(chain, sequence, Finding.Problem.UNLINKED, null));
            }
            if (!seal.holds(entry)) {
                findings.add(new Finding(chain, sequence, Finding.Problem.ALTERED, null));
            }
            if (sequence == 0 && entry.kind() != AuditEntry.Kind.CHAIN_START) {
                findings.add(new Finding(chain, 0, Finding.Problem.NO_START, null));
            }
            claims.stream().filter(claim -> claim.head().sequence() == sequence && !claim.head().hash().equals(entry.hash()))
                    .forEach(claim -> findings.add(new Finding(chain, sequence, Finding.Problem.DIFFERS_FROM_RECORD, claim.by())));
            expected = sequence + 1;
            previousHash = entry.hash();
        }

        void end() {
            claims.stream().filter(claim -> claim.head().sequence() >= expected).forEach(claim -> findings.add(
                    new Finding(chain, expected, Finding.Problem.CUT_SHORT, claim.by() + " recorded up to entry "
                            + claim.head().sequence())));
        }
    }
}
