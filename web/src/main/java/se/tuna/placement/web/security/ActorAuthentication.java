package se.tuna.placement.web.security;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.tuna.placement.access.policy.Actor;

/**
 * The authentication a request is authorised with: the signed-in person as their account is now,
 * with their roles as authorities ({@code ROLE_COORDINATOR}, …). Built per request from the
 * account, so a role taken away or an account disabled takes effect at once; never stored.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Actor actor;

    ActorAuthentication(Actor actor) {
        super(actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.accountId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorAuthentication that && actor.equals(that.actor);
    }

    @Override
    public int hashCode() {
        return actor.hashCode();
    }
}
