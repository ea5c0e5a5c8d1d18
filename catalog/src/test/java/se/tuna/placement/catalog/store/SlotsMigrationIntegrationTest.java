package se.tuna.placement.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.catalog.CatalogFixtures.employer;
import static se.tuna.placement.catalog.CatalogFixtures.freshOrganisationNumber;
import static se.tuna.placement.catalog.CatalogFixtures.warehouseSlot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An installation with a v1 slots index (no {@code scheduleMinutes}) starts this version: the
 * start copies the slots to v2 and fills the field, so a copied slot is filtered by working times
 * exactly as a freshly saved one, not let through until it is written again.
 */
@RealElasticsearch
@SpringJUnitConfig(SlotsMigrationIntegrationTest.Wiring.class)
class SlotsMigrationIntegrationTest {

    static final String OLD_SLOT_ID = "slot-from-v1";

    @Configuration(proxyBeanMethods = false)
    @Import(CatalogTestWiring.class)
    static class Wiring {
        /** The names, and before the indices are ensured (which needs them) a v1 slots index as an older version left it. */
        @Bean
        IndexNames indexNames(ElasticsearchClient client) {
            IndexNames names = new IndexNames(ElasticsearchExtension.indexPrefix(SlotsMigrationIntegrationTest.class));
            createV1SlotsWithOneSlot(client, names);
            return names;
        }
    }

    @Autowired
    SlotSearch search;
    @Autowired
    SlotService slots;
    @Autowired
    EmployerService employers;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;

    @Test
    void aSlotCopiedFromV1IsFilteredByWorkingTimesAsAFreshOneIs() throws IOException {
        assertThat(client.indices().getAlias(g -> g.name(names.alias(CatalogIndices.SLOTS))).result().keySet())
                .containsExactly(CatalogIndices.SLOTS.concreteIndex(names.prefix()));
        String employerId = employers.register(employer(freshOrganisationNumber(), "Kopierade Lager AB")).id();
        String fresh = slots.register(employerId, warehouseSlot()).slot().id();

        // Both work Monday to Wednesday 08-12.
        var mondayMorning = new WeeklySchedule(List.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(13, 0))));
        var thursdayAfternoon = new WeeklySchedule(List.of(new TimeWindow(DayOfWeek.THURSDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));
        assertThat(idsWorkingWithin(mondayMorning)).contains(OLD_SLOT_ID, fresh);
        assertThat(idsWorkingWithin(thursdayAfternoon)).doesNotContain(OLD_SLOT_ID, fresh);

        SlotDocument copied = client.get(g -> g.index(names.alias(CatalogIndices.SLOTS)).id(OLD_SLOT_ID), SlotDocument.class).source();
        SlotDocument saved = client.get(g -> g.index(names.alias(CatalogIndices.SLOTS)).id(fresh), SlotDocument.class).source();
        assertThat(copied.scheduleMinutes()).isNotEmpty().isEqualTo(saved.scheduleMinutes());
    }

    private List<String> idsWorkingWithin(WeeklySchedule windows) {
        return search.search(SlotSearchCriteria.openSlots().withWorkingWithin(windows).withPage(0, 100)).items().stream()
                .map(hit -> hit.slot().id()).toList();
    }

    private static void createV1SlotsWithOneSlot(ElasticsearchClient client, IndexNames names) {
        String v1 = names.prefix() + CatalogIndices.SLOTS.name() + "-v1";
        try (InputStream mapping = SlotsMigrationIntegrationTest.class.getClassLoader()
                .getResourceAsStream("elasticsearch-old/slots-v1.json")) {
            client.indices().create(c -> c.index(v1).withJson(mapping).aliases(names.alias(CatalogIndices.SLOTS), a -> a));
            TrainingSlot draft = warehouseSlot();
            TrainingSlot slot = new TrainingSlot(OLD_SLOT_ID, "employer-of-v1", draft.title(), draft.tasks(), draft.occupationCode(),
                    draft.locality(), draft.coordinates(), draft.sites(), draft.hours(), draft.schedule(), draft.seats(),
                    draft.availableFrom(), draft.availableUntil(), draft.demands(), draft.heaviestLiftKg(), draft.support(),
                    draft.accessibility(), draft.supervisor(), draft.status(), draft.seatClaims());
            Instant then = Instant.parse("2026-01-02T08:00:00Z");
            SlotDocument document = new SlotDocumentMapperImpl().toDocument(slot,
                    new SlotIndexing("Gamla Lager AB", null, then, then), "Lagerarbete Plockning packning");
            JsonMapper json = JsonMapper.builder()
                    .changeDefaultPropertyInclusion(i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
                    .build();
            Map<String, Object> source = json.convertValue(document, new TypeReference<Map<String, Object>>() { });
            source.remove("scheduleMinutes"); // v1 had no such field
            client.index(i -> i.index(v1).id(OLD_SLOT_ID).document(source).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
