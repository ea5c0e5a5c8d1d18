package se.tuna.placement.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.web.WebIntegrationTest;

/**
 * The running service serves the browser UI: styles and scripts to anyone (the sign-in page needs
 * them), the pages only to a signed-in person, and the sign-in page in the shared layout.
 */
class StaticUiServedTest extends WebIntegrationTest {

    @Autowired
    WebTestClient http;

    @Test
    void theStylesAndEveryModuleAreServedToASignedOutBrowser() {
        List<String> modules = StaticUiTest.resourceFiles("static/js", ".js");
        assertThat(modules).contains("api.js");
        for (String module : modules) {
            http.get().uri("/js/" + module).exchange().expectStatus().isOk()
                    .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).contains("javascript"));
        }
        http.get().uri("/app.css").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/css"));
    }

    @Test
    void aSignedOutBrowserIsSentToSignInFromEveryPageAndEarlierAddress() {
        List<String> addresses = new ArrayList<>(List.of("/", "/deltagare", "/deltagare/D-4F7K2", "/oversikt",
                "/admin", "/samordnare.html", "/coach.html"));
        StaticUiTest.PAGES.forEach(page -> addresses.add("/" + page));
        for (String address : addresses) {
            http.get().uri(address).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().is3xxRedirection()
                    .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).as(address).endsWith("/logga-in"));
        }
    }

    @Test
    void theSignInPageIsServedInTheSharedLayoutWithItsFormsToken() {
        String html = signInPage("/logga-in");

        assertThat(html).contains("<html lang=\"sv\">", "class=\"site-header\"", "<main id=\"main\" class=\"narrow\">",
                "name=\"_csrf\"", "href=\"/app.css\"");
        assertThat(html).as("nobody is signed in").doesNotContain("Logga ut", "Huvudmeny");
    }

    /** The scripts send a browser whose session ended to /logga-in?utgangen; the page says only that. */
    @Test
    void theSignInPageSaysWhyItIsShownOnlyWhenAsked() {
        assertThat(signInPage("/logga-in")).doesNotContain("class=\"notice");
        assertThat(signInPage("/logga-in?utgangen")).contains("Sidan hade varit öppen för länge")
                .doesNotContain("Du är utloggad", "Fel e-postadress", "Ditt lösenord är sparat", "För många");
        assertThat(signInPage("/logga-in?fel")).contains("Fel e-postadress eller lösenord").doesNotContain("din organisation gick");
    }

    private String signInPage(String address) {
        return http.get().uri(address).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
