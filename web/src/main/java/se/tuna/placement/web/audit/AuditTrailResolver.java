package se.tuna.placement.web.audit;

import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.audit.AuditEvent.Reader;
import se.tuna.placement.audit.AuditLog;
import se.tuna.placement.web.shared.ApiRequests;

/**
 * Gives a controller method its request's {@link AuditTrail}: the signed-in person and the
 * endpoint as its route reads ({@code GET /api/participants/{id}}), never the address with its
 * values.
 */
final class AuditTrailResolver implements HandlerMethodArgumentResolver {

    private final AuditLog log;

    AuditTrailResolver(AuditLog log) {
        this.log = log;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AuditTrail.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> ((Authentication) principal).getPrincipal())
                .filter(Actor.class::isInstance)
                .map(actor -> (Object) new AuditTrail(log, reader((Actor) actor), endpoint(exchange)))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("An audited endpoint was reached without a signed-in person")));
    }

    private static Reader reader(Actor actor) {
        return new Reader(actor.accountId(), actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private static String endpoint(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod().name() + " " + ApiRequests.route(exchange);
    }
}
