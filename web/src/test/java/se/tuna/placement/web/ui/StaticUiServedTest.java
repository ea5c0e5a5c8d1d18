package se.tuna.placement.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.web.WebIntegrationTest;

/** The running service serves the browser UI: the landing page at the root, the pages, modules and styles. */
class StaticUiServedTest extends WebIntegrationTest {

    @Autowired
    WebTestClient http;

    @Test
    void theRootIsTheLandingPageWithTheThreeRoles() {
        String html = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("Välj din roll", "samordnare.html", "arbetsgivare.html", "coach.html");
    }

    @Test
    void everyPageModuleAndTheStylesheetIsServedWithItsType() {
        for (String page : StaticUiTest.PAGES) {
            http.get().uri("/" + page).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        }
        for (String module : StaticUiTest.MODULES) {
            http.get().uri("/js/" + module).exchange().expectStatus().isOk()
                    .expectHeader().value("Content-Type", type -> assertThat(type).contains("javascript"));
        }
        http.get().uri("/app.css").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/css"));
    }
}
