package se.tuna.placement.web.followup;

import java.net.URI;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.followup.feed.CalendarFeed;
import se.tuna.placement.followup.feed.FeedLinks;
import se.tuna.placement.web.problem.ProblemTypes;
import se.tuna.placement.web.problem.Problems;
import se.tuna.placement.web.shared.Blocking;

/**
 * The calendar feed behind a person's secret link, {@code GET /kalender/<secret>.ics}: no sign-in,
 * the secret is the key (calendar programs cannot sign in). A link unknown, revoked or replaced,
 * or of an account switched off, is one 404 that says nothing of why. Not part of the JSON API's
 * document: it answers {@code text/calendar}, and it is no operation a signed-in person calls.
 */
@RestController
@Hidden
class CalendarFeedDownload {

    static final String PATH = "/kalender/";
    private static final MediaType CALENDAR = MediaType.parseMediaType(CalendarFeed.contentType());

    private final FeedLinks links;
    private final CalendarFeed feed;
    private final AccountService accounts;

    CalendarFeedDownload(FeedLinks links, CalendarFeed feed, AccountService accounts) {
        this.links = links;
        this.feed = feed;
        this.accounts = accounts;
    }

    @GetMapping(PATH + "{token}.ics")
    Mono<ResponseEntity<?>> feed(@PathVariable String token) {
        return Blocking.call(() -> {
            Optional<Account> person = links.accountFor(token).flatMap(accounts::find).filter(Account::active);
            if (person.isEmpty()) {
                return notFound();
            }
            Account account = person.get();
            return ResponseEntity.ok().contentType(CALENDAR)
                    .body(feed.of(account.id(), account.displayName(), account.sites()));
        });
    }

    /** The same answer for every link that opens nothing; its instance is not the address, which holds the secret tried. */
    private static ResponseEntity<?> notFound() {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", "No calendar at this address");
        problem.setInstance(URI.create(PATH));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
