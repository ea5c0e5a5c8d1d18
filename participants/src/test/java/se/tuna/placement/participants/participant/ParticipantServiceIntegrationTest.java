package se.tuna.placement.participants.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.participants.participant.ParticipantFixtures.draft;
import static se.tuna.placement.participants.participant.ParticipantFixtures.freshId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.ContactPerson;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;

@RealElasticsearch
@SpringJUnitConfig(ParticipantServiceIntegrationTest.Wiring.class)
class ParticipantServiceIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(ParticipantServiceIntegrationTest.class));
        }
    }

    @Autowired
    ParticipantService participants;
    @Autowired
    ParticipantRepository repository;
    @Autowired
    EmployerService employers;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        String number = "556036-0793";
        employer = employers.list(null, null, 0, 100).items().stream()
                .filter(e -> e.organisationNumber().value().equals(number)).findFirst()
                .orElseGet(() -> employers.register(new Employer(null, "Mälardalens Lager AB", new OrganisationNumber(number),
                        Sector.PRIVATE, "52100", new ContactPerson("Anna Lind", "070-123 45 67", "anna.lind@lager.example"),
                        new Address("Verkstadsgatan 4", "632 20", "Eskilstuna", new Coordinates(59.3666, 16.5077)),
                        Set.of("eskilstuna"))));
    }

    @Test
    void aRegisteredParticipantIsReadBack() {
        Participant registered = participants.register(draft().id(freshId())
                .avoiding(employer.id(), "Tidigare anställning avslutades").build());

        assertThat(participants.get(registered.id())).isEqualTo(registered);
        assertThat(registered.avoids(employer.id())).isTrue();
    }

    @Test
    void registeringTheSameIdTwiceConflicts() {
        Participant participant = participants.register(ParticipantFixtures.participant());

        assertThatThrownBy(() -> participants.register(participant))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    @Test
    void anInvalidParticipantIsRefusedAndNothingIsStored() {
        String id = freshId();

        assertThatThrownBy(() -> participants.register(draft().id(id).hours(12, 8).goalOccupations("9998").build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("hours.min", "goalOccupations"));
        assertThat(repository.find(id)).isEmpty();
    }

    @Test
    void anAvoidedEmployerMustBeRegistered() {
        assertThatThrownBy(() -> participants.register(draft().id(freshId()).avoiding("no-such-employer", "Känner chefen").build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("avoidedEmployers[0].employerId"));
    }

    @Test
    void theHomeIsTheLocalitysPointWhenLeftOut() {
        Participant registered = participants.register(draft().id(freshId()).home("torshalla", null).build());

        assertThat(registered.homeLocality()).isEqualTo("Torshälla");
        assertThat(registered.home()).isEqualTo(new Coordinates(59.42, 16.47));
    }

    @Test
    void theHomeIsKeptToAboutAKilometre() {
        Participant registered = participants.register(draft().id(freshId())
                .home("Eskilstuna", new Coordinates(59.371234, 16.512345)).build());

        assertThat(participants.get(registered.id()).home()).isEqualTo(new Coordinates(59.37, 16.51));
    }

    @Test
    void aPersonalIdentityNumberIsNeverLookedUp() {
        assertThatThrownBy(() -> participants.get("19800101-1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).doesNotContain("1234"));
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        assertThatThrownBy(() -> participants.get(freshId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUpdateReplacesTheProfileAndKeepsThePhase() {
        Participant registered = participants.register(ParticipantFixtures.participant());
        participants.changePhase(registered.id(), Phase.PLACED, null);

        Participant updated = participants.update(registered.id(), draft().id(null).interests("Tycker om att vara utomhus.")
                .phase(null, null).build());

        assertThat(updated.interests()).isEqualTo("Tycker om att vara utomhus.");
        assertThat(updated.phase()).isEqualTo(Phase.PLACED);
        assertThat(updated.readySince()).isEqualTo(registered.readySince());
        assertThat(participants.get(registered.id())).isEqualTo(updated);
    }

    @Test
    void anUpdateNamingAnotherPhaseIsRefusedAndChangesNothing() {
        Participant registered = participants.register(ParticipantFixtures.participant());
        participants.changePhase(registered.id(), Phase.PLACED, null);

        assertThatThrownBy(() -> participants.update(registered.id(), draft().id(null).interests("Annat").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("phase"));
        assertThat(participants.get(registered.id()).phase()).isEqualTo(Phase.PLACED);
    }

    @Test
    void anUpdateCannotChangeTheId() {
        Participant registered = participants.register(ParticipantFixtures.participant());

        assertThatThrownBy(() -> participants.update(registered.id(), ParticipantFixtures.participant()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("id"));
    }

    @Test
    void becomingReadyWithoutADateMeansReadyToday() {
        Participant mapping = participants.register(draft().id(freshId()).phase(Phase.MAPPING, null).build());

        Participant ready = participants.changePhase(mapping.id(), Phase.READY, null);

        assertThat(ready.phase()).isEqualTo(Phase.READY);
        assertThat(ready.readySince()).isEqualTo(LocalDate.now(ParticipantRules.PROGRAMME_ZONE));
    }

    @Test
    void goingBackToMappingClearsReadySince() {
        Participant ready = participants.register(ParticipantFixtures.participant());

        assertThat(participants.changePhase(ready.id(), Phase.MAPPING, null).readySince()).isNull();
    }

    @Test
    void aReadySinceInTheFutureIsRefused() {
        Participant mapping = participants.register(draft().id(freshId()).phase(Phase.MAPPING, null).build());

        assertThatThrownBy(() -> participants.changePhase(mapping.id(), Phase.READY, LocalDate.now().plusDays(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("readySince"));
    }

    @Test
    void aPhaseChangeAndProfileEditsMadeAtOnceAllLand() throws Exception {
        Participant registered = participants.register(draft().id(freshId()).phase(Phase.MAPPING, null).build());
        ExecutorService writers = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Participant>> done = new ArrayList<>();
        done.add(writers.submit(() -> {
            start.await();
            return participants.changePhase(registered.id(), Phase.READY, LocalDate.of(2026, 1, 5));
        }));
        for (int i = 0; i < 5; i++) {
            done.add(writers.submit(() -> {
                start.await();
                return participants.update(registered.id(), draft().id(null).interests("Gillar trädgårdsarbete och odling.")
                        .phase(null, null).build());
            }));
        }
        start.countDown();
        for (Future<Participant> write : done) {
            write.get();
        }
        writers.shutdown();

        Participant stored = participants.get(registered.id());
        assertThat(stored.phase()).isEqualTo(Phase.READY);
        assertThat(stored.readySince()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(stored.interests()).isEqualTo("Gillar trädgårdsarbete och odling.");
    }

    @Test
    void theListIsPagedWithItsTotal() {
        for (int i = 0; i < 3; i++) {
            participants.register(draft().id(freshId()).site("strangnas").build());
        }

        var page = participants.list(ParticipantQuery.of("strangnas", Phase.READY), 0, 2);

        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPageBeyondTenThousandIsRefused() {
        assertThatThrownBy(() -> participants.list(ParticipantQuery.of(null, null), 50, 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("page"));
    }
}
