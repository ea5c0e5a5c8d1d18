package se.tuna.placement.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.employer.EmployerRules;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.reference.Locality;
import se.tuna.placement.catalog.reference.OccupationName;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotRules;

class DemoBankGeneratorTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();
    private static final DemoBankGenerator GENERATOR = new DemoBankGenerator(REFERENCE);
    private static final DemoBank BANK = defaultBank();

    private static final String ESKILSTUNA = "0484";
    private static final String STRANGNAS = "0486";

    private static DemoBank defaultBank() {
        return GENERATOR.generate(DemoBankGenerator.DEFAULT_SEED, DemoBankGenerator.DEFAULT_EMPLOYERS,
                DemoBankGenerator.DEFAULT_SLOTS);
    }

    @Test
    void theSameSeedGivesTheSameBank() {
        DemoBank again = new DemoBankGenerator(REFERENCE).generate(DemoBankGenerator.DEFAULT_SEED,
                DemoBankGenerator.DEFAULT_EMPLOYERS, DemoBankGenerator.DEFAULT_SLOTS);

        assertThat(again).isEqualTo(BANK);
    }

    @Test
    void anotherSeedGivesAnotherBank() {
        DemoBank other = GENERATOR.generate(DemoBankGenerator.DEFAULT_SEED + 1, DemoBankGenerator.DEFAULT_EMPLOYERS,
                DemoBankGenerator.DEFAULT_SLOTS);

        assertThat(ids(other.employers(), Employer::id)).doesNotContainAnyElementsOf(ids(BANK.employers(), Employer::id));
        assertThat(ids(other.slots(), TrainingSlot::id)).doesNotContainAnyElementsOf(ids(BANK.slots(), TrainingSlot::id));
    }

    @Test
    void theDefaultBankHasAtLeast120EmployersAnd300Slots() {
        assertThat(BANK.employers()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(BANK.slots()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void idsAreUnique() {
        assertThat(ids(BANK.employers(), Employer::id)).hasSameSizeAs(BANK.employers());
        assertThat(ids(BANK.slots(), TrainingSlot::id)).hasSameSizeAs(BANK.slots());
    }

    @Test
    void slotIdsAreNameBasedOnTheSeedAndIndex() {
        int last = BANK.slots().size() - 1;

        assertThat(BANK.slots().get(0).id()).isEqualTo(nameUuid("demo-slot:" + DemoBankGenerator.DEFAULT_SEED + ":0"));
        assertThat(BANK.slots().get(last).id())
                .isEqualTo(nameUuid("demo-slot:" + DemoBankGenerator.DEFAULT_SEED + ":" + last));
    }

    @Test
    void everyOrganisationNumberPassesTheChecksum() {
        assertThat(BANK.employers()).allSatisfy(employer ->
                assertThat(OrganisationNumber.parse(employer.organisationNumber().value()))
                        .contains(employer.organisationNumber()));
    }

    @Test
    void organisationNumbersStartWithTheDigitOfTheirSector() {
        Map<Sector, String> firstDigit = Map.of(Sector.PUBLIC, "2", Sector.PRIVATE, "5", Sector.NON_PROFIT, "8");

        assertThat(BANK.employers()).allSatisfy(employer ->
                assertThat(employer.organisationNumber().value()).startsWith(firstDigit.get(employer.sector())));
    }

    @Test
    void employerIdsAreThoseOfTheirOrganisationNumbers() {
        assertThat(BANK.employers()).allSatisfy(employer ->
                assertThat(employer.id()).isEqualTo(EmployerService.idFor(employer.organisationNumber())));
    }

    @Test
    void everyEmployerPassesTheEmployerRules() {
        EmployerRules rules = new EmployerRules(REFERENCE.industries(), REFERENCE.sites());

        assertThat(BANK.employers()).allSatisfy(employer -> assertThat(rules.check(employer)).as(employer.name()).isEmpty());
    }

    @Test
    void everySlotPassesTheSlotRules() {
        SlotRules rules = new SlotRules(REFERENCE.occupations(), REFERENCE.sites());

        assertThat(BANK.slots()).allSatisfy(slot -> assertThat(rules.check(slot)).as(slot.title()).isEmpty());
    }

    @Test
    void everySlotBelongsToAnEmployerOfTheBankAndSharesItsSites() {
        Map<String, Employer> employers = BANK.employers().stream().collect(Collectors.toMap(Employer::id, e -> e));

        assertThat(BANK.slots()).allSatisfy(slot -> {
            assertThat(employers).containsKey(slot.employerId());
            assertThat(slot.sites()).isEqualTo(employers.get(slot.employerId()).sites());
        });
        assertThat(ids(BANK.slots(), TrainingSlot::employerId)).hasSameSizeAs(BANK.employers());
    }

    @Test
    void slotsAreInRealLocalitiesOfBothMunicipalities() {
        Set<String> municipalities = new HashSet<>();
        for (TrainingSlot slot : BANK.slots()) {
            Locality locality = REFERENCE.localities().find(slot.locality()).orElseThrow();
            assertThat(locality.name()).isEqualTo(slot.locality());
            municipalities.add(locality.municipalityCode());
        }

        assertThat(municipalities).containsExactlyInAnyOrder(ESKILSTUNA, STRANGNAS);
        assertThat(share(BANK.slots(), slot -> slot.locality().equals("Eskilstuna"))).isBetween(0.35, 0.8);
        assertThat(share(BANK.slots(), slot -> slot.locality().equals("Strängnäs"))).isBetween(0.1, 0.4);
        assertThat(ids(BANK.slots(), TrainingSlot::locality)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyCoordinateIsInSwedenAndNearItsLocality() {
        // The farthest a demo locality spreads its workplaces is 3 km (Eskilstuna); a slot may lie 100 m off its
        // employer's address.
        for (Employer employer : BANK.employers()) {
            assertNear(employer.address().coordinates(), employer.address().locality(), 3.0);
        }
        for (TrainingSlot slot : BANK.slots()) {
            assertNear(slot.coordinates(), slot.locality(), 3.1);
        }
    }

    @Test
    void smallLocalitiesKeepTheirPointsClose() {
        assertThat(BANK.slots()).filteredOn(slot -> !Set.of("Eskilstuna", "Strängnäs", "Torshälla", "Mariefred")
                .contains(slot.locality())).isNotEmpty().allSatisfy(slot -> assertNear(slot.coordinates(), slot.locality(), 0.6));
    }

    @Test
    void mostEmployersWorkWithBothSitesAndSomeWithOne() {
        double both = share(BANK.employers(), employer -> employer.sites().equals(Set.of("eskilstuna", "strangnas")));

        assertThat(both).isBetween(0.7, 0.95);
        assertThat(BANK.employers()).allSatisfy(employer -> assertThat(employer.sites()).isNotEmpty()
                .isSubsetOf("eskilstuna", "strangnas"));
        assertThat(BANK.employers()).filteredOn(employer -> employer.sites().size() == 1).allSatisfy(employer -> {
            String municipality = REFERENCE.localities().find(employer.address().locality()).orElseThrow().municipalityCode();
            assertThat(employer.sites()).containsExactly(municipality.equals(ESKILSTUNA) ? "eskilstuna" : "strangnas");
        });
    }

    @Test
    void theSectorsAreMixedAsOnTheLabourMarket() {
        DemoBank large = GENERATOR.generate(7, 2_000, 2_000);

        assertThat(share(large.employers(), employer -> employer.sector() == Sector.PRIVATE)).isBetween(0.5, 0.6);
        assertThat(share(large.employers(), employer -> employer.sector() == Sector.PUBLIC)).isBetween(0.25, 0.35);
        assertThat(share(large.employers(), employer -> employer.sector() == Sector.NON_PROFIT)).isBetween(0.11, 0.19);
        assertThat(share(BANK.employers(), employer -> employer.sector() == Sector.PRIVATE)).isBetween(0.4, 0.7);
    }

    @Test
    void publicEmployersAreNamedAfterTheirMunicipalityOrRegion() {
        assertThat(BANK.employers()).filteredOn(employer -> employer.sector() == Sector.PUBLIC).isNotEmpty()
                .allSatisfy(employer -> {
                    String municipality = REFERENCE.localities().find(employer.address().locality()).orElseThrow()
                            .municipalityCode();
                    String own = municipality.equals(ESKILSTUNA) ? "Eskilstuna kommun, " : "Strängnäs kommun, ";
                    assertThat(employer.name()).satisfiesAnyOf(
                            name -> assertThat(name).startsWith(own),
                            name -> assertThat(name).startsWith("Region Sörmland, "));
                });
    }

    @Test
    void employerNamesAreMostlyDistinct() {
        assertThat(ids(BANK.employers(), Employer::name)).hasSizeGreaterThanOrEqualTo(BANK.employers().size() * 95 / 100);
    }

    @Test
    void contactsHaveFictitiousPhoneNumbersAndExampleAddresses() {
        assertThat(BANK.employers()).allSatisfy(employer -> {
            assertThat(employer.contact().name()).matches("\\p{L}+ \\p{L}+");
            assertThat(employer.contact().phone()).matches("070-174 06 (0[5-9]|[1-9][0-9])");
            assertThat(employer.contact().email()).matches("[a-z]+\\.[a-z]+@[a-z0-9-]+\\.example");
            assertThat(employer.address().street()).matches("\\p{L}+ \\d+B?");
            assertThat(employer.address().postalCode()).matches("6\\d\\d \\d\\d");
        });
    }

    @Test
    void someTasksMentionLagerAndPlockning() {
        assertThat(BANK.slots()).filteredOn(slot -> slot.tasks().toLowerCase().contains("lager"))
                .filteredOn(slot -> slot.tasks().toLowerCase().contains("plockning")).isNotEmpty();
    }

    @Test
    void mostSlotsAreInOccupationsWithoutEducationalRequirement() {
        Set<String> withoutRequirement = REFERENCE.occupations().occupationNamesWithoutEducationalRequirement().stream()
                .map(OccupationName::ssyk4).collect(Collectors.toSet());

        assertThat(share(BANK.slots(), slot -> withoutRequirement.contains(slot.occupationCode()))).isGreaterThan(0.5);
        assertThat(ids(BANK.slots(), TrainingSlot::occupationCode)).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void mostSlotsStartAtFourToTenHoursAndGrowToTenToThirty() {
        assertThat(share(BANK.slots(), slot -> slot.hours().min() >= 4 && slot.hours().min() <= 10)).isGreaterThan(0.6);
        assertThat(share(BANK.slots(), slot -> slot.hours().max() >= 10 && slot.hours().max() <= 30)).isGreaterThan(0.6);
        assertThat(BANK.slots()).allSatisfy(slot -> {
            assertThat(slot.hours().min()).isBetween(1, slot.hours().max());
            assertThat(slot.hours().max()).isBetween(1, 40);
        });
    }

    @Test
    void theScheduleHoldsTheHoursOnOffer() {
        assertThat(BANK.slots()).allSatisfy(slot -> {
            assertThat(slot.schedule().totalHours()).isGreaterThanOrEqualTo(slot.hours().min());
            assertThat(slot.schedule().totalHours()).isGreaterThanOrEqualTo(slot.hours().max());
        });
    }

    @Test
    void aScheduleStartingBeforeEightDemandsAnEarlyStart() {
        Predicate<TrainingSlot> early = slot -> slot.schedule().earliestStart().orElseThrow().isBefore(LocalTime.of(8, 0));

        assertThat(BANK.slots()).allSatisfy(slot ->
                assertThat(slot.demands().contains(WorkDemand.EARLY_START)).isEqualTo(early.test(slot)));
        assertThat(BANK.slots()).filteredOn(early).extracting(TrainingSlot::title).contains("Bageribiträde");
        assertThat(BANK.slots()).anySatisfy(slot ->
                assertThat(slot.schedule().earliestStart().orElseThrow()).isAfterOrEqualTo(LocalTime.of(12, 0)));
    }

    @Test
    void mostSlotsTakeOneParticipant() {
        assertThat(BANK.slots()).allSatisfy(slot -> assertThat(slot.seats()).isBetween(1, 3));
        assertThat(share(BANK.slots(), slot -> slot.seats() == 1)).isGreaterThan(0.6);
    }

    @Test
    void mostSlotsAreOpenAndSomePausedOrWithdrawn() {
        DemoBank large = GENERATOR.generate(11, 1_000, 5_000);

        assertThat(share(large.slots(), slot -> slot.status() == SlotStatus.OPEN)).isBetween(0.85, 0.93);
        assertThat(share(large.slots(), slot -> slot.status() == SlotStatus.PAUSED)).isBetween(0.06, 0.10);
        assertThat(share(large.slots(), slot -> slot.status() == SlotStatus.WITHDRAWN)).isBetween(0.02, 0.04);
        assertThat(large.slots()).allSatisfy(slot -> assertThat(slot.seatClaims()).isEmpty());
    }

    @Test
    void aFewSlotsDoNotStateTheirHeaviestLift() {
        DemoBank large = GENERATOR.generate(11, 1_000, 5_000);

        assertThat(share(large.slots(), slot -> slot.heaviestLiftKg() == null)).isBetween(0.03, 0.07);
        assertThat(large.slots()).filteredOn(slot -> slot.heaviestLiftKg() != null)
                .allSatisfy(slot -> assertThat(slot.heaviestLiftKg()).isBetween(0, 25));
    }

    @Test
    void datesLieAroundTheReferenceDateOfTheSeed() {
        LocalDate reference = DemoBankGenerator.referenceDate(DemoBankGenerator.DEFAULT_SEED);

        assertThat(DemoBankGenerator.referenceDate(DemoBankGenerator.DEFAULT_SEED)).isEqualTo(reference);
        assertThat(BANK.slots()).allSatisfy(slot -> {
            assertThat(slot.availableFrom()).isBetween(reference.minusMonths(6), reference.plusMonths(2));
            if (slot.availableUntil() != null) {
                assertThat(slot.availableUntil()).isAfter(reference).isAfterOrEqualTo(slot.availableFrom());
            }
        });
        assertThat(BANK.slots()).anySatisfy(slot -> assertThat(slot.availableUntil()).isNotNull());
        assertThat(BANK.slots()).anySatisfy(slot -> assertThat(slot.availableFrom()).isAfter(reference));
    }

    @Test
    void everySlotOffersSupport() {
        assertThat(BANK.slots()).allSatisfy(slot -> assertThat(slot.support()).isNotEmpty());
    }

    @Test
    void aBankNeedsEmployersForItsSlots() {
        assertThatThrownBy(() -> GENERATOR.generate(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GENERATOR.generate(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GENERATOR.generate(1, 0, 0).slots()).isEmpty();
    }

    @Test
    void aHundredThousandSlotsAreGeneratedQuickly() {
        DemoBank large = GENERATOR.generate(42, 20_000, 100_000);

        assertThat(large.employers()).hasSize(20_000);
        assertThat(large.slots()).hasSize(100_000);
    }

    private static void assertNear(Coordinates coordinates, String localityName, double kilometres) {
        Locality locality = REFERENCE.localities().find(localityName).orElseThrow();
        assertThat(coordinates.isInSweden()).isTrue();
        assertThat(coordinates.distanceKm(new Coordinates(locality.latitude(), locality.longitude())))
                .as(localityName).isLessThanOrEqualTo(kilometres);
    }

    private static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> double share(List<T> items, Predicate<T> predicate) {
        return items.stream().filter(predicate).count() / (double) items.size();
    }
}
