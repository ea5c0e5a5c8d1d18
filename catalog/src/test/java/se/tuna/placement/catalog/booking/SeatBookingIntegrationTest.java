package se.tuna.placement.catalog.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.catalog.CatalogFixtures.employer;
import static se.tuna.placement.catalog.CatalogFixtures.warehouseSlot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.NoFreeSeatException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

@RealElasticsearch
@SpringJUnitConfig(SeatBookingIntegrationTest.Wiring.class)
class SeatBookingIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(CatalogTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(SeatBookingIntegrationTest.class));
        }
    }

    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SeatBooking booking;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        employer = employers.list(null, null, 0, 1).items().stream().findFirst()
                .orElseGet(() -> employers.register(employer("212000-0340", "Eskilstuna kommun")));
    }

    @Test
    void fiftyParallelRequestsForTheLastSeatBookExactlyOne() throws Exception {
        TrainingSlot slot = slotWithSeats(2);
        booking.book(slot.id(), "placement-first");

        int requests = 50;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String reference = "placement-" + i;
            Callable<Boolean> request = () -> {
                start.await();
                try {
                    booking.book(slot.id(), reference);
                    return true;
                } catch (NoFreeSeatException full) {
                    return false;
                }
            };
            outcomes.add(pool.submit(request));
        }
        start.countDown();
        int booked = 0;
        for (Future<Boolean> outcome : outcomes) {
            booked += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(booked).isEqualTo(1);
        assertThat(booking.activeClaims(slot.id())).hasSize(2);
    }

    @Test
    void bookingAgainWithTheSameReferenceTakesNoSecondSeat() {
        TrainingSlot slot = slotWithSeats(2);

        SeatClaim first = booking.book(slot.id(), "placement-x");
        SeatClaim again = booking.book(slot.id(), "placement-x");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(booking.activeClaims(slot.id())).hasSize(1);
    }

    @Test
    void aHoldBecomesTheBookingWithTheSameReference() {
        TrainingSlot slot = slotWithSeats(1);

        SeatClaim hold = booking.hold(slot.id(), "visit-1", Duration.ofDays(14));
        SeatClaim booked = booking.book(slot.id(), "visit-1");

        assertThat(booked.id()).isEqualTo(hold.id());
        assertThat(booked.kind()).isEqualTo(SeatClaim.Kind.BOOKING);
        assertThat(booking.activeClaims(slot.id())).hasSize(1);
    }

    @Test
    void aLapsedHoldFreesItsSeat() throws InterruptedException {
        TrainingSlot slot = slotWithSeats(1);
        booking.hold(slot.id(), "visit-short", Duration.ofMillis(200));
        assertThatThrownBy(() -> booking.book(slot.id(), "someone-else")).isInstanceOf(NoFreeSeatException.class);

        Thread.sleep(300);

        assertThat(booking.book(slot.id(), "someone-else").kind()).isEqualTo(SeatClaim.Kind.BOOKING);
    }

    @Test
    void releasingABookingFreesTheSeat() {
        TrainingSlot slot = slotWithSeats(1);
        SeatClaim claim = booking.book(slot.id(), "placement-y");

        booking.release(slot.id(), claim.id());

        assertThat(booking.book(slot.id(), "placement-z").reference()).isEqualTo("placement-z");
    }

    @Test
    void aPausedSlotTakesNoBooking() {
        TrainingSlot slot = slotWithSeats(1);
        slots.changeStatus(slot.id(), SlotStatus.PAUSED);

        assertThatThrownBy(() -> booking.book(slot.id(), "placement-p")).isInstanceOf(ConflictException.class);
    }

    @Test
    void seatsCannotBeLoweredBelowWhatIsBooked() {
        TrainingSlot slot = slotWithSeats(2);
        booking.book(slot.id(), "a");
        booking.book(slot.id(), "b");
        TrainingSlot fewer = withSeats(warehouseSlot(), 1);

        assertThatThrownBy(() -> slots.update(slot.id(), fewer))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("seats"));
        assertThat(booking.activeClaims(slot.id())).hasSize(2);
    }

    @Test
    void anEmployersEditKeepsTheBookings() {
        TrainingSlot slot = slotWithSeats(2);
        booking.book(slot.id(), "kept");

        slots.update(slot.id(), withSeats(warehouseSlot(), 3));

        assertThat(booking.activeClaims(slot.id())).extracting(SeatClaim::reference).containsExactly("kept");
        assertThat(slots.get(slot.id()).slot().seats()).isEqualTo(3);
    }

    @Test
    void aPlacementsSeatIsHeldThenBookedThenHandedOverToAfThenFreedAfterAfsPeriod() {
        TrainingSlot slot = slotWithSeats(1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

        SeatClaim held = booking.holdThrough(slot.id(), "placement-af", today.plusDays(7));
        SeatClaim booked = booking.book(slot.id(), "placement-af");
        SeatClaim handedOver = booking.handOverToAf(slot.id(), "placement-af", today.plusDays(30));

        assertThat(List.of(booked.id(), handedOver.id())).containsOnly(held.id());
        assertThat(handedOver.kind()).isEqualTo(SeatClaim.Kind.AF_HANDOVER);
        assertThat(handedOver.expiresAt()).isEqualTo(today.plusDays(31).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant());
        assertThat(booking.handOverToAf(slot.id(), "placement-af", today.plusDays(30))).isEqualTo(handedOver);
        assertThat(booking.activeClaims(slot.id())).containsExactly(handedOver);
        assertThatThrownBy(() -> booking.book(slot.id(), "someone-else")).isInstanceOf(NoFreeSeatException.class);
    }

    @Test
    void releasingByReferenceIsSafeToRepeatAndABookingTakenBackIsHeldAgain() {
        TrainingSlot slot = slotWithSeats(1);
        LocalDate until = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(3);
        booking.book(slot.id(), "placement-back");

        assertThat(booking.holdThrough(slot.id(), "placement-back", until).kind()).isEqualTo(SeatClaim.Kind.HOLD);
        booking.releaseFor(slot.id(), "placement-back");
        booking.releaseFor(slot.id(), "placement-back");

        assertThat(booking.activeClaims(slot.id())).isEmpty();
    }

    private TrainingSlot slotWithSeats(int seats) {
        return slots.register(employer.id(), withSeats(warehouseSlot(), seats)).slot();
    }

    private static TrainingSlot withSeats(TrainingSlot s, int seats) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), s.hours(), s.schedule(), seats, s.availableFrom(), s.availableUntil(), s.demands(),
                s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }
}
