package se.tuna.placement.participants.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.participants.participant.ParticipantFixtures.draft;
import static se.tuna.placement.participants.participant.ParticipantFixtures.freshId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;

@RealElasticsearch
@SpringJUnitConfig(ParticipantRepositoryIntegrationTest.Wiring.class)
class ParticipantRepositoryIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(ParticipantRepositoryIntegrationTest.class));
        }
    }

    @Autowired
    ParticipantRepository repository;
    @Autowired
    ReferenceData reference;

    @Test
    void aStoredParticipantIsReadBackUnchanged() {
        Participant participant = draft().id(freshId()).maxLiftKg(12)
                .limitations(FunctionalLimitation.LIFTING_LIMIT, FunctionalLimitation.NEEDS_QUIET_PLACE).build();

        repository.create(participant);

        assertThat(repository.find(participant.id())).get().extracting(read -> read.value().participant()).isEqualTo(participant);
    }

    @Test
    void theWaitingListIsOrderedByReadySince() {
        String site = "strangnas";
        Participant waitedLongest = ready(site, LocalDate.of(2026, 3, 1), "W-AAAA" + suffix());
        Participant sameDayFirstById = ready(site, LocalDate.of(2026, 6, 1), "W-BBBB" + suffix());
        Participant sameDaySecondById = ready(site, LocalDate.of(2026, 6, 1), "W-CCCC" + suffix());
        Participant newest = ready(site, LocalDate.of(2026, 9, 1), "W-DDDD" + suffix());
        List.of(newest, sameDaySecondById, waitedLongest, sameDayFirstById).forEach(repository::create);
        repository.create(draft().id(freshId()).site(site).phase(Phase.MAPPING, null).build());

        List<String> waitingList = repository.list(ParticipantQuery.of(site, Phase.READY), 0, 200).items().stream().map(Participant::id).toList();

        assertThat(waitingList).containsSubsequence(waitedLongest.id(), sameDayFirstById.id(), sameDaySecondById.id(),
                newest.id());
        assertThat(repository.list(ParticipantQuery.of(site, Phase.READY), 0, 200).items()).allMatch(p -> p.phase() == Phase.READY
                && p.site().equals(site));
    }

    @Test
    void aQueryByIdsListsOnlyThoseAndAnEmptySetOfIdsListsNone() {
        Participant mine = draft().id(freshId()).site("eskilstuna").build();
        Participant another = draft().id(freshId()).site("eskilstuna").build();
        repository.create(mine);
        repository.create(another);

        List<Participant> listed = repository.list(new ParticipantQuery(null, Set.of(mine.id()), null), 0, 200).items();
        List<Participant> none = repository.list(new ParticipantQuery(null, Set.of(), null), 0, 200).items();
        List<Participant> otherSite = repository.list(new ParticipantQuery(Set.of("strangnas"), Set.of(mine.id()), null), 0, 200)
                .items();

        assertThat(listed).extracting(Participant::id).containsExactly(mine.id());
        assertThat(none).isEmpty();
        assertThat(otherSite).isEmpty();
    }

    @Test
    void participantsWithoutReadySinceComeLast() {
        String id = freshId();
        repository.create(draft().id(id).site("strangnas").phase(Phase.EXITED, null).build());
        repository.create(draft().id(freshId()).site("strangnas").phase(Phase.EXITED, LocalDate.of(2025, 1, 1)).build());

        List<Participant> exited = repository.list(ParticipantQuery.of("strangnas", Phase.EXITED), 0, 200).items();

        assertThat(exited.get(exited.size() - 1).readySince()).isNull();
        assertThat(exited.get(0).readySince()).isNotNull();
    }

    @Test
    void replacingAStaleVersionConflicts() {
        Participant participant = ParticipantFixtures.participant();
        repository.create(participant);
        Versioned<StoredParticipant> read = repository.find(participant.id()).orElseThrow();
        repository.replace(participant.withPhase(Phase.PLACED, participant.readySince()), read);

        assertThatThrownBy(() -> repository.replace(participant.withPhase(Phase.EXITED, participant.readySince()), read))
                .isInstanceOf(VersionConflictException.class);
        assertThat(repository.find(participant.id()).orElseThrow().value().participant().phase()).isEqualTo(Phase.PLACED);
    }

    @Test
    void creatingATakenIdConflicts() {
        Participant participant = ParticipantFixtures.participant();
        repository.create(participant);

        assertThatThrownBy(() -> repository.create(participant)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void theDemoParticipantsAreBulkWrittenAndReadBackUnchanged() {
        LocalDate asOf = LocalDate.of(2026, 11, 2);
        DemoBank bank = new DemoBankGenerator(reference).generate(7, 20, 60, asOf);
        List<Participant> demo = new DemoParticipantGenerator(reference).generate(7, 60, bank, asOf);
        repository.refresh();
        long before = repository.count();

        BulkResult written = repository.writeAll(demo, Map.of());
        repository.refresh();

        assertThat(written.written()).hasSize(60);
        assertThat(written.conflicted()).isEmpty();
        assertThat(written.failed()).isEmpty();
        assertThat(repository.count()).isEqualTo(before + 60);
        var read = repository.findAll(demo.stream().map(Participant::id).toList());
        assertThat(demo).allSatisfy(participant -> assertThat(read.get(participant.id()).value().participant())
                .isEqualTo(participant));
    }

    @Test
    void aSecondBulkWriteOfTheSameIdsWithoutVersionsConflicts() {
        List<Participant> participants = List.of(ParticipantFixtures.participant(), ParticipantFixtures.participant());
        repository.writeAll(participants, Map.of());

        BulkResult again = repository.writeAll(participants, Map.of());

        assertThat(again.conflicted()).containsExactlyInAnyOrderElementsOf(participants.stream().map(Participant::id).toList());
    }

    @Test
    void everyParticipantOfASiteIsReadPastOneBatchInWaitingOrder() {
        LocalDate asOf = LocalDate.of(2026, 11, 2);
        DemoBank bank = new DemoBankGenerator(reference).generate(11, 20, 60, asOf);
        List<Participant> demo = new DemoParticipantGenerator(reference).generate(11, 2_500, bank, asOf);
        for (int from = 0; from < demo.size(); from += 1_000) {
            repository.writeAll(demo.subList(from, Math.min(demo.size(), from + 1_000)), Map.of());
        }
        repository.refresh();

        List<Participant> eskilstuna = repository.listAll("eskilstuna", null);

        assertThat(eskilstuna).hasSizeGreaterThan(1_500).allMatch(p -> p.site().equals("eskilstuna"))
                .isSortedAccordingTo(Comparator.comparing(Participant::readySince, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Participant::id));
        assertThat(eskilstuna).extracting(Participant::id).doesNotHaveDuplicates()
                .containsAll(demo.stream().filter(p -> p.site().equals("eskilstuna")).map(Participant::id).toList());
        assertThat(repository.listAll("eskilstuna", Phase.READY)).allMatch(p -> p.phase() == Phase.READY);
    }

    private static Participant ready(String site, LocalDate since, String id) {
        return draft().id(id).site(site).phase(Phase.READY, since).build();
    }

    /** Four random characters, so the ids of one run never clash with another's and keep their alphabetical order. */
    private static String suffix() {
        return freshId().substring(2, 6);
    }
}
