package se.tuna.placement.access.account;

/**
 * Narrows a list of accounts; every part left {@code null} lets all through.
 *
 * @param role       accounts with this role
 * @param site       accounts serving this site
 * @param employerId supervisors of this employer
 * @param status     accounts in this status
 * @param waiting    {@code true}: staff who signed in but have no role yet
 */
public record AccountFilter(Role role, String site, String employerId, AccountStatus status, Boolean waiting) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null, null, null);

    public static AccountFilter supervisorsOf(String employerId) {
        return new AccountFilter(Role.SUPERVISOR, null, employerId, null, null);
    }
}
