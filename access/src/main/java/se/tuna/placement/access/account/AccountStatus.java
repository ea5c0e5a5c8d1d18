package se.tuna.placement.access.account;

/** Whether an account may sign in. */
public enum AccountStatus {
    /** Invited (supervisors): waits for its password to be set through the one-time link. */
    INVITED,
    /** May sign in. */
    ACTIVE,
    /** Switched off by an admin or a coordinator; its sessions and API tokens stop working at once. */
    DISABLED
}
