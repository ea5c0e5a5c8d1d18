package se.tuna.placement.participants.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementFixtures;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintService;
import se.tuna.placement.participants.stint.StintStage;

/**
 * A small caseload imported into the real node, twice: the first time stores what its valid rows
 * say (the seat of the placement booked, the full slot and a broken row refused per row), the
 * second changes nothing; a profile registered afterwards is placed, as its placement says.
 */
@RealElasticsearch
@SpringJUnitConfig(CaseloadImportIntegrationTest.Wiring.class)
class CaseloadImportIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(CaseloadImportIntegrationTest.class));
        }
    }

    @Autowired
    CaseloadImport caseload;
    @Autowired
    StintRepository stints;
    @Autowired
    StintService stintService;
    @Autowired
    PlacementRepository placements;
    @Autowired
    ParticipantService participants;
    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SeatBooking booking;
    @Autowired
    Coaching coaching;

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void importingTheSameCaseloadTwiceStoresItOnceAndReportsTheSecondAsUnchanged() {
        String slot = PlacementFixtures.slot(employers, slots);
        String placed = ParticipantFixtures.freshId();
        String mapping = ParticipantFixtures.freshId();
        String declined = ParticipantFixtures.freshId();
        String noSeat = ParticipantFixtures.freshId();
        String readyTooEarly = ParticipantFixtures.freshId();
        LocalDate trialStart = today.minusDays(75);
        String csv = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;readySince;slotId;studyVisitOn;"
                + "trialStart;currentPeriodEnd;weeklyHours\n"
                + row(placed, "ja", day(127), day(120), day(90), slot, day(80), trialStart, periodTakingInToday(trialStart), "8")
                + row(mapping, "ja", day(40), day(30), null, null, null, null, null, "")
                + row(declined, "nej", day(40), day(30), null, null, null, null, null, "")
                + row(noSeat, "ja", day(127), day(120), day(90), slot, day(80), trialStart, null, "8")
                + row(readyTooEarly, "ja", day(40), day(30), day(35), null, null, null, null, "");

        CaseloadReport dryRun = caseload.importFile(file(csv), ImportMode.DRY_RUN, PlacementFixtures.SARA, Map.of());
        assertThat(dryRun.created()).isEqualTo(4);
        assertThat(stints.find(StintRepository.currentIdOf(placed))).as("a dry run stores nothing").isEmpty();
        assertThat(booking.activeClaims(slot)).isEmpty();

        CaseloadReport first = caseload.importFile(file(csv), ImportMode.STORE, PlacementFixtures.SARA, Map.of());

        assertThat(first.created()).isEqualTo(3);
        assertThat(first.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "slotId"), org.assertj.core.groups.Tuple.tuple(6, "readySince"));
        assertThat(first.participantIds()).containsExactlyInAnyOrder(placed, mapping, declined);
        Placement placement = placements.find(PlacementService.idFor(placed)).orElseThrow();
        assertThat(placement.path().stage()).isEqualTo(Stage.WORK_TRAINING);
        assertThat(placement.path().currentPeriod().orElseThrow().span().end()).isEqualTo(periodTakingInToday(trialStart));
        assertThat(booking.activeClaims(slot)).extracting(SeatClaim::reference, SeatClaim::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(placement.id(), SeatClaim.Kind.BOOKING));
        assertThat(placement.seatClaimId()).isEqualTo(booking.activeClaims(slot).get(0).id());
        assertThat(stints.find(StintRepository.currentIdOf(mapping)).orElseThrow().value().stage()).isEqualTo(StintStage.MAPPING);
        assertThat(stints.find(StintRepository.currentIdOf(declined))).as("nothing under the person's id").isEmpty();
        assertThat(stints.find(CaseloadHistory.declinedIdOf(declined)).orElseThrow().value())
                .satisfies(record -> assertThat(record.participantId()).isNull())
                .satisfies(record -> assertThat(record.consent()).contains(Consent.DECLINED));
        assertThat(stints.find(StintRepository.currentIdOf(noSeat))).isEmpty();
        assertThat(placements.find(PlacementService.idFor(noSeat))).isEmpty();
        assertThat(stints.find(StintRepository.currentIdOf(readyTooEarly))).isEmpty();

        CaseloadReport second = caseload.importFile(file(csv), ImportMode.STORE, PlacementFixtures.SARA, Map.of());

        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.participantIds()).isEmpty();
        assertThat(second.errors()).extracting(RowError::row).containsExactly(5, 6);
        assertThat(booking.activeClaims(slot)).hasSize(1);
        assertThat(placements.find(placement.id()).orElseThrow()).isEqualTo(placement);

        var profile = stintService.registerProfile(ParticipantFixtures.draft().id(placed).build().withPhase(Phase.READY, day(90)),
                null, PlacementFixtures.SARA.accountId());
        assertThat(profile.phase()).as("the placement under way decides").isEqualTo(Phase.PLACED);
        assertThat(participants.get(placed).phase()).isEqualTo(Phase.PLACED);
    }

    @Test
    void eachRowsCoachIsAssignedFromTheEnrolmentAndAnUnknownOneRefusesTheRow() {
        ParticipantsTestWiring.COACHES.add("coach-anna");
        String withCoach = ParticipantFixtures.freshId();
        String unknownCoach = ParticipantFixtures.freshId();
        String csv = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;coach\n"
                + String.join(";", withCoach, "eskilstuna", "kvinna", "sjukpenning", text(day(40)), text(day(30)), "ja",
                        "Anna.Coach@tuna.example") + "\n"
                + String.join(";", unknownCoach, "eskilstuna", "man", "ingen ersättning", text(day(40)), text(day(30)), "ja",
                        "nobody@tuna.example") + "\n";
        Map<String, String> coaches = Map.of("anna.coach@tuna.example", "coach-anna");

        CaseloadReport report = caseload.importFile(file(csv), ImportMode.STORE, PlacementFixtures.SARA, coaches);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "coach"));
        assertThat(coaching.assignmentOf(withCoach)).hasValueSatisfying(assignment -> {
            assertThat(assignment.coachId()).isEqualTo("coach-anna");
            assertThat(assignment.since()).isEqualTo(day(30));
        });
        assertThat(stints.find(StintRepository.currentIdOf(unknownCoach))).as("nothing of a refused row").isEmpty();
        assertThat(caseload.importFile(file(csv), ImportMode.STORE, PlacementFixtures.SARA, coaches).unchanged()).isEqualTo(1);
    }

    /** The last day of the period that takes in today: three weeks of trial, then a month at a time. */
    private LocalDate periodTakingInToday(LocalDate trialStart) {
        LocalDate end = trialStart.plusWeeks(3).minusDays(1);
        while (end.isBefore(today)) {
            end = end.plusDays(1).plusMonths(1).minusDays(1);
        }
        return end;
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private static String row(String participant, String consent, LocalDate admitted, LocalDate enrolled, LocalDate ready,
            String slot, LocalDate visit, LocalDate trial, LocalDate periodEnd, String hours) {
        return String.join(";", List.of(participant, "eskilstuna", "kvinna", "sjukpenning", text(admitted), text(enrolled), consent,
                text(ready), slot == null ? "" : slot, text(visit), text(trial), text(periodEnd), hours)) + "\n";
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static CaseloadFile file(String csv) {
        return CaseloadFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
