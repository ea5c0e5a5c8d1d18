package se.tuna.placement.web.security;

import java.net.URI;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.signin.SignInThrottle;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.web.problem.HttpLayerProblems;
import se.tuna.placement.web.problem.ProblemResponses;
import se.tuna.placement.web.shared.ApiRequests;

/**
 * Who may reach what, and how people sign in. Staff sign in through their agency's OpenID
 * Connect provider (configured by environment variables, see docs/operations.md), supervisors
 * with a password, programs with a personal API token. Browser sessions are cookies (HttpOnly,
 * SameSite=Lax) with CSRF protection on every change; the roles' rules are in {@link AccessRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    static final String SIGN_OUT = "/logga-ut";
    static final String SIGNED_OUT_PAGE = SecurityResponses.SIGN_IN_PAGE + "?utloggad";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccountService accounts, PasswordCredentials credentials,
            SignInThrottle throttle, ApiTokens tokens, ProblemResponses problems,
            ObjectProvider<ReactiveClientRegistrationRepository> providers, ReactiveAuthenticationManager passwords,
            @Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie, Clock clock,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) {
        ServerRequestCache whereTheyWereGoing = new WhereTheyWereGoing();
        SecurityResponses responses = new SecurityResponses(problems, whereTheyWereGoing);
        PasswordSignIn passwordSignIn = new PasswordSignIn(credentials, throttle, clock);
        ReactiveClientRegistrationRepository staffProviders = providers.getIfAvailable();
        http.authorizeExchange(rules -> AccessRules.apply(rules, new NoEndpoint(controllers)))
                .formLogin(form -> form.loginPage(SecurityResponses.SIGN_IN_PAGE)
                        .authenticationManager(passwords)
                        .authenticationSuccessHandler(passwordSignIn.successHandler(whereTheyWereGoing))
                        .authenticationFailureHandler(passwordSignIn.failureHandler()))
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessHandler(signedOut(staffProviders)))
                .requestCache(cache -> cache.requestCache(whereTheyWereGoing))
                .csrf(csrf -> csrf.csrfTokenRepository(tokenInACookie())
                        .requireCsrfProtectionMatcher(changesInASession(sessionCookie))
                        .accessDeniedHandler(responses.deniedHandler()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(responses.entryPoint())
                        .accessDeniedHandler(responses.deniedHandler()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .addFilterBefore(passwordSignIn.throttleFilter(), SecurityWebFiltersOrder.FORM_LOGIN)
                .addFilterAt(ApiTokenSignIn.filter(tokens, responses.entryPoint()), SecurityWebFiltersOrder.AUTHENTICATION)
                // After sign-out (which must still see how the person signed in, to sign them out at
                // their provider too), before the rules are checked against the account as it is now.
                .addFilterAfter(new ActorResolution(accounts, credentials), SecurityWebFiltersOrder.LOGOUT);
        if (staffProviders != null) {
            RedirectServerAuthenticationSuccessHandler signedIn = new RedirectServerAuthenticationSuccessHandler("/");
            signedIn.setRequestCache(whereTheyWereGoing);
            http.oauth2Login(oidc -> oidc
                    .authenticationSuccessHandler(signedIn)
                    .authenticationFailureHandler(staffSignInFailed()));
        }
        return http.build();
    }

    /**
     * Requests Spring Security's firewall refuses (an encoded slash, dot or NUL in the address, a
     * header value it does not allow) get a problem detail rather than an empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequests(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpLayerProblems.of(HttpStatus.BAD_REQUEST,
                "The address or a header holds what the platform refuses (an encoded slash, dot or NUL, a control "
                        + "character); nothing was stored."));
    }

    /** Supervisors' (and the demo accounts') passwords; a bean, so Spring Boot makes no default user. */
    @Bean
    ReactiveAuthenticationManager passwordAuthenticationManager(PasswordCredentials credentials, SignInThrottle throttle,
            Clock clock) {
        return new PasswordSignIn(credentials, throttle, clock).authenticationManager();
    }

    /** Finds the account of a member of staff who signed in through their agency. */
    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> staffSignIn(AccountService accounts) {
        return new StaffSignIn(accounts);
    }

    /**
     * Every change made in a browser session needs the page's CSRF token: a change that carries a
     * session cookie, and the sign-in forms (which start one). A program's request with an API
     * token, or with no session at all, cannot ride on anyone's session; it is refused or let
     * through on its own credentials (401 when it has none).
     */
    private static ServerWebExchangeMatcher changesInASession(String sessionCookie) {
        return exchange -> {
            boolean session = exchange.getRequest().getCookies().containsKey(sessionCookie);
            boolean form = !ApiRequests.isApi(exchange);
            if (ApiTokenSignIn.carriesToken(exchange) || !(session || form)) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            return CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange);
        };
    }

    /**
     * The CSRF token lives in an HttpOnly cookie (the page's forms and scripts read it from the
     * page), not in a server session: showing the sign-in page to someone opens no session.
     */
    private static CookieServerCsrfTokenRepository tokenInACookie() {
        CookieServerCsrfTokenRepository tokens = new CookieServerCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** Back to the sign-in page, saying whether the account is switched off or the provider's sign-in failed. */
    private static ServerAuthenticationFailureHandler staffSignInFailed() {
        RedirectServerAuthenticationFailureHandler switchedOff =
                new RedirectServerAuthenticationFailureHandler(SecurityResponses.SIGN_IN_PAGE + "?fel=avstangt");
        RedirectServerAuthenticationFailureHandler failed =
                new RedirectServerAuthenticationFailureHandler(SecurityResponses.SIGN_IN_PAGE + "?fel=leverantor");
        return (exchange, refused) -> refused instanceof OAuth2AuthenticationException oauth
                && StaffSignIn.ACCOUNT_DISABLED.equals(oauth.getError().getErrorCode())
                ? switchedOff.onAuthenticationFailure(exchange, refused) : failed.onAuthenticationFailure(exchange, refused);
    }

    /** After signing out of the platform, staff are signed out of their agency's provider too, on a shared computer. */
    private static ServerLogoutSuccessHandler signedOut(ReactiveClientRegistrationRepository staffProviders) {
        if (staffProviders == null) {
            RedirectServerLogoutSuccessHandler toSignIn = new RedirectServerLogoutSuccessHandler();
            toSignIn.setLogoutSuccessUrl(URI.create(SIGNED_OUT_PAGE));
            return toSignIn;
        }
        OidcClientInitiatedServerLogoutSuccessHandler alsoAtProvider = new OidcClientInitiatedServerLogoutSuccessHandler(staffProviders);
        alsoAtProvider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT_PAGE);
        alsoAtProvider.setLogoutSuccessUrl(URI.create(SIGNED_OUT_PAGE));
        return alsoAtProvider;
    }
}
