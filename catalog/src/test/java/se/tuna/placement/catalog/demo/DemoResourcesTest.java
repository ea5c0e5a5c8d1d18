package se.tuna.placement.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.reference.OccupationClassification;
import se.tuna.placement.catalog.reference.ReferenceData;

class DemoResourcesTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();
    private static final DemoResources RESOURCES = DemoResources.load(REFERENCE);

    @Test
    void thereAreAboutFortySlotTemplates() {
        assertThat(RESOURCES.templates()).hasSizeBetween(40, 60);
    }

    @Test
    void everyTemplateOccupationIsAnSsykOccupation() {
        OccupationClassification occupations = REFERENCE.occupations();

        assertThat(RESOURCES.templates()).allSatisfy(template ->
                assertThat(occupations.isValidOccupationCode(template.occupationCode())).as(template.key()).isTrue());
    }

    @Test
    void everyTemplateIndustryIsAnSniIndustry() {
        assertThat(RESOURCES.templates()).flatExtracting(SlotTemplate::industryCodes).allSatisfy(code ->
                assertThat(REFERENCE.industries().isValidIndustryCode(code)).as(code).isTrue());
    }

    @Test
    void everyEmployerKindsIndustryFitsTheSlotsItOffers() {
        assertThat(RESOURCES.kinds()).allSatisfy(kind -> assertThat(kind.templates()).allSatisfy(template ->
                assertThat(template.industryCodes()).as(kind.key() + " / " + template.key()).contains(kind.industryCode())));
    }

    @Test
    void everyTemplateIsOfferedBySomeKindOfEmployer() {
        Set<String> offered = RESOURCES.kinds().stream().flatMap(kind -> kind.templates().stream())
                .map(SlotTemplate::key).collect(Collectors.toSet());

        assertThat(RESOURCES.templates()).extracting(SlotTemplate::key).allSatisfy(key -> assertThat(offered).contains(key));
    }

    @Test
    void mostTemplatesAreOccupationsWithoutEducationalRequirement() {
        Set<String> withoutRequirement = REFERENCE.occupations().occupationNamesWithoutEducationalRequirement().stream()
                .map(name -> name.ssyk4()).collect(Collectors.toSet());

        long count = RESOURCES.templates().stream().filter(t -> withoutRequirement.contains(t.occupationCode())).count();

        assertThat(count).isGreaterThan(RESOURCES.templates().size() / 2);
    }

    @Test
    void tasksAreTwoToFourSentencesOfSwedish() {
        assertThat(RESOURCES.templates()).allSatisfy(template -> {
            long sentences = template.tasks().chars().filter(c -> c == '.').count();
            assertThat(sentences).as(template.key()).isBetween(2L, 4L);
            assertThat(template.tasks()).as(template.key()).endsWith(".").matches("\\p{Lu}.*");
        });
    }

    @Test
    void someTemplatesMentionLagerAndPlockning() {
        assertThat(RESOURCES.templates()).filteredOn(template -> template.tasks().toLowerCase().contains("lager"))
                .filteredOn(template -> template.tasks().toLowerCase().contains("plockning")).isNotEmpty();
    }

    @Test
    void everySectorHasKindsOfEmployer() {
        assertThat(RESOURCES.kinds()).extracting(EmployerKind::sector).contains(Sector.values());
    }

    @Test
    void everyDemoLocalityIsARealLocalityOfEskilstunaOrStrangnas() {
        assertThat(RESOURCES.localities()).allSatisfy(place -> {
            assertThat(REFERENCE.localities().find(place.name())).contains(place.locality());
            assertThat(place.municipalityCode()).isIn("0484", "0486");
        });
    }

    @Test
    void anOrganisationNumbersCheckDigitCompletesTheLuhnSum() {
        // 556036-0793 is the checksum example in OrganisationNumber's documentation.
        assertThat(EmployerFactory.luhnCheckDigit(new int[] {5, 5, 6, 0, 3, 6, 0, 7, 9, 0})).isEqualTo(3);
    }

    @Test
    void anEmailDomainIsTheNameInAsciiUnderExample() {
        assertThat(EmployerFactory.domain("Mälardalens Lager & Logistik AB")).isEqualTo("malardalens-lager-logistik.example");
        assertThat(EmployerFactory.domain("Eskilstuna kommun, Parkförvaltningen")).isEqualTo("eskilstuna-kommun.example");
    }

    @Test
    void theGenitiveAddsAnSUnlessTheWordEndsInOne() {
        assertThat(EmployerFactory.genitive("Tunavallen")).isEqualTo("Tunavallens");
        assertThat(EmployerFactory.genitive("Strängnäs")).isEqualTo("Strängnäs");
    }
}
