package se.tuna.placement.participants.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;

/** Named {@code Participant…} so that the matcher's participant tests ({@code -Dtest='Participant*'}) include it. */
class ParticipantDemoGeneratorTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
    private static final DemoBank BANK = new DemoBankGenerator(REFERENCE).generate(DemoBankGenerator.DEFAULT_SEED,
            DemoBankGenerator.DEFAULT_EMPLOYERS, DemoBankGenerator.DEFAULT_SLOTS, AS_OF);
    private static final DemoParticipantGenerator GENERATOR = new DemoParticipantGenerator(REFERENCE);
    private static final List<Participant> PARTICIPANTS = GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED,
            DemoParticipantGenerator.DEFAULT_COUNT, BANK, AS_OF);

    @Test
    void theSameSeedGivesTheSameParticipants() {
        List<Participant> again = new DemoParticipantGenerator(REFERENCE).generate(DemoParticipantGenerator.DEFAULT_SEED,
                DemoParticipantGenerator.DEFAULT_COUNT, BANK, AS_OF);

        assertThat(again).isEqualTo(PARTICIPANTS);
    }

    @Test
    void anotherSeedGivesOtherParticipants() {
        List<Participant> other = GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED + 1,
                DemoParticipantGenerator.DEFAULT_COUNT, BANK, AS_OF);

        assertThat(ids(other)).doesNotContainAnyElementsOf(ids(PARTICIPANTS));
    }

    @Test
    void aSmallerCountGivesTheFirstOfALargerOne() {
        assertThat(GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED, 60, BANK, AS_OF))
                .isEqualTo(PARTICIPANTS.subList(0, 60));
    }

    @Test
    void everyPhaseButAStudyVisitIsRepresented() {
        List<Participant> sixty = GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED, 60, BANK, AS_OF);

        // A study visit is a placement's first step: the generator books none.
        assertThat(sixty.stream().map(Participant::phase).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Phase.STUDY_VISIT)));
    }

    @Test
    void thePhasesHaveTheProgrammesShares() {
        Map<Phase, Double> shares = shares(PARTICIPANTS, Participant::phase);

        assertThat(shares.get(Phase.MAPPING)).isCloseTo(0.20, within(0.03));
        assertThat(shares.get(Phase.READY)).isCloseTo(0.35, within(0.03));
        assertThat(shares.get(Phase.PLACED)).isCloseTo(0.35, within(0.03));
        assertThat(shares.get(Phase.EXITED)).isCloseTo(0.10, within(0.03));
    }

    @Test
    void threeInFourBelongToEskilstunaAndTheRestToStrangnas() {
        Map<String, Double> shares = shares(PARTICIPANTS, Participant::site);

        assertThat(shares.keySet()).containsExactlyInAnyOrder("eskilstuna", "strangnas");
        assertThat(shares.get("eskilstuna")).isCloseTo(0.75, within(0.03));
    }

    @Test
    void everyDemoParticipantPassesTheRules() {
        Clock asOf = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ParticipantRules rules = new ParticipantRules(REFERENCE.occupations(), REFERENCE.sites(), asOf);
        Set<String> employers = BANK.employers().stream().map(Employer::id).collect(Collectors.toSet());

        assertThat(PARTICIPANTS).allSatisfy(participant -> assertThat(rules.check(participant, employers))
                .as(participant.id()).isEmpty());
    }

    @Test
    void idsArePseudonymsUniqueAmongTwentyThousand() {
        List<Participant> many = GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED, 20_000, BANK, AS_OF);

        assertThat(many).hasSize(20_000);
        assertThat(ids(many)).hasSize(20_000).allMatch(id -> id.matches("D-[A-Z2-7]{7}"));
    }

    @Test
    void homesAreInTheSitesOwnLocalities() {
        assertThat(PARTICIPANTS).allSatisfy(participant -> {
            var locality = REFERENCE.localities().find(participant.homeLocality()).orElseThrow();
            String municipality = participant.site().equals("eskilstuna") ? "0484" : "0486";
            assertThat(locality.municipalityCode()).isEqualTo(municipality);
            assertThat(participant.home().distanceKm(new Coordinates(locality.latitude(),
                    locality.longitude()))).isLessThan(2.5);
        });
    }

    @Test
    void goalsAreOccupationsTheBankOffersAtTheParticipantsSite() {
        assertThat(PARTICIPANTS).allSatisfy(participant -> assertThat(participant.goalOccupations()).isNotEmpty()
                .allMatch(code -> BANK.slots().stream().anyMatch(slot -> slot.occupationCode().equals(code)
                        && slot.sites().contains(participant.site()))));
    }

    @Test
    void waitingParticipantsBecameReadyOneTo200DaysBeforeAsOf() {
        List<Long> waited = PARTICIPANTS.stream().filter(participant -> participant.phase() == Phase.READY)
                .map(participant -> ChronoUnit.DAYS.between(participant.readySince(), AS_OF)).toList();

        assertThat(waited).allMatch(days -> days >= 1 && days <= 200);
        assertThat(waited.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(150);
        assertThat(waited.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(30);
    }

    @Test
    void agesAre18To63() {
        assertThat(PARTICIPANTS).extracting(participant -> AS_OF.getYear() - participant.birthYear())
                .allMatch(age -> age >= 18 && age <= 63);
    }

    @Test
    void needsAreVariedAndSomeAvoidAnEmployer() {
        Set<FunctionalLimitation> used = new HashSet<>();
        PARTICIPANTS.forEach(participant -> used.addAll(participant.limitations()));

        assertThat(used).hasSizeGreaterThan(15).contains(FunctionalLimitation.LIFTING_LIMIT, FunctionalLimitation.NOT_BEFORE);
        assertThat(PARTICIPANTS).filteredOn(participant -> participant.limitations().isEmpty()).isNotEmpty();
        assertThat(PARTICIPANTS).filteredOn(participant -> !participant.avoidedEmployers().isEmpty()).isNotEmpty();
        assertThat(PARTICIPANTS).extracting(Participant::travelMode).contains(TravelMode.values());
    }

    @Test
    void freeTextsAreSwedish() {
        assertThat(PARTICIPANTS).allSatisfy(participant -> {
            assertThat(participant.interests()).isNotBlank();
            assertThat(participant.strengths()).isNotBlank();
        });
        assertThat(PARTICIPANTS).extracting(Participant::strengths).anyMatch(text -> text.contains("Noggrann och pålitlig"));
    }

    @Test
    void aBankWithoutSlotsStillGivesValidParticipantsWithoutGoals() {
        List<Participant> participants = GENERATOR.generate(1, 10, new DemoBank(List.<Employer>of(), List.<TrainingSlot>of()),
                AS_OF);

        assertThat(participants).hasSize(10).allMatch(participant -> participant.goalOccupations().isEmpty()
                && participant.avoidedEmployers().isEmpty());
    }

    private static Set<String> ids(List<Participant> participants) {
        return participants.stream().map(Participant::id).collect(Collectors.toSet());
    }

    private static <K> Map<K, Double> shares(List<Participant> participants, Function<Participant, K> key) {
        return participants.stream().collect(Collectors.groupingBy(key,
                Collectors.collectingAndThen(Collectors.counting(), count -> count / (double) participants.size())));
    }
}
