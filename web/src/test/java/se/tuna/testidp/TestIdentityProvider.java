package se.tuna.testidp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect provider for the tests, standing in for an agency's own (Keycloak, Entra
 * ID): Spring Authorization Server with its default sign-in form, one client for the platform and
 * a few people. It runs on servlets, so it is started here in a context and on a port of its own,
 * beside the platform's WebFlux application in the same test JVM. It lives outside the platform's
 * packages so the platform's component scan never finds it.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "tuna-platform";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String PASSWORD = "idp-password";
    /** The people the provider knows: their user names, which it gives as their subject. */
    public static final Map<String, String> PEOPLE = Map.of(
            "eva.ek", "Eva Ek",
            "anders.admin", "Anders Admin");

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestIdentityProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /** Starts the provider on a free port; the platform under test must send people back to {@code redirectUri}. */
    public static TestIdentityProvider start(String redirectUri) {
        int port = freePort();
        String client = "spring.security.oauth2.authorizationserver.client.tuna.";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Configuration.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.ofEntries(
                        Map.entry("spring.main.web-application-type", "servlet"),
                        Map.entry("spring.config.name", "test-identity-provider"),
                        Map.entry("server.port", port),
                        Map.entry("spring.security.oauth2.authorizationserver.issuer", "http://localhost:" + port),
                        Map.entry(client + "registration.client-id", CLIENT_ID),
                        Map.entry(client + "registration.client-secret", "{noop}" + CLIENT_SECRET),
                        Map.entry(client + "registration.client-authentication-methods", "client_secret_basic"),
                        Map.entry(client + "registration.authorization-grant-types", "authorization_code"),
                        Map.entry(client + "registration.redirect-uris", redirectUri),
                        Map.entry(client + "registration.post-logout-redirect-uris", redirectUri.replaceAll("/login/oauth2/.*",
                                "/logga-in?utloggad")),
                        Map.entry(client + "registration.scopes", "openid,profile,email"),
                        Map.entry(client + "require-authorization-consent", "false"),
                        Map.entry("spring.thymeleaf.enabled", "false"),
                        Map.entry("springdoc.api-docs.enabled", "false"),
                        Map.entry("springdoc.swagger-ui.enabled", "false"),
                        Map.entry("management.endpoints.enabled-by-default", "false"),
                        Map.entry("logging.level.org.springframework.security", "INFO")))
                .run();
        return new TestIdentityProvider(context, port);
    }

    public String issuer() {
        return "http://localhost:" + port;
    }

    public void stop() {
        context.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's application: Spring Boot's auto-configured authorization server, and its people. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Configuration {

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(user -> User.withUsername(user).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        /** Gives the ID token the claims an agency's provider gives: a name and an address. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> nameAndAddress() {
            return token -> {
                if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    String user = token.getPrincipal().getName();
                    token.getClaims().claim("name", PEOPLE.getOrDefault(user, user))
                            .claim("email", user + "@kommun.test.example");
                }
            };
        }
    }
}
