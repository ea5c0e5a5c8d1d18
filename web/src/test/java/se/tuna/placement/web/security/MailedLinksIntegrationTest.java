package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * With a mail server configured, an invitation is e-mailed to the supervisor with a link on the
 * platform's public address, and the coordinator is not shown it. A real SMTP server (GreenMail)
 * receives the mail.
 */
class MailedLinksIntegrationTest extends WebIntegrationTest {

    private static final GreenMail SMTP = smtp();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tuna.public-url", () -> "https://tuna.kommun.test.example");
        registry.add("tuna.mail.from", () -> "tuna@kommun.test.example");
    }

    @Test
    void anInvitationIsMailedToTheSupervisorWithALinkOnThePublicAddress() throws Exception {
        String employer = http.post().uri("/api/employers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ApiBodies.employer("Postprovets Tryckeri").toString()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        String email = "post-" + UUID.randomUUID() + "@tryckeri.test.example";

        JsonNode invitation = http.post().uri("/api/employers/" + employer + "/supervisors").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ApiCalls.json("{\"email\": \"%s\", \"displayName\": \"Tryckare Tina\"}", email).toString()).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(invitation.get("delivery").asString()).isEqualTo("MAILED");
        assertThat(invitation.get("link").isNull()).isTrue();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessagesForDomain("tryckeri.test.example")[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("tuna@kommun.test.example");
        assertThat(mail.getSubject()).isEqualTo("Inbjudan till TUNA Platsbanken");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://tuna.kommun.test.example/konto/losenord?lank=");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    private static GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }
}
