package se.tuna.placement.catalog.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.catalog.CatalogFixtures.employer;
import static se.tuna.placement.catalog.CatalogFixtures.warehouseSlot;

import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

@RealElasticsearch
@SpringJUnitConfig(SlotRegistrationIntegrationTest.Wiring.class)
class SlotRegistrationIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(CatalogTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(SlotRegistrationIntegrationTest.class));
        }
    }

    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SlotSearch search;
    @Autowired
    SlotRepository repository;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        String number = "556036-0793";
        employer = employers.list(null, null, 0, 100).items().stream()
                .filter(e -> e.organisationNumber().value().equals(number)).findFirst()
                .orElseGet(() -> employers.register(employer(number, "Mälardalens Lager AB")));
    }

    @Test
    void aRegisteredSlotIsFoundBySwedishFreeTextAtOnce() {
        TrainingSlot slot = slots.register(employer.id(), warehouseSlot()).slot();

        var found = search.search(SlotSearchCriteria.openSlots().withText("lagerarbete").withEmployer(employer.id()));

        assertThat(found.items()).extracting(hit -> hit.slot().id()).contains(slot.id());
        assertThat(found.items().get(0).employerName()).isEqualTo("Mälardalens Lager AB");
    }

    @Test
    void aSlotRegisteredToStartAtSevenIsStoredAsAnEarlyStart() {
        TrainingSlot draft = warehouseSlot();
        WeeklySchedule atSeven = new WeeklySchedule(draft.schedule().windows().stream()
                .map(window -> new TimeWindow(window.day(), LocalTime.of(7, 0), window.end())).toList());
        TrainingSlot early = new TrainingSlot(null, null, draft.title(), draft.tasks(), draft.occupationCode(), draft.locality(),
                draft.coordinates(), draft.sites(), draft.hours(), atSeven, draft.seats(), draft.availableFrom(),
                draft.availableUntil(), draft.demands(), draft.heaviestLiftKg(), draft.support(), draft.accessibility(),
                draft.supervisor(), null, null);

        String id = slots.register(employer.id(), early).slot().id();

        assertThat(repository.find(id).orElseThrow().value().slot().demands()).contains(WorkDemand.EARLY_START);
    }

    @Test
    void aSlotTakesTheEmployersSitesWhenItNamesNone() {
        TrainingSlot slot = slots.register(employer.id(), warehouseSlot()).slot();

        assertThat(slot.sites()).containsExactlyInAnyOrder("eskilstuna", "strangnas");
    }

    @Test
    void anInvalidSlotIsRefusedAndNothingIsStored() {
        long before = repository.count();
        TrainingSlot draft = warehouseSlot();
        TrainingSlot invalid = new TrainingSlot(null, null, draft.title(), draft.tasks(), "0000", draft.locality(),
                draft.coordinates(), Set.of(), new HourRange(12, 8), draft.schedule(), 0, draft.availableFrom(), null,
                draft.demands(), draft.heaviestLiftKg(), draft.support(), draft.accessibility(), null, SlotStatus.OPEN, null);

        assertThatThrownBy(() -> slots.register(employer.id(), invalid))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).contains("occupationCode", "hours.min", "seats"));
        repository.refresh();
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aSlotOfAnUnknownEmployerIsNotFound() {
        assertThatThrownBy(() -> slots.register("no-such-employer", warehouseSlot())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void pausingHidesASlotFromTheOpenBankAndReopeningShowsIt() {
        TrainingSlot slot = slots.register(employer.id(), warehouseSlot()).slot();

        slots.changeStatus(slot.id(), SlotStatus.PAUSED);
        assertThat(search.search(SlotSearchCriteria.openSlots().withEmployer(employer.id())).items())
                .extracting(hit -> hit.slot().id()).doesNotContain(slot.id());

        slots.changeStatus(slot.id(), SlotStatus.OPEN);
        assertThat(search.search(SlotSearchCriteria.openSlots().withEmployer(employer.id())).items())
                .extracting(hit -> hit.slot().id()).contains(slot.id());
    }

    @Test
    void registeringTheSameOrganisationNumberTwiceConflicts() {
        assertThatThrownBy(() -> employers.register(employer("5560360793", "Samma AB")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("organisationNumber"));
    }
}
