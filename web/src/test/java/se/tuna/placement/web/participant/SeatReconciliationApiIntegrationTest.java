package se.tuna.placement.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seat reconciliation over HTTP: an admin runs it and reads its report, which holds counts and
 * ids only; a placement whose seat went missing behind its back has it again.
 */
class SeatReconciliationApiIntegrationTest extends WebIntegrationTest {

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Autowired
    SeatBooking booking;

    @Test
    void anAdminsRunGivesBackTheSeatABookedPlacementLostAndReportsItWithoutPersonalData() {
        String slot = slotWithOneSeat();
        String participant = readyParticipant();
        String placement = ok("/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();
        ok("/api/placements/" + placement + "/answer", "{\"on\": \"%s\", \"trial\": true}".formatted(today));
        booking.releaseFor(slot, placement);

        JsonNode report = ok("/api/admin/seat-reconciliation", null);

        assertThat(report.get("seatsClaimed").asInt()).isPositive();
        assertThat(report.get("askedBy").asString()).isEqualTo(coordinator().id());
        assertThat(booking.activeClaims(slot)).singleElement().satisfies(claim -> {
            assertThat(claim.reference()).isEqualTo(placement);
            assertThat(claim.kind()).isEqualTo(SeatClaim.Kind.BOOKING);
        });
        assertThat(report.toString()).doesNotContain(participant);
        JsonNode last = http.get().uri("/api/admin/seat-reconciliation").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(last.get("finishedAt").asString()).isGreaterThanOrEqualTo(report.get("finishedAt").asString());
    }

    private String slotWithOneSeat() {
        String employer = created("/api/employers", ApiBodies.employer("Stegvis Lager AB").toString());
        return created("/api/employers/" + employer + "/slots", ApiBodies.slot("Lagerarbete", List.of(), 1).toString());
    }

    private String readyParticipant() {
        ObjectNode body = ApiBodies.participant(ApiBodies.freshParticipantId(), "eskilstuna", List.of());
        ApiBodies.enrolledAndReadyOn(body, LocalDate.parse("2026-10-01"));
        String id = created("/api/participants", body.toString());
        String coach = people.staff("reconciliation-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id();
        http.put().uri("/api/participants/" + id + "/coach").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"coachId\": \"%s\"}".formatted(coach)).exchange().expectStatus().is2xxSuccessful();
        return id;
    }

    private String created(String path, String body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private JsonNode ok(String path, String body) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.bodyValue(body)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
