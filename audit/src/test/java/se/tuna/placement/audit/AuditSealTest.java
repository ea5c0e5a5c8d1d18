package se.tuna.placement.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.tuna.placement.audit.AuditEvent.Access;
import se.tuna.placement.audit.AuditEvent.Reader;

class AuditSealTest {

    static final AuditKey KEY = AuditKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
    final AuditSeal seal = new AuditSeal(KEY);

    @Test
    void anEntryCarriesItsOwnSealAndLosesItWhenAnyFieldChanges() {
        AuditEntry entry = sealed(access("D-AAAAAAA", "coordinator-1", Set.of("COORDINATOR")));

        assertThat(seal.holds(entry)).isTrue();
        assertThat(seal.holds(with(entry, access("D-BBBBBBB", "coordinator-1", Set.of("COORDINATOR"))))).isFalse();
        assertThat(seal.holds(with(entry, access("D-AAAAAAA", "coordinator-2", Set.of("COORDINATOR"))))).isFalse();
        assertThat(seal.holds(with(entry, access("D-AAAAAAA", "coordinator-1", Set.of("COORDINATOR", "ADMIN"))))).isFalse();
        assertThat(seal.holds(new AuditEntry(entry.chain(), 8, entry.at(), entry.kind(), entry.event(), List.of(),
                entry.previousHash(), entry.hash()))).as("moved to another place").isFalse();
        assertThat(seal.holds(new AuditEntry(entry.chain(), entry.sequence(), entry.at().plusMillis(1), entry.kind(),
                entry.event(), List.of(), entry.previousHash(), entry.hash()))).as("another time").isFalse();
        assertThat(seal.holds(new AuditEntry(entry.chain(), entry.sequence(), entry.at(), entry.kind(), entry.event(), List.of(),
                "another", entry.hash()))).as("after another entry").isFalse();
    }

    @Test
    void onlyTheKeyMakesASeal() {
        AuditEntry entry = sealed(access("D-AAAAAAA", "coordinator-1", Set.of("COORDINATOR")));
        byte[] other = new byte[32];
        other[0] = 1;

        assertThat(new AuditSeal(AuditKey.fromBase64(Base64.getEncoder().encodeToString(other))).holds(entry)).isFalse();
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        AuditEntry one = sealed(access("D-AB", "C", Set.of()));
        AuditEntry other = with(one, access("D-A", "BC", Set.of()));

        assertThat(seal.of(other)).isNotEqualTo(one.hash());
    }

    @Test
    void aShortOrMalformedKeyIsRefused() {
        assertThatThrownBy(() -> AuditKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> AuditKey.fromBase64("not base64 !")).hasMessageContaining("Base64");
    }

    private AuditEntry sealed(AuditEvent event) {
        AuditEntry entry = new AuditEntry("chain-1", 7, Instant.parse("2026-12-06T10:15:30.123Z"), AuditEntry.Kind.ACCESS, event,
                List.of(), "previous", null);
        return entry.sealedWith(seal.of(entry));
    }

    private static AuditEntry with(AuditEntry entry, AuditEvent event) {
        return new AuditEntry(entry.chain(), entry.sequence(), entry.at(), entry.kind(), event, List.of(), entry.previousHash(),
                entry.hash());
    }

    static AuditEvent access(String participantId, String accountId, Set<String> roles) {
        return new AuditEvent(new Reader(accountId, roles), participantId, Access.READ, ParticipantData.PROFILE,
                "GET /api/participants/{id}");
    }
}
