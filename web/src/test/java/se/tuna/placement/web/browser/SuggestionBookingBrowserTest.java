package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.browser.Browser.ApiAnswer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coordinator books a study visit at a suggestion that was not ranked first: the page asks why
 * this slot and not the first, refuses to book without a reason, and books with one. A slot that
 * does not state its heaviest lift is shown to a participant with a lifting limit after every
 * feasible one, marked to be confirmed with the employer.
 */
@BrowserTest
class SuggestionBookingBrowserTest {

    /** Where the slot to be confirmed is: Kalkudden, Strängnäs, a hamlet no other test looks at. */
    private static final double LAT = 59.265052;
    private static final double LON = 17.282932;
    private static final String TO_CONFIRM = "Att bekräfta: fråga arbetsgivaren om tyngsta lyft";

    @Test
    void bookingAnotherThanTheFirstSuggestionAsksWhyAndBooksWithTheReason(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/forslag");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#participant-list a"))).click();
        WebElement second = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-rank='2'] details.book")));
        assertThat(browser.find(By.cssSelector("[data-rank='1'] details.book")).findElements(By.tagName("textarea")))
                .as("the first-ranked asks no reason").isEmpty();

        second.findElement(By.tagName("summary")).click();
        WebElement at = browser.find(By.id("s-2-book-at"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", at,
                LocalDate.now(ParticipantRules.PROGRAMME_ZONE).plusDays(3) + "T10:00");
        browser.find(By.cssSelector("[data-rank='2'] .booking button[type=submit]")).click();
        assertThat(browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("s-2-book-message"))).getText())
                .isEqualTo("Skriv kort varför du väljer den här platsen och inte förslag 1.");
        assertThat(browser.find(By.id("s-2-book-reason")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.visited("reason-asked");

        browser.find(By.id("s-2-book-reason")).sendKeys("Närmare bussen");
        browser.find(By.cssSelector("[data-rank='2'] .booking button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions-message"),
                "Studiebesöket är bokat"));
        assertThat(browser.driver().findElements(By.cssSelector("details.book"))).as("nothing more to book").isEmpty();
        browser.visited("booked");
    }

    @Test
    void aSlotThatDoesNotStateItsHeaviestLiftComesAfterTheFeasibleOnesMarkedToBeConfirmed(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        // Registered through the API as the coordinator: an employer with a slot of light lifts and one that
        // does not say, in Kalkudden, and a participant there who walks and may lift at most 10 kg.
        String employerId = created(browser.api("POST", "/api/employers",
                ApiBodies.employer("Kalkuddens Lager AB").toString()));
        ObjectNode light = kalkudden(ApiBodies.slot("Lager i Kalkudden, lätta lyft", List.of(), 5));
        String lightId = created(browser.api("POST", "/api/employers/" + employerId + "/slots", light.toString()));
        ObjectNode unstated = kalkudden(ApiBodies.slot("Lager i Kalkudden, lyft ej angivet", List.of(), 5));
        unstated.remove("heaviestLiftKg");
        String unstatedId = created(browser.api("POST", "/api/employers/" + employerId + "/slots", unstated.toString()));
        String participantId = ApiBodies.freshParticipantId();
        // Ready from today: last on the waiting list, so the booking test above never picks them.
        ObjectNode participant = ApiBodies.enrolledAndReadyOn(
                ApiBodies.participant(participantId, "strangnas", List.of("LIFTING_LIMIT")),
                LocalDate.now(ParticipantRules.PROGRAMME_ZONE));
        participant.put("maxLiftKg", 10);
        participant.put("homeLocality", "Kalkudden");
        participant.putObject("home").put("lat", LAT).put("lon", LON);
        participant.put("travelMode", "WALK");
        ApiAnswer registered = browser.api("POST", "/api/participants", participant.toString());
        assertThat(registered.status()).as("the API's answer: %s", registered.body()).isEqualTo(201);

        browser.open("/forslag?participant=" + participantId);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestion-list li[data-rank]")));
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("suggestion-list"), "aria-busy", "false"));
        browser.waitUntilSettled();

        List<WebElement> cards = browser.driver().findElements(By.cssSelector("#suggestion-list li[data-rank]"));
        List<Boolean> marked = cards.stream().map(card -> "true".equals(card.getDomAttribute("data-to-confirm"))).toList();
        List<String> slots = cards.stream().map(SuggestionBookingBrowserTest::slotOf).toList();
        assertThat(slots).as("the suggestions shown, feasible first (marked: %s)", marked).contains(lightId, unstatedId);
        int lightAt = slots.indexOf(lightId);
        int unstatedAt = slots.indexOf(unstatedId);
        assertThat(marked.get(lightAt)).as("the slot of light lifts is feasible").isFalse();
        assertThat(marked.get(unstatedAt)).as("the slot that does not state its lift is to be confirmed").isTrue();
        assertThat(marked).as("every slot to be confirmed after every feasible one")
                .isSortedAccordingTo(Boolean::compare);
        assertThat(unstatedAt).isGreaterThan(lightAt);
        assertThat(browser.find(By.id("suggestions-count")).getText()).contains("att bekräfta med arbetsgivaren");

        WebElement card = cards.get(unstatedAt);
        WebElement article = card.findElement(By.tagName("article"));
        assertThat(article.getDomAttribute("class")).contains("to-confirm");
        assertThat(article.getCssValue("border-top-style")).as("a dashed card").isEqualTo("dashed");
        assertThat(cards.get(lightAt).findElement(By.tagName("article")).getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(card.findElement(By.cssSelector(".to-confirm-note")).getText()).as("the mark on the card")
                .endsWith(TO_CONFIRM);
        assertThat(cards.get(lightAt).findElements(By.cssSelector(".to-confirm-note"))).as("no mark on a feasible card").isEmpty();
        WebElement checklist = card.findElement(By.cssSelector("details.checklist-details"));
        if (checklist.getDomAttribute("open") == null) {
            checklist.findElement(By.tagName("summary")).click();
        }
        WebElement lift = checklist.findElement(By.xpath(".//tr[th[normalize-space()='Begränsningar och krav']]"));
        assertThat(lift.findElement(By.cssSelector(".crit-text")).getText()).isEqualTo("Okänt");
        assertThat(lift.getText()).contains("platsen anger inte tyngsta lyft", "10 kg",
                "Fråga arbetsgivaren hur tunga lyft arbetet kräver");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({ block: 'start' });", card);
        browser.visited("slot-to-be-confirmed");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    /** A slot of {@link ApiBodies#slot} moved to Kalkudden. */
    private static ObjectNode kalkudden(ObjectNode slot) {
        slot.put("locality", "Kalkudden");
        slot.putObject("coordinates").put("lat", LAT).put("lon", LON);
        return slot;
    }

    /** The id of what a POST made, from its answer; fails with the service's reason otherwise. */
    private static String created(ApiAnswer answer) {
        assertThat(answer.status()).as("the API's answer: %s", answer.body()).isEqualTo(201);
        return ApiBodies.JSON.readTree(answer.body()).get("id").asString();
    }

    /** The slot a suggestion card is of, from its title's link to the bank. */
    private static String slotOf(WebElement card) {
        String href = card.findElement(By.cssSelector("h3 a")).getDomAttribute("href");
        return URLDecoder.decode(href.substring(href.indexOf("slot=") + "slot=".length()), StandardCharsets.UTF_8);
    }
}
