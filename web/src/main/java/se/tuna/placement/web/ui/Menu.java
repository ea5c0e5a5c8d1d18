package se.tuna.placement.web.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.tuna.placement.access.account.Role;

/**
 * The main menu: each role's pages, in one order, so a person with several roles sees each page
 * once and nobody sees a page their roles do not open.
 */
enum Menu {
    PARTICIPANTS("/deltagare", "Deltagare", Set.of(Role.COORDINATOR)),
    MY_VISITS("/besok", "Mina besök", Set.of(Role.COACH)),
    MY_PARTICIPANTS("/deltagare", "Mina deltagare", Set.of(Role.COACH)),
    REFERRALS("/remisser", "Remisser", Set.of(Role.COORDINATOR)),
    SUGGESTIONS("/forslag", "Förslag", Set.of(Role.COORDINATOR)),
    PLAN("/plan", "Plan för väntelistan", Set.of(Role.COORDINATOR)),
    VISIT_PLANNING("/besoksplanering", "Besöksplanering", Set.of(Role.COORDINATOR)),
    SLOTS("/platser", "Sök platser", Set.of(Role.COORDINATOR, Role.COACH)),
    EMPLOYERS("/arbetsgivare", "Arbetsgivare", Set.of(Role.COORDINATOR)),
    OWN_WORKPLACE("/arbetsgivare", "Vår arbetsplats", Set.of(Role.SUPERVISOR)),
    IMPORT("/import", "Importera", Set.of(Role.COORDINATOR)),
    FIGURES("/oversikt", "Översikt", Set.of(Role.MANAGEMENT, Role.COORDINATOR)),
    STATUS_REPORT("/lagesrapport", "Lägesrapport", Set.of(Role.MANAGEMENT, Role.COORDINATOR)),
    ACCOUNTS("/admin", "Konton", Set.of(Role.ADMIN)),
    ACCESS_LOG("/admin/atkomstlogg", "Åtkomstlogg", Set.of(Role.ADMIN));

    private final String href;
    private final String label;
    private final Set<Role> roles;

    Menu(String href, String label, Set<Role> roles) {
        this.href = href;
        this.label = label;
        this.roles = roles;
    }

    /**
     * A menu entry as the layout shows it.
     *
     * @param href    where it leads
     * @param label   its Swedish name
     * @param current whether it is the page being shown
     */
    record Item(String href, String label, boolean current) {
    }

    /** The entries {@code roles} open, each address once, the page at {@code path} (the closest entry) marked current. */
    static List<Item> itemsFor(Set<Role> roles, String path) {
        List<Menu> open = Arrays.stream(values()).filter(entry -> entry.roles.stream().anyMatch(roles::contains)).toList();
        String current = open.stream().map(entry -> entry.href).filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        Set<String> shown = new LinkedHashSet<>();
        List<Item> items = new ArrayList<>();
        for (Menu entry : open) {
            if (shown.add(entry.href)) {
                items.add(new Item(entry.href, entry.label, entry.href.equals(current)));
            }
        }
        return items;
    }
}
