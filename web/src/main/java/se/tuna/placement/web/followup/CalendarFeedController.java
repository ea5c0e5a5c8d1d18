package se.tuna.placement.web.followup;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.AccessRefusedException;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.followup.feed.FeedLinks;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * A person's secret calendar link, which Outlook or Google Calendar subscribes to: made by the
 * person, shown once; revoked by the person or a coordinator of their site. The link itself is
 * served by {@link CalendarFeedDownload}. The log says a link was made or revoked for an account,
 * never the link.
 */
@ApiController
@Tag(name = "Calendars", description = "Arbetskalendrar: arbetstid, frånvaro och stående åtaganden")
class CalendarFeedController {

    private final FeedLinks links;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final URI publicUrl;

    CalendarFeedController(FeedLinks links, AccountService accounts, AccessPolicy access,
            @Value("${tuna.public-url:}") String publicUrl) {
        this.links = links;
        this.accounts = accounts;
        this.access = access;
        this.publicUrl = publicUrl.isBlank() ? null : URI.create(publicUrl);
    }

    /**
     * The secret link, shown this once.
     *
     * @param url the address to subscribe to, {@code …/kalender/<secret>.ics}
     */
    record FeedLinkResponse(String url) {
    }

    @PostMapping("/api/calendars/{accountId}/feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make your secret calendar link (a feed of your visits for Outlook or Google Calendar)",
            description = "Only for yourself. The link is shown this once; making a new one ends the one you had. The feed "
                    + "carries each visit's kind, place and time, nothing about the participant.")
    Mono<FeedLinkResponse> create(@AuthenticationPrincipal Actor actor, @PathVariable String accountId, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            if (!actor.accountId().equals(accountId)) {
                throw new AccessRefusedException("Only the person themself makes their calendar link");
            }
            Account person = accounts.get(accountId);
            String token = links.create(person.id(), actor.accountId());
            return new FeedLinkResponse(url(publicUrl != null ? publicUrl : requestBase(exchange), token));
        });
    }

    @DeleteMapping("/api/calendars/{accountId}/feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a person's calendar link", description = "By the person or a coordinator of their site. The "
            + "link stops working at once (404); revoking when there is none changes nothing.")
    Mono<Void> revoke(@AuthenticationPrincipal Actor actor, @PathVariable String accountId) {
        return Blocking.run(() -> {
            Account person = accounts.get(accountId);
            access.requireColleague(actor, person);
            links.revoke(person.id());
        });
    }

    private static String url(URI base, String token) {
        return UriComponentsBuilder.fromUri(base).replacePath(CalendarFeedDownload.PATH + token + ".ics").replaceQuery(null)
                .build().toUriString();
    }

    private static URI requestBase(ServerWebExchange exchange) {
        URI uri = exchange.getRequest().getURI();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
