package se.tuna.placement.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.CatalogIndices;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.SlotIndexing;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/**
 * An import into a bank without slots, where the slots are created without reading them first: a slot that
 * is stored but not yet visible to the import's check (not refreshed) must still be compared, kept and
 * reported as any other. Each test starts from an empty slots index that is refreshed only when asked.
 */
@RealElasticsearch
@SpringJUnitConfig(BankImportIntoEmptyBankIntegrationTest.Wiring.class)
class BankImportIntoEmptyBankIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(CatalogTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(BankImportIntoEmptyBankIntegrationTest.class));
        }
    }

    @Autowired
    BankImport bankImport;
    @Autowired
    SlotService slots;
    @Autowired
    SlotRepository slotRepository;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;

    @BeforeEach
    void emptySlotsIndexRefreshedOnlyWhenAsked() throws IOException {
        String index = names.alias(CatalogIndices.SLOTS);
        // Deleted by id: the local node has no delete-by-query (no reindex module). A test stores a few thousand at most.
        client.indices().refresh(r -> r.index(index));
        List<String> ids = client.search(q -> q.index(index).size(10_000).source(src -> src.fetch(false)), Void.class)
                .hits().hits().stream().map(Hit::id).toList();
        if (!ids.isEmpty()) {
            client.bulk(b -> b.index(index).refresh(Refresh.True)
                    .operations(ids.stream().map(id -> BulkOperation.of(op -> op.delete(del -> del.id(id)))).toList()));
        }
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
    }

    @AfterEach
    void refreshedAgain() throws IOException {
        client.indices().putSettings(p -> p.index(names.alias(CatalogIndices.SLOTS)).settings(s -> s.refreshInterval(t -> t.time("1s"))));
    }

    @Test
    void aSlotStoredButNotYetVisibleIsUpdatedKeepingItsBookingAndTheRestAreCreated() {
        Employer employer = CatalogFixtures.employer("559912-3501", "Exempeltomma AB");
        String employerId = EmployerService.idFor(employer.organisationNumber());
        int count = 2 * BankWriter.BATCH + 10;
        SeatClaim booked = new SeatClaim("claim-1", SeatClaim.Kind.BOOKING, "placement-7", Instant.parse("2026-01-05T08:00:00Z"), null);
        StoredSlot before = storeUnrefreshed(drafts("picking", employerId, count, "Plockning.").get(BankWriter.BATCH + 3), employerId,
                employer.name(), booked);
        assertThat(slotRepository.count()).as("the stored slot is not visible to a count yet").isZero();

        ImportReport report = bankImport.importBank(List.of(employer), drafts("picking", employerId, count, "Plockning och packning."),
                ImportMode.STORE);

        assertThat(report.errors()).isEmpty();
        assertThat(report).extracting(ImportReport::slotsCreated, ImportReport::slotsUpdated, ImportReport::slotsUnchanged)
                .containsExactly(count - 1, 1, 0);
        StoredSlot after = slots.get(before.slot().id());
        assertThat(after.slot().seatClaims()).containsExactly(booked);
        assertThat(after.slot().tasks()).isEqualTo("Plockning och packning.");
        assertThat(after.indexing().createdAt()).isEqualTo(before.indexing().createdAt());
        assertThat(slotRepository.count()).isEqualTo(count);
    }

    @Test
    void aSlotStoredButNotYetVisibleAndEqualIsReportedUnchanged() {
        Employer employer = CatalogFixtures.employer("559912-3519", "Exempellika AB");
        String employerId = EmployerService.idFor(employer.organisationNumber());
        List<TrainingSlot> drafts = drafts("sorting", employerId, 3, "Sortering.");
        TrainingSlot draft = drafts.get(1);
        String importKey = employer.organisationNumber().value() + ":" + draft.id();
        TrainingSlot same = slots.prepared(draft, draft.id(), withId(employer, employerId), SlotStatus.OPEN);
        Instant now = Instant.now();
        slotRepository.create(same, new SlotIndexing(employer.name(), importKey, now, now), false);
        assertThat(slotRepository.count()).isZero();

        ImportReport report = bankImport.importBank(List.of(employer), drafts, ImportMode.STORE);

        assertThat(report.errors()).isEmpty();
        assertThat(report).extracting(ImportReport::slotsCreated, ImportReport::slotsUpdated, ImportReport::slotsUnchanged)
                .containsExactly(2, 0, 1);
        assertThat(slots.get(draft.id()).indexing().updatedAt()).isEqualTo(now);
    }

    @Test
    void aSlotIdTakenByAnotherEmployersSlotNotYetVisibleIsRefusedOnItsRow() {
        Employer owner = CatalogFixtures.employer("559912-3527", "Exempelägaren AB");
        Employer other = CatalogFixtures.employer("559912-3535", "Exempelandra AB");
        String ownerId = EmployerService.idFor(owner.organisationNumber());
        String otherId = EmployerService.idFor(other.organisationNumber());
        StoredSlot taken = storeUnrefreshed(drafts("shared", ownerId, 2, "Städning.").get(1), ownerId, owner.name());
        assertThat(slotRepository.count()).isZero();

        ImportReport report = bankImport.importBank(List.of(other), drafts("shared", otherId, 2, "Disk."), ImportMode.STORE);

        // Row 1 is the employer, rows 2 and 3 its slots: the second slot's id is the owner's.
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.reason()).contains("taken by another employer's slot");
        });
        assertThat(report.slotsCreated()).isEqualTo(1);
        TrainingSlot kept = slots.get(taken.slot().id()).slot();
        assertThat(kept.employerId()).isEqualTo(ownerId);
        assertThat(kept.tasks()).isEqualTo("Städning.");
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    /** Stores the draft as a slot of the employer (with the claims), without a refresh: a count does not see it. */
    private StoredSlot storeUnrefreshed(TrainingSlot draft, String employerId, String employerName, SeatClaim... claims) {
        TrainingSlot slot = new TrainingSlot(draft.id(), employerId, draft.title(), draft.tasks(), draft.occupationCode(),
                draft.locality(), draft.coordinates(), Set.of("eskilstuna"), draft.hours(), draft.schedule(), draft.seats(),
                draft.availableFrom(), null, draft.demands(), draft.heaviestLiftKg(), draft.support(), draft.accessibility(),
                draft.supervisor(), SlotStatus.OPEN, List.of(claims));
        Instant created = Instant.parse("2026-01-02T09:00:00Z");
        SlotIndexing indexing = new SlotIndexing(employerName, null, created, created);
        slotRepository.create(slot, indexing, false);
        return new StoredSlot(slot, indexing);
    }

    private static Employer withId(Employer employer, String id) {
        return new Employer(id, employer.name(), employer.organisationNumber(), employer.sector(), employer.industryCode(),
                employer.contact(), employer.address(), employer.sites());
    }

    private static List<TrainingSlot> drafts(String idPrefix, String employerId, int count, String tasks) {
        TrainingSlot template = CatalogFixtures.warehouseSlot();
        List<TrainingSlot> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(new TrainingSlot(idPrefix + "-" + i, employerId, template.title(), tasks,
                    template.occupationCode(), template.locality(), template.coordinates(), null, template.hours(),
                    template.schedule(), 5, template.availableFrom(), null, template.demands(), template.heaviestLiftKg(),
                    template.support(), template.accessibility(), template.supervisor(), null, null));
        }
        return drafts;
    }
}
