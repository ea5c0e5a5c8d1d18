package se.tuna.placement.web.ui;

import java.util.stream.Collectors;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.policy.Actor;

/**
 * What every page's shared layout needs: who is signed in with their menu, and the session's
 * CSRF token (for forms, and for the pages' scripts to send with every change). For the pages'
 * controllers only: an API request must never resolve a CSRF token, which would open a session.
 */
@ControllerAdvice(assignableTypes = {PageController.class, SignInController.class})
class LayoutAdvice {

    @ModelAttribute("viewer")
    Mono<Viewer> viewer(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.getPrincipal() instanceof Actor)
                .map(authentication -> (Actor) authentication.getPrincipal())
                .map(actor -> new Viewer(actor.displayName(),
                        actor.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")),
                        Menu.itemsFor(actor.roles(), path)));
    }

    /** The token, resolved and also left where Spring Security's form processor adds it to every form. */
    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token.doOnSuccess(resolved -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, resolved));
    }
}
