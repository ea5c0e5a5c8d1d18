package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.testidp.TestIdentityProvider;

/**
 * Staff sign in through their agency's own identity provider: a real OpenID Connect provider
 * (Spring Authorization Server, started here) proves who they are, and the platform gives them
 * what their account allows. Walked as a browser walks it, redirect by redirect, with the
 * provider's own sign-in form.
 */
@RealElasticsearch
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class StaffSignInIntegrationTest {

    private static final int PORT = freePort();
    private static final URI PLATFORM = URI.create("http://localhost:" + PORT);
    private static final TestIdentityProvider PROVIDER =
            TestIdentityProvider.start(PLATFORM + "/login/oauth2/code/kommunen");

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("tuna.elasticsearch.uris", () -> ElasticsearchExtension.httpUri().toString());
        registry.add("tuna.audit.key", () -> WebIntegrationTest.TEST_AUDIT_KEY);
        registry.add("tuna.elasticsearch.index-prefix", () -> ElasticsearchExtension.indexPrefix(StaffSignInIntegrationTest.class));
        String registration = "spring.security.oauth2.client.registration.kommunen.";
        registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "Testkommunen");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.kommunen.issuer-uri", PROVIDER::issuer);
        registry.add("tuna.security.bootstrap-admins", () -> PROVIDER.issuer() + "#anders.admin");
    }

    @Autowired
    AccountService accounts;

    @Test
    void aMemberOfStaffSignsInThroughTheirAgencyAndWaitsForRolesUntilAnAdminGivesThem() {
        FormBrowser browser = new FormBrowser();

        HttpResponse<String> page = signIn(browser, "eva.ek");

        assertThat(page.uri().getPath()).isEqualTo("/konto/vantar");
        assertThat(page.body()).contains("Ditt konto väntar på behörighet", "Eva Ek");
        Account account = accounts.get(AccountIds.forIdentity(new StaffIdentity(PROVIDER.issuer(), "eva.ek")));
        assertThat(account.roles()).isEmpty();
        assertThat(account.email()).isEqualTo("eva.ek@kommun.test.example");
        assertThat(browser.get(PLATFORM.resolve("/api/participants")).statusCode()).isEqualTo(403);

        accounts.changeAccess(account.id(), Set.of(Role.COACH), Set.of("eskilstuna"), "an-admin");

        HttpResponse<String> start = browser.open(PLATFORM.resolve("/"));
        assertThat(start.uri().getPath()).isEqualTo("/besok");
        assertThat(start.body()).contains("Mina deltagare");
        assertThat(browser.get(PLATFORM.resolve("/api/participants")).statusCode()).isEqualTo(200);
    }

    @Test
    void anIdentityNamedAsBootstrapAdminIsAnAdminAtFirstSignIn() {
        HttpResponse<String> page = signIn(new FormBrowser(), "anders.admin");

        assertThat(page.uri().getPath()).isEqualTo("/admin");
        assertThat(accounts.get(AccountIds.forIdentity(new StaffIdentity(PROVIDER.issuer(), "anders.admin"))).roles())
                .containsExactly(Role.ADMIN);
    }

    @Test
    void aSwitchedOffAccountIsTurnedAwayAfterTheProvidersSignIn() {
        signIn(new FormBrowser(), "eva.ek");
        String eva = AccountIds.forIdentity(new StaffIdentity(PROVIDER.issuer(), "eva.ek"));
        accounts.disable(eva, "an-admin");

        try {
            HttpResponse<String> page = signIn(new FormBrowser(), "eva.ek");

            assertThat(page.uri().toString()).endsWith("/logga-in?fel=avstangt");
            assertThat(page.body()).contains("Ditt konto är avstängt");
        } finally {
            accounts.enable(eva, "an-admin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndNewAtSignIn() {
        FormBrowser browser = new FormBrowser();
        HttpResponse<String> signInPage = browser.open(PLATFORM.resolve("/logga-in"));
        HttpResponse<String> toProvider = browser.get(PLATFORM.resolve("/oauth2/authorization/kommunen"));
        String begun = sessionCookie(browser).getValue();

        HttpResponse<String> providerForm = browser.follow(toProvider);
        browser.submit(URI.create(PROVIDER.issuer() + "/login"), providerForm,
                FormBrowser.form("username", "eva.ek", "password", TestIdentityProvider.PASSWORD));

        assertThat(signInPage.headers().allValues("Set-Cookie")).as("no session only for seeing the sign-in page")
                .noneMatch(cookie -> cookie.startsWith("TUNA_SESSION="));
        assertThat(toProvider.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("TUNA_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(sessionCookie(browser).getValue()).as("a new session id once signed in").isNotEqualTo(begun);
    }

    @Test
    void signingOutEndsTheSessionAndSignsOutAtTheProviderToo() {
        FormBrowser browser = new FormBrowser();
        HttpResponse<String> page = signIn(browser, "anders.admin");

        HttpResponse<String> signedOut = browser.submit(PLATFORM.resolve("/logga-ut"), page, FormBrowser.form());

        assertThat(browser.visited).anyMatch(uri -> uri.toString().startsWith(PROVIDER.issuer() + "/connect/logout"));
        assertThat(signedOut.uri().getPath()).isEqualTo("/logga-in");
        assertThat(browser.get(PLATFORM.resolve("/api/me")).statusCode()).isEqualTo(401);
    }

    /** Clicks the agency's button on the sign-in page and signs in at the provider with its own form. */
    private static HttpResponse<String> signIn(FormBrowser browser, String user) {
        HttpResponse<String> signInPage = browser.open(PLATFORM.resolve("/logga-in"));
        assertThat(signInPage.body()).contains("Logga in via Testkommunen");
        HttpResponse<String> providerForm = browser.open(PLATFORM.resolve("/oauth2/authorization/kommunen"));
        assertThat(providerForm.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
        return browser.submit(URI.create(PROVIDER.issuer() + "/login"), providerForm,
                FormBrowser.form("username", user, "password", TestIdentityProvider.PASSWORD));
    }

    private static HttpCookie sessionCookie(FormBrowser browser) {
        List<HttpCookie> cookies = browser.cookiesFor(PLATFORM);
        return cookies.stream().filter(cookie -> cookie.getName().equals("TUNA_SESSION")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
