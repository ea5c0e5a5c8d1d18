package se.tuna.placement.access.account;

/**
 * Who an agency's identity provider says a member of staff is: the provider (its OpenID Connect
 * issuer) and the provider's stable id of the person there. The provider only proves who someone
 * is; what they may do is assigned in the platform.
 *
 * @param issuer  the provider's issuer URI, e.g. https://login.eskilstuna.se/realms/personal
 * @param subject the provider's id of the person ({@code sub})
 */
public record StaffIdentity(String issuer, String subject) {
}
