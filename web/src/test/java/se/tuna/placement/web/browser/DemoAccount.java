package se.tuna.placement.web.browser;

import java.util.List;

/**
 * The demo accounts of the embedded default (web's {@code startup/DemoAccounts}), as a person
 * sees them: where each lands after signing in, the page's heading there, and its role's main
 * menu, label and address in order (web's {@code ui/Menu}, written out here so the test says what
 * it expects rather than asking the code under test).
 */
enum DemoAccount {

    COORDINATOR("samordnare@tuna.example", "/deltagare", "Deltagare", List.of(
            new MenuEntry("Deltagare", "/deltagare"),
            new MenuEntry("Remisser", "/remisser"),
            new MenuEntry("Förslag", "/forslag"),
            new MenuEntry("Plan för väntelistan", "/plan"),
            new MenuEntry("Besöksplanering", "/besoksplanering"),
            new MenuEntry("Sök platser", "/platser"),
            new MenuEntry("Arbetsgivare", "/arbetsgivare"),
            new MenuEntry("Importera", "/import"),
            new MenuEntry("Översikt", "/oversikt"),
            new MenuEntry("Lägesrapport", "/lagesrapport"))),
    COACH_ESKILSTUNA("coach.eskilstuna@tuna.example", "/besok", "Mina besök", List.of(
            new MenuEntry("Mina besök", "/besok"),
            new MenuEntry("Mina deltagare", "/deltagare"),
            new MenuEntry("Sök platser", "/platser"))),
    COACH_STRANGNAS("coach.strangnas@tuna.example", "/besok", "Mina besök", List.of(
            new MenuEntry("Mina besök", "/besok"),
            new MenuEntry("Mina deltagare", "/deltagare"),
            new MenuEntry("Sök platser", "/platser"))),
    SUPERVISOR("handledare@tuna.example", "/arbetsgivare", "Vår arbetsplats", List.of(
            new MenuEntry("Vår arbetsplats", "/arbetsgivare"))),
    MANAGEMENT("ledning@tuna.example", "/oversikt", "Översikt", List.of(
            new MenuEntry("Översikt", "/oversikt"), new MenuEntry("Lägesrapport", "/lagesrapport"))),
    ADMIN("admin@tuna.example", "/admin", "Konton", List.of(
            new MenuEntry("Konton", "/admin"), new MenuEntry("Åtkomstlogg", "/admin/atkomstlogg")));

    /** The demo accounts' password, printed in the README. */
    static final String PASSWORD = "tuna-demo-2026";

    private final String email;
    private final String startPage;
    private final String heading;
    private final List<MenuEntry> menu;

    DemoAccount(String email, String startPage, String heading, List<MenuEntry> menu) {
        this.email = email;
        this.startPage = startPage;
        this.heading = heading;
        this.menu = menu;
    }

    /**
     * An entry of the main menu.
     *
     * @param label its Swedish name
     * @param path  where it leads
     */
    record MenuEntry(String label, String path) {
    }

    static List<DemoAccount> all() {
        return List.of(values());
    }

    String email() {
        return email;
    }

    String startPage() {
        return startPage;
    }

    String heading() {
        return heading;
    }

    List<MenuEntry> menu() {
        return menu;
    }
}
