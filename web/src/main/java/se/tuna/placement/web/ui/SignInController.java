package se.tuna.placement.web.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.InvalidLinkException;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.signin.SignInThrottle;
import se.tuna.placement.access.signin.WeakPasswordException;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.web.account.LinkDelivery;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.ClientAddress;

/**
 * The pages of signing in: the sign-in page (staff through their agency, supervisors with a
 * password), setting a password through a one-time link, asking for a new one, and the page for
 * staff whose roles an admin has not yet assigned.
 */
@Controller
class SignInController {

    /** Asking for a new password is counted apart from signing in. */
    private static final String RESET = "new-password:";
    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final ReactiveClientRegistrationRepository providers;
    private final PasswordCredentials credentials;
    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final LinkDelivery delivery;

    SignInController(ObjectProvider<ReactiveClientRegistrationRepository> providers, PasswordCredentials credentials,
            AccountService accounts, SignInThrottle throttle, LinkDelivery delivery) {
        this.providers = providers.getIfAvailable();
        this.credentials = credentials;
        this.accounts = accounts;
        this.throttle = throttle;
        this.delivery = delivery;
    }

    /**
     * An agency's identity provider, as a button on the sign-in page.
     *
     * @param name its name, e.g. "Eskilstuna kommun"
     * @param href where the sign-in through it starts
     */
    record Provider(String name, String href) {
    }

    /**
     * The sign-in page, with what the address says happened before it: {@code utloggad},
     * {@code losenord} (a password was just set), {@code utgangen} (the page's session ended),
     * {@code fel} (wrong password; {@code leverantor}: the provider's sign-in failed;
     * {@code avstangt}: the account is switched off), {@code vanta} (seconds to wait).
     */
    @GetMapping("/logga-in")
    Mono<String> signIn(ServerWebExchange exchange, Model model) {
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        String failure = query.getFirst("fel");
        model.addAttribute("providers", providers());
        model.addAttribute("signedOut", query.containsKey("utloggad"));
        model.addAttribute("passwordSaved", query.containsKey("losenord"));
        model.addAttribute("expired", query.containsKey("utgangen"));
        model.addAttribute("failure", !query.containsKey("fel") ? null : failure == null || failure.isEmpty() ? "losenord" : failure);
        model.addAttribute("waitSeconds", waitSeconds(query.getFirst("vanta")));
        return signedIn().map(actor -> "redirect:/").defaultIfEmpty("logga-in");
    }

    @GetMapping("/konto/vantar")
    String waiting() {
        return "konto/vantar";
    }

    @GetMapping("/konto/losenord")
    Mono<String> choosePassword(@RequestParam(name = "lank", required = false) String link, Model model) {
        return Blocking.call(() -> credentials.check(link)).map(holder -> {
            model.addAttribute("link", link);
            holder.ifPresent(found -> {
                model.addAttribute("email", found.account().email());
                model.addAttribute("invitation", found.purpose() == LinkPurpose.INVITATION);
            });
            model.addAttribute("valid", holder.isPresent());
            return "konto/losenord";
        });
    }

    @PostMapping("/konto/losenord")
    Mono<String> setPassword(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            String link = form.getFirst("lank");
            try {
                credentials.redeem(link, value(form, "password"), value(form, "repeated"));
                return "redirect:/logga-in?losenord";
            } catch (WeakPasswordException weak) {
                model.addAttribute("link", link);
                model.addAttribute("valid", true);
                credentials.check(link).ifPresent(found -> {
                    model.addAttribute("email", found.account().email());
                    model.addAttribute("invitation", found.purpose() == LinkPurpose.INVITATION);
                });
                model.addAttribute("problem", weak.problem().message());
                return "konto/losenord";
            } catch (InvalidLinkException expired) {
                model.addAttribute("valid", false);
                return "konto/losenord";
            }
        }));
    }

    @GetMapping("/konto/glomt")
    String forgotten() {
        return "konto/glomt";
    }

    /**
     * Sends a supervisor who has set a password a link to set a new one. The page says the same,
     * and takes the same time, whether or not the address has an account: the work is done after
     * the answer. Asking is slowed down like signing in, on a count of its own (so asking never
     * locks anyone out of signing in). An invited supervisor's invitation is left alone: only the
     * coordinator sends those.
     */
    @PostMapping("/konto/glomt")
    Mono<String> requestNewPassword(ServerWebExchange exchange, Model model) {
        String address = ClientAddress.of(exchange);
        return exchange.getFormData().map(form -> {
            String email = value(form, "email").strip();
            Duration wait = throttle.attempt(RESET + email, address);
            if (!wait.isZero()) {
                model.addAttribute("wait", Math.max(1, wait.toMinutes()));
                return "konto/glomt";
            }
            if (!email.isEmpty() && delivery.reachesWhoeverAsked()) {
                // A mail library's failure quotes the address it could not send to: logged without messages.
                Blocking.inBackground(() -> sendReset(email),
                        failure -> log.warn("A new-password link could not be sent", LoggedFailure.of(failure)));
            }
            model.addAttribute("sent", true);
            model.addAttribute("mails", delivery.mails());
            model.addAttribute("reaches", delivery.reachesWhoeverAsked());
            return "konto/glomt";
        });
    }

    /** Never shown on a page, whoever asked: mailed, or on the embedded default without a mail server only in its log. */
    private void sendReset(String email) {
        accounts.find(AccountIds.forEmail(email)).filter(account -> account.supervisor() && account.active())
                .ifPresent(account -> delivery.deliverAskedFor(credentials.issueLink(account.id(), LinkPurpose.RESET, null)));
    }

    private static Long waitSeconds(String text) {
        try {
            return text == null ? null : Math.max(1, Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private List<Provider> providers() {
        List<Provider> list = new ArrayList<>();
        if (providers instanceof InMemoryReactiveClientRegistrationRepository registrations) {
            for (ClientRegistration registration : registrations) {
                list.add(new Provider(registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return list;
    }

    private static Mono<Actor> signedIn() {
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.getPrincipal() instanceof Actor)
                .map(authentication -> (Actor) authentication.getPrincipal());
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }
}
