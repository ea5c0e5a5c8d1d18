package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.signin.SignInThrottle;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts;
import se.tuna.placement.web.TestAccounts.SignedIn;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor's browser session from sign-in to sign-out: the password form, the CSRF token
 * every change must carry, an account switched off mid-session, and a guesser slowed down. And
 * programs: an API token revoked or unknown is a 401 at once.
 */
class BrowserSessionIntegrationTest extends WebIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    PasswordCredentials credentials;

    URI platform;
    String employer;

    @BeforeEach
    void anEmployer() {
        platform = URI.create("http://localhost:" + port);
        employer = http.post().uri("/api/employers").header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue(ApiBodies.employer("Sessionsprovets Café").toString()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    @Test
    void aSupervisorSignsInWithTheirPasswordAndLandsOnTheirWorkplace() {
        SignedIn supervisor = people.supervisor("session-" + employer, employer);
        FormBrowser browser = new FormBrowser();

        HttpResponse<String> page = signIn(browser, supervisor.account().email(), TestAccounts.PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/arbetsgivare");
        assertThat(page.body()).contains(supervisor.account().displayName(), "Vår arbetsplats");
    }

    @Test
    void aWrongPasswordSendsThePersonBackToTheSignInPageSayingSo() {
        SignedIn supervisor = people.supervisor("wrong-" + employer, employer);

        HttpResponse<String> page = signIn(new FormBrowser(), supervisor.account().email(), "inte rätt lösenord alls");

        assertThat(page.uri().toString()).endsWith("/logga-in?fel");
        assertThat(page.body()).contains("Fel e-postadress eller lösenord");
    }

    @Test
    void aChangeInABrowserSessionNeedsThePagesCsrfToken() {
        SignedIn supervisor = people.supervisor("csrf-" + employer, employer);
        FormBrowser browser = new FormBrowser();
        HttpResponse<String> page = signIn(browser, supervisor.account().email(), TestAccounts.PASSWORD);
        String slotPath = "/api/employers/" + employer + "/slots";
        String slot = ApiBodies.slot("Servering", List.of(), 1).toString();

        HttpResponse<String> forged = browser.sendJson("POST", platform.resolve(slotPath), slot, Map.of());
        HttpResponse<String> fromThePage = browser.sendJson("POST", platform.resolve(slotPath), slot,
                FormBrowser.csrfHeader(page.body()));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("invalid-csrf-token");
        assertThat(fromThePage.statusCode()).isEqualTo(201);
    }

    @Test
    void anAccountSwitchedOffLosesItsSessionAtItsNextRequest() {
        SignedIn supervisor = people.supervisor("off-" + employer, employer);
        FormBrowser browser = new FormBrowser();
        signIn(browser, supervisor.account().email(), TestAccounts.PASSWORD);
        assertThat(browser.get(platform.resolve("/api/me")).statusCode()).isEqualTo(200);

        accounts.disable(supervisor.id(), coordinator().id());

        assertThat(browser.get(platform.resolve("/api/me")).statusCode()).isEqualTo(401);
        assertThat(browser.open(platform.resolve("/arbetsgivare")).uri().getPath()).isEqualTo("/logga-in");
    }

    @Test
    void aSessionBegunBeforeThePasswordWasSetAgainIsOver() {
        SignedIn supervisor = people.supervisor("reset-" + employer, employer);
        FormBrowser browser = new FormBrowser();
        signIn(browser, supervisor.account().email(), TestAccounts.PASSWORD);
        assertThat(browser.get(platform.resolve("/api/me")).statusCode()).isEqualTo(200);

        String link = credentials.issueLink(supervisor.id(), LinkPurpose.RESET, null).token();
        credentials.redeem(link, "ett nytt och längre lösenord", "ett nytt och längre lösenord");

        assertThat(browser.get(platform.resolve("/api/me")).statusCode()).isEqualTo(401);
        assertThat(signIn(new FormBrowser(), supervisor.account().email(), "ett nytt och längre lösenord").uri().getPath())
                .isEqualTo("/arbetsgivare");
    }

    @Test
    void repeatedFailedSignInsMakeTheNextTryWaitEvenWithTheRightPassword() {
        String email = supervisor().account().email();
        FormBrowser guesser = new FormBrowser();
        for (int guess = 1; guess <= 6; guess++) {
            assertThat(signIn(guesser, email, "gissning nummer " + guess).uri().toString()).endsWith("/logga-in?fel");
        }
        assertThat(throttle.waitBefore(email, "127.0.0.1")).as("the sixth failure over HTTP counted").isPositive();
        // A few more failures in a row (each of which would otherwise have to wait out the one before).
        for (int guess = 7; guess <= 10; guess++) {
            throttle.failed(email, "127.0.0.1");
        }

        HttpResponse<String> rightPassword = signIn(new FormBrowser(), email, TestAccounts.PASSWORD);

        assertThat(rightPassword.uri().getQuery()).startsWith("vanta=");
        assertThat(rightPassword.body()).contains("För många misslyckade försök");
    }

    @Test
    void aRevokedApiTokenIsRefusedAtOnce() {
        SignedIn coach = people.staff("revoked-token-" + employer, Set.of(Role.COACH),
                Set.of("eskilstuna"));
        as(coach).get().uri("/api/slots").exchange().expectStatus().isOk();

        tokens.list(coach.id()).forEach(token -> tokens.revoke(token.id(), coordinator().id()));

        as(coach).get().uri("/api/slots").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tuna\"");
    }

    @Test
    void aProgramsRequestWithAnApiTokenOpensNoSession() {
        http.get().uri("/api/me").exchange().expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        http.get().uri("/api/participants").exchange().expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void aVisitorWhoIsNotSignedInOpensNoSession() {
        FormBrowser browser = new FormBrowser();

        browser.open(platform.resolve("/deltagare?sida=2"));
        browser.open(platform.resolve("/konto/glomt"));

        assertThat(browser.visited).contains(platform.resolve("/logga-in"));
        assertThat(browser.cookiesFor(platform)).extracting(HttpCookie::getName).doesNotContain("TUNA_SESSION");
    }

    @Test
    void signingInLeadsToThePageAskedForButNeverToAnotherSite() {
        SignedIn supervisor = people.supervisor("deep-link-" + employer, employer);
        FormBrowser browser = new FormBrowser();
        browser.open(platform.resolve("/konto"));

        HttpResponse<String> page = signIn(browser, supervisor.account().email(), TestAccounts.PASSWORD);
        assertThat(page.uri().getPath()).isEqualTo("/konto");

        FormBrowser misled = new FormBrowser();
        misled.open(platform.resolve("/konto"));
        misled.cookiesFor(platform).stream().filter(cookie -> cookie.getName().equals("REDIRECT_URI"))
                .forEach(cookie -> cookie.setValue(Base64.getEncoder().encodeToString("//evil.example/konto".getBytes())));
        assertThat(signIn(misled, supervisor.account().email(), TestAccounts.PASSWORD).uri().getPath()).isEqualTo("/arbetsgivare");
    }

    @Test
    void onlyThePersonATokenWasIssuedForCollectsItsSecret() {
        SignedIn coach = people.staff("collecting-" + employer, Set.of(Role.COACH), Set.of("eskilstuna"));
        String issued = tokens.issue(coach.id(), "Export", 1, coordinator().id()).id();

        http.post().uri("/api/me/api-tokens/" + issued + "/secret").exchange().expectStatus().isNotFound();
        String secret = as(coach).post().uri("/api/me/api-tokens/" + issued + "/secret").exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("secret").asString();
        as(coach).post().uri("/api/me/api-tokens/" + issued + "/secret").exchange().expectStatus().isEqualTo(409);

        anonymous.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(coach.id());
    }

    @Test
    void anAdminCannotGiveThemselvesARole() {
        http.put().uri("/api/admin/accounts/" + coordinator().id() + "/access").header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"roles\": [\"ADMIN\", \"COORDINATOR\", \"COACH\"], \"sites\": [\"eskilstuna\"]}").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void anUnknownOrMalformedTokenIsA401ProblemDetail() {
        for (String token : List.of("tuna_" + "a".repeat(32) + "_no-such-secret", "not-a-token", "tuna_", "")) {
            anonymous.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.type").isEqualTo("https://tuna-placement.example/problems/sign-in-required");
        }
    }

    private SignedIn supervisor() {
        return people.supervisor("guessed-" + employer, employer);
    }

    private HttpResponse<String> signIn(FormBrowser browser, String email, String password) {
        HttpResponse<String> page = browser.open(platform.resolve("/logga-in"));
        return browser.submit(platform.resolve("/logga-in"), page, FormBrowser.form("username", email, "password", password));
    }
}
