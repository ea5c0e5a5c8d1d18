package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator invites an employer's supervisor, who sets a password through the one-time link
 * and signs in; the link works once. This installation sends no mail, so the link comes back to
 * the coordinator to pass on, and, as it runs on a configured cluster, not to the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SupervisorInvitationIntegrationTest extends WebIntegrationTest {

    @LocalServerPort
    int port;

    URI platform;
    String employer;

    @BeforeEach
    void anEmployer() {
        platform = URI.create("http://localhost:" + port);
        employer = post("/api/employers", ApiBodies.employer("Inbjudningsprovets Bageri")).get("id").asString();
    }

    @Test
    void anInvitedSupervisorSetsAPasswordThroughTheLinkAndSignsIn() {
        String email = "ny-" + UUID.randomUUID() + "@bageri.test.example";
        JsonNode invitation = post("/api/employers/" + employer + "/supervisors",
                ApiCalls.json("{\"email\": \"%s\", \"displayName\": \"Bodil Bagare\"}", email));
        assertThat(invitation.get("delivery").asString()).isEqualTo("SHOWN");
        assertThat(invitation.get("supervisor").get("status").asString()).isEqualTo("INVITED");
        URI link = URI.create(invitation.get("link").asString());
        FormBrowser browser = new FormBrowser();

        HttpResponse<String> form = browser.open(link);
        assertThat(form.body()).contains("Välkommen – välj ditt lösenord", email);
        HttpResponse<String> tooShort = browser.submit(platform.resolve("/konto/losenord"), form,
                FormBrowser.form("lank", token(link), "password", "kort", "repeated", "kort"));
        assertThat(tooShort.body()).contains("Lösenordet behöver vara minst 12 tecken.");
        HttpResponse<String> saved = browser.submit(platform.resolve("/konto/losenord"), tooShort,
                FormBrowser.form("lank", token(link), "password", "tre ord i rad räcker", "repeated", "tre ord i rad räcker"));
        assertThat(saved.uri().toString()).endsWith("/logga-in?losenord");

        HttpResponse<String> signedIn = browser.submit(platform.resolve("/logga-in"), saved,
                FormBrowser.form("username", email, "password", "tre ord i rad räcker"));
        assertThat(signedIn.uri().getPath()).isEqualTo("/arbetsgivare");
        assertThat(signedIn.body()).contains("Bodil Bagare");
        http.get().uri("/api/employers/" + employer + "/supervisors").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.email == '" + email + "')].status").isEqualTo("ACTIVE");

        HttpResponse<String> again = new FormBrowser().open(link);
        assertThat(again.body()).contains("Länken gäller inte längre");
    }

    @Test
    void aNewLinkMakesTheOldOneStopWorking() {
        String email = "glomsk-" + UUID.randomUUID() + "@bageri.test.example";
        JsonNode first = post("/api/employers/" + employer + "/supervisors",
                ApiCalls.json("{\"email\": \"%s\", \"displayName\": \"Gunnar Glömsk\"}", email));
        String supervisor = first.get("supervisor").get("id").asString();

        JsonNode second = post("/api/employers/" + employer + "/supervisors/" + supervisor + "/reset-link", null);

        assertThat(new FormBrowser().open(URI.create(first.get("link").asString())).body()).contains("Länken gäller inte längre");
        assertThat(new FormBrowser().open(URI.create(second.get("link").asString())).body()).contains("välj ditt lösenord");
    }

    @Test
    void aLinkShownToTheCoordinatorStaysOutOfTheLog(CapturedOutput log) {
        String email = "loggfri-" + UUID.randomUUID() + "@bageri.test.example";

        JsonNode invitation = post("/api/employers/" + employer + "/supervisors",
                ApiCalls.json("{\"email\": \"%s\", \"displayName\": \"Lotta Loggfri\"}", email));

        String supervisor = invitation.get("supervisor").get("id").asString();
        String secret = token(URI.create(invitation.get("link").asString())).substring(supervisor.length() + 1);
        assertThat(log.getAll()).contains("Made a one-time link (invitation) for supervisor account " + supervisor)
                .doesNotContain(secret, email, "Lotta Loggfri");
    }

    @Test
    void askingForANewPasswordWithoutMailSaysToAskTheCoordinatorWhetherOrNotTheAddressHasAnAccount() {
        FormBrowser browser = new FormBrowser();
        HttpResponse<String> page = browser.open(platform.resolve("/konto/glomt"));
        String known = people.supervisor("glomsk-" + employer, employer).account().email();

        HttpResponse<String> unknown = browser.submit(platform.resolve("/konto/glomt"), page,
                FormBrowser.form("email", "ingen-" + UUID.randomUUID() + "@bageri.test.example"));
        HttpResponse<String> hasAnAccount = browser.submit(platform.resolve("/konto/glomt"), page, FormBrowser.form("email", known));

        assertThat(List.of(unknown, hasAnAccount)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Be din samordnare på TUNA att skicka dig en ny länk")
                    .doesNotContain("/konto/losenord?lank=");
        });
    }

    private JsonNode post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body == null ? "{}" : body.toString())
                .exchange().expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static String token(URI link) {
        return link.getQuery().substring("lank=".length());
    }
}
