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
    void strangnasHasExactlyItsReportsFortyActiveAndEskilstunaItsHundredAndTen() {
        Map<String, Map<Phase, Long>> counts = PARTICIPANTS.stream().collect(Collectors.groupingBy(Participant::site,
                Collectors.groupingBy(Participant::phase, Collectors.counting())));

        assertThat(counts.get("strangnas")).containsExactlyInAnyOrderEntriesOf(Map.of(Phase.PLACED, 26L, Phase.READY, 6L,
                Phase.MAPPING, 8L, Phase.EXITED, 14L));
        assertThat(counts.get("eskilstuna")).containsExactlyInAnyOrderEntriesOf(Map.of(Phase.PLACED, 70L, Phase.READY, 17L,
                Phase.MAPPING, 23L, Phase.EXITED, 36L));
    }

    @Test
    void theRosterIsExactlyTheDefaultCount() {
        assertThat(DemoParticipantGenerator.ROSTER.stream().mapToInt(site -> site.active() + site.exited()).sum())
                .isEqualTo(DemoParticipantGenerator.DEFAULT_COUNT);
    }

    @Test
    void strangnasActiveAreTwentyThreeWomenAndSeventeenMen() {
        Map<Gender, Long> genders = PARTICIPANTS.stream()
                .filter(participant -> participant.site().equals("strangnas") && participant.phase() != Phase.EXITED)
                .collect(Collectors.groupingBy(Participant::gender, Collectors.counting()));

        assertThat(genders).containsExactlyInAnyOrderEntriesOf(Map.of(Gender.FEMALE, 23L, Gender.MALE, 17L));
    }

    @Test
    void anotherSeedShufflesTheSameRoster() {
        List<Participant> other = GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED + 1,
                DemoParticipantGenerator.DEFAULT_COUNT, BANK, AS_OF);

        assertThat(other.stream().map(participant -> participant.site() + participant.phase()).sorted().toList())
                .isEqualTo(PARTICIPANTS.stream().map(participant -> participant.site() + participant.phase()).sorted().toList());
        assertThat(other.stream().map(Participant::phase).toList()).isNotEqualTo(PARTICIPANTS.stream().map(Participant::phase).toList());
    }

    @Test
    void idsAreWhatEarlierVersionsGaveSoAnEarlierDemoIsRecognised() {
        assertThat(PARTICIPANTS.subList(0, 2)).extracting(Participant::id).containsExactly("D-5JS5LEW", "D-2YGUFPS");
    }

    @Test
    void referralIdsAreNeverParticipantIds() {
        Set<String> referred = java.util.stream.IntStream.range(0, 200)
                .mapToObj(k -> DemoParticipantGenerator.referralId(DemoParticipantGenerator.DEFAULT_SEED, k)).collect(Collectors.toSet());

        assertThat(referred).hasSize(200).doesNotContainAnyElementsOf(ids(PARTICIPANTS));
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
    void goalsAreOccupationsCommonlyReachedInWorkTrainingWhateverTheBankOffers() {
        Set<String> aims = DemoParticipantGenerator.AIMS.stream().map(DemoParticipantGenerator.Aim::ssyk)
                .collect(Collectors.toSet());
        assertThat(PARTICIPANTS).allSatisfy(participant -> assertThat(participant.goalOccupations()).isNotEmpty()
                .isSubsetOf(aims));
        // Across shops, warehouses, cafés and kitchens, cleaning, care, gardens, re-use, office and workshops.
        Set<String> used = PARTICIPANTS.stream().flatMap(participant -> participant.goalOccupations().stream())
                .collect(Collectors.toSet());
        assertThat(used).contains("5223", "4322", "9413", "9412", "9111", "5330", "6113", "9629", "4119", "8219");
    }

    @Test
    void goalsPastJobsAndInterestsAreNotDrawnFromTheBank() {
        // The same seed with another bank (here one without slots) gives the same goals, jobs and interests.
        DemoBank noSlots = new DemoBank(BANK.employers(), List.<TrainingSlot>of());
        List<Participant> withoutTheBanksSlots = GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED,
                DemoParticipantGenerator.DEFAULT_COUNT, noSlots, AS_OF);

        assertThat(withoutTheBanksSlots).extracting(Participant::goalOccupations)
                .isEqualTo(PARTICIPANTS.stream().map(Participant::goalOccupations).toList());
        assertThat(withoutTheBanksSlots).extracting(Participant::experienceOccupations)
                .isEqualTo(PARTICIPANTS.stream().map(Participant::experienceOccupations).toList());
        assertThat(withoutTheBanksSlots).extracting(Participant::interests)
                .isEqualTo(PARTICIPANTS.stream().map(Participant::interests).toList());
    }

    @Test
    void noDemoParticipantsInterestsNameASlotTitle() {
        Set<String> titles = BANK.slots().stream().map(slot -> slot.title().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        assertThat(GENERATOR.generate(DemoParticipantGenerator.DEFAULT_SEED, 2_000, BANK, AS_OF)).allSatisfy(participant -> {
            String interests = participant.interests().toLowerCase(java.util.Locale.ROOT);
            assertThat(titles).as(participant.id() + ": " + participant.interests()).noneMatch(interests::contains);
            assertThat(interests).doesNotContain("vill gärna prova");
        });
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
    void anEmptyBankStillGivesParticipantsWithGoalsButNoEmployerToAvoid() {
        List<Participant> participants = GENERATOR.generate(1, 10, new DemoBank(List.<Employer>of(), List.<TrainingSlot>of()),
                AS_OF);

        assertThat(participants).hasSize(10).allMatch(participant -> !participant.goalOccupations().isEmpty()
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
