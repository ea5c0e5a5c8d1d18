package se.tuna.placement.web.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A member of staff signed in through their agency's identity provider, with the platform account
 * their identity (issuer and subject) belongs to. The provider's claims are kept as the provider
 * sent them; what the person may do comes from the account, never from the provider.
 */
final class StaffOidcUser extends DefaultOidcUser implements AccountBound {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String accountId;

    StaffOidcUser(String accountId, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(), idToken, userInfo);
        this.accountId = accountId;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffOidcUser user && super.equals(other) && accountId.equals(user.accountId);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + accountId.hashCode();
    }
}
