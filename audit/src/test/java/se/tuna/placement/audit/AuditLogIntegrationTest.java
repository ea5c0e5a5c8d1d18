package se.tuna.placement.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.tuna.placement.audit.Finding.Problem;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/**
 * The access log on a real node: accesses stored before the caller goes on, in one chain per
 * instance, and every kind of tampering found: an entry changed, deleted, moved, added; a chain
 * cut short or removed.
 */
@RealElasticsearch
class AuditLogIntegrationTest {

    private static final AtomicInteger LOGS = new AtomicInteger();
    private static final AuditSeal SEAL = new AuditSeal(AuditSealTest.KEY);

    ElasticsearchClient client;
    IndexNames names;
    AuditRepository repository;
    AuditVerification verification;
    final List<AuditLog> logs = new ArrayList<>();

    @BeforeEach
    void aFreshAccessLog() {
        client = ElasticsearchClientFactory.create(ElasticsearchConnection.local(ElasticsearchExtension.httpUri()));
        names = new IndexNames(ElasticsearchExtension.indexPrefix(AuditLogIntegrationTest.class) + LOGS.incrementAndGet() + "-");
        new IndexManager(client, names).ensure(AuditRepository.AUDIT);
        repository = new AuditRepository(client, names, new AuditEntryDocumentMapperImpl());
        verification = new AuditVerification(repository, SEAL, Clock.systemUTC());
    }

    @AfterEach
    void stopLogs() {
        logs.forEach(AuditLog::close);
    }

    @Test
    void recordedAccessesAreStoredInOrderAfterTheChainsStart() {
        AuditLog log = instance();

        log.record(List.of(AuditSealTest.access("D-1", "coordinator-1", Set.of("COORDINATOR")),
                AuditSealTest.access("D-2", "coordinator-1", Set.of("COORDINATOR"))));
        repository.refresh();

        List<AuditEntry> entries = repository.find(AuditFilter.everything(), 0, 10).items();
        assertThat(entries).extracting(entry -> entry.event().participantId()).containsExactlyInAnyOrder("D-1", "D-2");
        assertThat(entries).extracting(AuditEntry::sequence).containsExactlyInAnyOrder(1L, 2L);
        assertThat(verification.verify(log.acknowledged()).intact()).isTrue();
        assertThat(log.acknowledged().sequence()).isEqualTo(2);
    }

    @Test
    void manyRequestsAtOnceMakeOneWholeChain() throws Exception {
        AuditLog log = instance();
        ExecutorService requests = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> done = new ArrayList<>();
            IntStream.range(0, 400).forEach(i -> done.add(requests.submit(() ->
                    log.record(List.of(AuditSealTest.access("D-" + i, "coach-" + (i % 7), Set.of("COACH")))))));
            for (Future<?> request : done) {
                request.get();
            }
        } finally {
            requests.shutdown();
        }

        VerificationReport report = verification.verify(log.acknowledged());
        assertThat(report.findings()).isEmpty();
        assertThat(report.entries()).isEqualTo(401);
        assertThat(repository.find(new AuditFilter("coach-3", null, null, null), 0, 100).total()).isEqualTo(57);
    }

    @Test
    void anAlteredEntryIsFound() throws Exception {
        AuditLog log = recorded(5);
        AuditEntryDocument stored = document(log.acknowledged().chain(), 3);

        overwrite(new AuditEntryDocument(stored.chain(), stored.sequence(), stored.at(), stored.kind(), "someone-else",
                stored.roles(), stored.participantId(), stored.access(), stored.data(), stored.endpoint(), stored.knownHeads(),
                stored.previousHash(), stored.hash()));

        assertThat(problems(log)).containsExactly(Problem.ALTERED);
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        AuditLog log = recorded(5);

        client.delete(d -> d.index(names.alias(AuditRepository.AUDIT)).id(log.acknowledged().chain() + ":3").refresh(Refresh.True));

        assertThat(problems(log)).contains(Problem.MISSING);
    }

    @Test
    void twoEntriesSwappedAreFound() throws Exception {
        AuditLog log = recorded(5);
        String chain = log.acknowledged().chain();
        AuditEntryDocument second = document(chain, 2);
        AuditEntryDocument fourth = document(chain, 4);

        overwrite(withSequence(fourth, 2));
        overwrite(withSequence(second, 4));

        assertThat(problems(log)).contains(Problem.ALTERED, Problem.UNLINKED);
    }

    @Test
    void anEntryMadeUpWithoutTheKeyIsFound() throws Exception {
        AuditLog log = recorded(3);
        AuditEntryDocument last = document(log.acknowledged().chain(), 3);

        overwrite(new AuditEntryDocument(last.chain(), 4, last.at(), last.kind(), last.accountId(), last.roles(), "D-INVENTED",
                last.access(), last.data(), last.endpoint(), last.knownHeads(), last.hash(), "0".repeat(64)));

        assertThat(problems(log)).containsExactly(Problem.ALTERED);
    }

    @Test
    void theLastEntriesDeletedAreFoundByTheInstanceThatWroteThem() throws Exception {
        AuditLog log = recorded(5);
        String chain = log.acknowledged().chain();

        client.delete(d -> d.index(names.alias(AuditRepository.AUDIT)).id(chain + ":5").refresh(Refresh.True));
        client.delete(d -> d.index(names.alias(AuditRepository.AUDIT)).id(chain + ":4").refresh(Refresh.True));

        assertThat(problems(log)).containsExactly(Problem.CUT_SHORT);
    }

    @Test
    void aChainCutShortOrRemovedIsFoundByTheNextChainsStart() throws Exception {
        AuditLog first = recorded(4);
        String firstChain = first.acknowledged().chain();
        first.close();
        AuditLog second = recorded(2);

        client.delete(d -> d.index(names.alias(AuditRepository.AUDIT)).id(firstChain + ":4").refresh(Refresh.True));
        assertThat(verification.verify(second.acknowledged()).findings()).extracting(Finding::problem)
                .containsExactly(Problem.CUT_SHORT);

        for (int sequence = 0; sequence < 4; sequence++) {
            String id = firstChain + ":" + sequence;
            client.delete(d -> d.index(names.alias(AuditRepository.AUDIT)).id(id).refresh(Refresh.True));
        }
        assertThat(verification.verify(second.acknowledged()).findings()).extracting(Finding::problem)
                .containsExactly(Problem.CHAIN_REMOVED);
    }

    @Test
    void whenTheStoreCannotTakeTheEntriesTheCallerIsRefused() {
        AuditRepository nowhere = new AuditRepository(client, new IndexNames("no-such-index-"), new AuditEntryDocumentMapperImpl());
        AuditLog log = new AuditLog(nowhere, SEAL, Clock.systemUTC(), Duration.ofSeconds(5), Duration.ofHours(1));
        logs.add(log);

        assertThatThrownBy(() -> log.record(List.of(AuditSealTest.access("D-1", "coordinator-1", Set.of("COORDINATOR")))))
                .isInstanceOf(AuditUnavailableException.class);
        assertThat(log.acknowledged()).isNull();
    }

    @Test
    void aChainCutShortAfterAnotherInstanceCheckpointedItIsFoundByAnyInstance() throws Exception {
        AuditLog first = recorded(2);
        String firstChain = first.acknowledged().chain();
        AuditLog second = instance(Duration.ofMillis(100));
        second.record(List.of(AuditSealTest.access("D-9", "coordinator-2", Set.of("COORDINATOR"))));
        record(first, 3, 4);

        await(() -> recordedHeads(firstChain).contains(4L));
        client.delete(d -> d.index(names.alias(AuditRepository.AUDIT)).id(firstChain + ":4").refresh(Refresh.True));

        assertThat(verification.verify(null).findings()).extracting(Finding::problem).containsExactly(Problem.CUT_SHORT);
    }

    @Test
    void anInstanceThatHasRecordedNothingStartsItsChainAtTheFirstCheckpoint() throws Exception {
        AuditLog idle = instance(Duration.ofMillis(100));

        await(() -> idle.acknowledged() != null);

        assertThat(idle.acknowledged().sequence()).isZero();
        assertThat(verification.verify(idle.acknowledged()).intact()).isTrue();
    }

    @Test
    void aDocumentThatNoLongerReadsAsAnEntryIsReportedNotFailedOn() throws Exception {
        AuditLog log = recorded(3);
        AuditEntryDocument second = document(log.acknowledged().chain(), 2);
        overwrite(new AuditEntryDocument(second.chain(), 2, null, "ACCESS", null, null, second.participantId(), "NEITHER",
                null, null, null, second.previousHash(), second.hash()));

        assertThat(problems(log)).containsExactly(Problem.UNREADABLE);
        assertThat(repository.find(new AuditFilter(null, null, null, null), 0, 10).items()).hasSize(2);
    }

    @Test
    void aCopyOfAnEntryUnderAnotherIdIsFound() throws Exception {
        AuditLog log = recorded(3);
        AuditEntryDocument second = document(log.acknowledged().chain(), 2);
        client.index(i -> i.index(names.alias(AuditRepository.AUDIT)).id("made-up").document(second).refresh(Refresh.True));

        assertThat(problems(log)).containsExactly(Problem.DUPLICATE);
    }

    @Test
    void aDocumentOutsideEveryChainIsFound() throws Exception {
        AuditLog log = recorded(2);
        AuditEntryDocument first = document(log.acknowledged().chain(), 1);
        client.index(i -> i.index(names.alias(AuditRepository.AUDIT)).id("stray").document(new AuditEntryDocument(null, 7,
                first.at(), "ACCESS", "coordinator-3", first.roles(), "D-7", "READ", "PROFILE", first.endpoint(), null, "", "x"))
                .refresh(Refresh.True));

        assertThat(problems(log)).containsExactly(Problem.OUTSIDE_CHAINS);
    }

    private AuditLog instance() {
        return instance(Duration.ofHours(1));
    }

    private AuditLog instance(Duration checkpointEvery) {
        AuditLog log = new AuditLog(repository, SEAL, Clock.systemUTC(), Duration.ofSeconds(10), checkpointEvery);
        logs.add(log);
        return log;
    }

    /** The places of a chain that other chains' starts and checkpoints recorded as its head. */
    private List<Long> recordedHeads(String chain) {
        List<Long> places = new ArrayList<>();
        repository.refresh();
        repository.readRecordedHeads(entry -> entry.knownHeads().stream().filter(head -> head.chain().equals(chain))
                .forEach(head -> places.add(head.sequence())));
        return places;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(until);
            Thread.sleep(50);
        }
    }

    private static void record(AuditLog log, int fromParticipant, int toParticipant) {
        for (int i = fromParticipant; i <= toParticipant; i++) {
            log.record(List.of(AuditSealTest.access("D-" + i, "coordinator-1", Set.of("COORDINATOR"))));
        }
    }

    /** An instance that has recorded {@code count} accesses, one request each: entries 1 to count after the start. */
    private AuditLog recorded(int count) {
        AuditLog log = instance();
        record(log, 1, count);
        return log;
    }

    private List<Problem> problems(AuditLog log) {
        return verification.verify(log.acknowledged()).findings().stream().map(Finding::problem).distinct().toList();
    }

    private AuditEntryDocument document(String chain, long sequence) throws Exception {
        return client.get(g -> g.index(names.alias(AuditRepository.AUDIT)).id(chain + ":" + sequence), AuditEntryDocument.class)
                .source();
    }

    private void overwrite(AuditEntryDocument document) throws Exception {
        client.index(i -> i.index(names.alias(AuditRepository.AUDIT)).id(document.chain() + ":" + document.sequence())
                .document(document).refresh(Refresh.True));
    }

    private static AuditEntryDocument withSequence(AuditEntryDocument document, long sequence) {
        return new AuditEntryDocument(document.chain(), sequence, document.at(), document.kind(), document.accountId(),
                document.roles(), document.participantId(), document.access(), document.data(), document.endpoint(),
                document.knownHeads(), document.previousHash(), document.hash());
    }
}
