package se.tuna.placement.web.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import se.tuna.placement.access.account.Role;

/**
 * Which roles may reach which addresses: the first line of the access rules, checked before a
 * request reaches its controller. The second line, which participant, plan, employer or slot, is
 * the access policy's, checked where the thing is read. Anything not listed here is refused, so
 * a new endpoint is closed until it is given a rule. docs/security.md has the same table in words.
 */
final class AccessRules {

    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String COACH = Role.COACH.name();
    private static final String MANAGEMENT = Role.MANAGEMENT.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();

    private AccessRules() {
    }

    static void apply(AuthorizeExchangeSpec rules, NoEndpoint noEndpoint) {
        open(rules);
        api(rules);
        pages(rules);
        // Signed in, an address the API does not have gets 404 (405 for a method it does not take), not 403.
        rules.matchers(noEndpoint).authenticated();
        rules.anyExchange().denyAll();
    }

    /** What a signed-out person reaches: signing in, static assets, health, the API's description and calendar feeds. */
    private static void open(AuthorizeExchangeSpec rules) {
        rules.pathMatchers("/logga-in", "/konto/losenord", "/konto/glomt", "/oauth2/**", "/login/oauth2/**").permitAll()
                .pathMatchers(GET, "/app.css", "/js/**", "/favicon.ico", "/ingen-behorighet").permitAll()
                .pathMatchers(GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                .pathMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
                .permitAll()
                // A calendar program fetching a person's visits: the secret in the address is the key (CalendarFeedDownload).
                .pathMatchers(GET, "/kalender/*.ics").permitAll();
    }

    private static void api(AuthorizeExchangeSpec rules) {
        rules.pathMatchers(GET, "/api/me", "/api/me/api-tokens", "/api/reference/**").authenticated()
                .pathMatchers(POST, "/api/me/api-tokens/*/secret").authenticated()
                // A person's calendar link: made by the person, revoked by them or their site's coordinator (the controller checks).
                .pathMatchers(POST, "/api/calendars/*/feed").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(DELETE, "/api/calendars/*/feed").hasAnyRole(COORDINATOR, COACH)
                // The placement bank: coordinators keep it, coaches read it, supervisors their own employer's part.
                .pathMatchers(GET, "/api/slots").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(GET, "/api/slots/*/claims").hasRole(COORDINATOR)
                .pathMatchers(POST, "/api/slots/*/holds", "/api/slots/*/bookings").hasRole(COORDINATOR)
                .pathMatchers(DELETE, "/api/slots/*/claims/*").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/slots/*").hasAnyRole(COORDINATOR, COACH, SUPERVISOR)
                .pathMatchers(PUT, "/api/slots/*").hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(POST, "/api/slots/*/pause", "/api/slots/*/withdraw", "/api/slots/*/reopen")
                .hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(POST, "/api/employers").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/employers").hasAnyRole(COORDINATOR, COACH, ADMIN)
                .pathMatchers(GET, "/api/employers/*").hasAnyRole(COORDINATOR, COACH, ADMIN, SUPERVISOR)
                .pathMatchers(PUT, "/api/employers/*").hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(GET, "/api/employers/*/slots").hasAnyRole(COORDINATOR, COACH, SUPERVISOR)
                .pathMatchers(POST, "/api/employers/*/slots").hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(GET, "/api/employers/*/placements", "/api/employers/*/supervisors")
                .hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(POST, "/api/employers/*/supervisors", "/api/employers/*/supervisors/*/reset-link",
                        "/api/employers/*/supervisors/*/disable").hasRole(COORDINATOR)
                .pathMatchers(POST, "/api/imports", "/api/import-jobs").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/import-jobs/*").hasRole(COORDINATOR) // and only the one who started it (ImportJobs)
                .pathMatchers(POST, "/api/caseload-imports").hasRole(COORDINATOR) // and of every site in the file (AccessPolicy)
                // Participants: coordinators of their sites, coaches of their own participants.
                .pathMatchers(POST, "/api/participants").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/participants", "/api/participants/*", "/api/participants/*/coach",
                        "/api/participants/*/stints", "/api/participants/*/placements")
                .hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(PUT, "/api/participants/*").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(PUT, "/api/participants/*/coach").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/participants/*/suggestions", "/api/participants/*/export").hasRole(COORDINATOR)
                .pathMatchers(POST, "/api/participants/*/study-visits").hasRole(COORDINATOR)
                // Stints: the coordinator refers, admits, enrols and corrects; the coach records the rest for their own.
                .pathMatchers(POST, "/api/stints", "/api/stints/*/admission", "/api/stints/*/enrolment",
                        "/api/stints/*/corrections").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/stints").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/stints/*").hasAnyRole(COORDINATOR, COACH) // one stint, or those nearing their last day
                .pathMatchers(POST, "/api/stints/*/compensation", "/api/stints/*/ready", "/api/stints/*/mapping",
                        "/api/stints/*/exit").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(GET, "/api/coaches").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/stand-ins").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(POST, "/api/stand-ins").hasRole(COORDINATOR)
                .pathMatchers(DELETE, "/api/stand-ins/*").hasRole(COORDINATOR)
                .pathMatchers("/api/plans", "/api/plans/**").hasRole(COORDINATOR)
                // A placement's path: the coach records the answer, the extensions and the end; the rest is the coordinator's.
                .pathMatchers(POST, "/api/placements/*/answer", "/api/placements/*/extensions", "/api/placements/*/end")
                .hasAnyRole(COORDINATOR, COACH)
                .pathMatchers("/api/placements/**").hasRole(COORDINATOR)
                // Follow-up: a coach's own week, queues and calendar, their coordinators too (AccessPolicy); plans and a
                // site's week and the description of a person's week are the coordinators'.
                .pathMatchers(GET, "/api/follow-up/visits", "/api/follow-up/queues").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(POST, "/api/follow-up/visits/*/done", "/api/follow-up/visits/*/move").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(GET, "/api/follow-up/site-visits").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/employers/*/follow-ups").hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(POST, "/api/follow-up/visits/*/time-requests").hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(POST, "/api/follow-up/plans").hasRole(COORDINATOR)
                .pathMatchers(GET, "/api/calendars/*").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(PUT, "/api/calendars/*").hasRole(COORDINATOR)
                .pathMatchers(POST, "/api/calendars/*/absences").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(DELETE, "/api/calendars/*/absences").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(GET, "/api/figures").hasAnyRole(MANAGEMENT, COORDINATOR)
                // Reports are aggregates: management any site, coordinators their own (AccessPolicy.reportSites).
                .pathMatchers(GET, "/api/reports/status", "/api/reports/status.pdf", "/api/reports/status.zip")
                .hasAnyRole(MANAGEMENT, COORDINATOR)
                // Issued (frozen) reports: issued and read like the report; the sites checked as for it (reportSites).
                .pathMatchers(GET, "/api/reports/issued", "/api/reports/issued/*").hasAnyRole(MANAGEMENT, COORDINATOR)
                .pathMatchers(POST, "/api/reports/issued").hasAnyRole(MANAGEMENT, COORDINATOR)
                // Socio-economic key figures (an estimate): read like the report; a site's parameters entered by its
                // coordinators (AccessPolicy.requireCoordinatorOf), read by them and management (requireReportSite).
                .pathMatchers(GET, "/api/reports/key-figures", "/api/reports/key-figure-parameters/*")
                .hasAnyRole(MANAGEMENT, COORDINATOR)
                .pathMatchers(PUT, "/api/reports/key-figure-parameters/*").hasRole(COORDINATOR)
                // The SUS worklist is one line per person (pseudonymous): coordinators of their sites only, never management.
                .pathMatchers(GET, "/api/reports/sus-exits.csv").hasRole(COORDINATOR)
                .pathMatchers("/api/admin/**").hasRole(ADMIN);
    }

    private static void pages(AuthorizeExchangeSpec rules) {
        rules.pathMatchers(GET, "/", "/konto", "/konto/vantar").authenticated()
                .pathMatchers(GET, "/platser").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(GET, "/forslag", "/plan", "/import", "/remisser").hasRole(COORDINATOR)
                .pathMatchers(GET, "/deltagare", "/deltagare/*").hasAnyRole(COORDINATOR, COACH)
                .pathMatchers(GET, "/arbetsgivare").hasAnyRole(COORDINATOR, SUPERVISOR)
                .pathMatchers(GET, "/oversikt", "/lagesrapport").hasAnyRole(MANAGEMENT, COORDINATOR)
                .pathMatchers(GET, "/besok").hasRole(COACH)
                .pathMatchers(GET, "/besoksplanering").hasRole(COORDINATOR)
                .pathMatchers(GET, "/admin", "/admin/atkomstlogg").hasRole(ADMIN)
                // Bookmarks of the pages' earlier addresses lead to their new ones.
                .pathMatchers(GET, "/index.html", "/samordnare.html", "/forslag.html", "/plan.html", "/arbetsgivare.html",
                        "/import.html", "/coach.html").authenticated();
    }
}
