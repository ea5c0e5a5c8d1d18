package se.tuna.placement.web.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.web.shared.Blocking;

/**
 * Staff sign in through their own agency's identity provider (OpenID Connect). The provider
 * proves who the person is (issuer and subject); the platform finds their account by that, or
 * opens one without roles for an admin to fill in; an account an admin has switched off is turned
 * away. The provider's own roles or groups are never read.
 */
final class StaffSignIn implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error of a sign-in through a provider to an account an admin has switched off. */
    static final String ACCOUNT_DISABLED = "account_disabled";

    private final OidcReactiveOAuth2UserService provider = new OidcReactiveOAuth2UserService();
    private final AccountService accounts;

    StaffSignIn(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return provider.loadUser(request).flatMap(user -> Blocking.call(() -> {
            StaffIdentity identity = new StaffIdentity(user.getIdToken().getIssuer().toString(), user.getSubject());
            String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
            Account account = accounts.signInStaff(identity, name, user.getEmail());
            if (account.status() == AccountStatus.DISABLED) {
                throw new OAuth2AuthenticationException(new OAuth2Error(ACCOUNT_DISABLED, "The account is switched off", null));
            }
            return new StaffOidcUser(account.id(), user.getIdToken(), user.getUserInfo());
        }));
    }
}
