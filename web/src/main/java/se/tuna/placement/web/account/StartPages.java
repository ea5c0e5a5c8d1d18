package se.tuna.placement.web.account;

import java.util.Map;
import java.util.Set;

import se.tuna.placement.access.account.Role;

/** Where the browser UI starts for a person: the page of their first role, in the order of {@link Role}. */
public final class StartPages {

    public static final String WAITING = "/konto/vantar";

    private static final Map<Role, String> BY_ROLE = Map.of(
            Role.COORDINATOR, "/deltagare",
            Role.COACH, "/besok",
            Role.MANAGEMENT, "/oversikt",
            Role.ADMIN, "/admin",
            Role.SUPERVISOR, "/arbetsgivare");

    private StartPages() {
    }

    public static String of(Set<Role> roles) {
        return roles.stream().sorted().findFirst().map(BY_ROLE::get).orElse(WAITING);
    }
}
