package se.tuna.placement.web.security;

/**
 * A principal that knows the platform account it signed in as: whatever way a person signed in
 * (their agency's identity provider, a supervisor's password, an API token), the request then
 * acts as that account as it is now.
 */
interface AccountBound {

    String accountId();
}
