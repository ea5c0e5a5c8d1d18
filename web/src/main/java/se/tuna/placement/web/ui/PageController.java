package se.tuna.placement.web.ui;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.AccessRefusedException;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.account.StartPages;

/**
 * The browser UI's pages, each a template in the shared layout; their scripts read and change
 * data through the API, under the same rules as any other client. Which roles open which page is
 * in the security rules; the menu shows each person only theirs.
 */
@Controller
class PageController {

    private final AccessPolicy access;

    PageController(AccessPolicy access) {
        this.access = access;
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal Actor actor) {
        return "redirect:" + StartPages.of(actor.roles());
    }

    @GetMapping("/deltagare")
    String participants() {
        return "deltagare";
    }

    /** A participant's page, for those who may see the participant; anyone else gets the page that says so. */
    @GetMapping("/deltagare/{id}")
    Mono<String> participant(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return Blocking.call(() -> access.participant(actor, id)).map(participant -> {
            model.addAttribute("participantId", participant.id());
            return "deltagare-profil";
        });
    }

    @GetMapping("/remisser")
    String referrals() {
        return "remisser";
    }

    @GetMapping("/forslag")
    String suggestions() {
        return "forslag";
    }

    @GetMapping("/plan")
    String plan() {
        return "plan";
    }

    @GetMapping("/besok")
    String myVisits() {
        return "besok";
    }

    @GetMapping("/besoksplanering")
    String visitPlanning() {
        return "besoksplanering";
    }

    @GetMapping("/platser")
    String slots() {
        return "platser";
    }

    @GetMapping("/arbetsgivare")
    String employers() {
        return "arbetsgivare";
    }

    @GetMapping("/import")
    String importPage() {
        return "import";
    }

    @GetMapping("/oversikt")
    String figures() {
        return "oversikt";
    }

    @GetMapping("/lagesrapport")
    String statusReport() {
        return "lagesrapport";
    }

    @GetMapping("/konto")
    String ownAccount() {
        return "mitt-konto";
    }

    @GetMapping("/admin")
    String accounts() {
        return "admin";
    }

    @GetMapping("/admin/atkomstlogg")
    String accessLog() {
        return "atkomstlogg";
    }

    @GetMapping("/ingen-behorighet")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "ingen-behorighet";
    }

    @ExceptionHandler(AccessRefusedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused() {
        return "ingen-behorighet";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "hittades-inte";
    }

    /** The pages' earlier addresses, kept so bookmarks and shared searches still work. */
    @GetMapping({"/index.html", "/samordnare.html", "/forslag.html", "/plan.html", "/arbetsgivare.html", "/import.html",
            "/coach.html"})
    String earlierAddress(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String page = switch (path) {
            case "/samordnare.html" -> "/platser";
            case "/forslag.html" -> "/forslag";
            case "/plan.html" -> "/plan";
            case "/arbetsgivare.html" -> "/arbetsgivare";
            case "/import.html" -> "/import";
            case "/coach.html" -> "/deltagare";
            default -> "/";
        };
        String query = exchange.getRequest().getURI().getRawQuery();
        return "redirect:" + page + (query == null ? "" : "?" + query);
    }
}
