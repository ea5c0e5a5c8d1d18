package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.elasticsearch.local.ThrowAwayBaseDirectory;
import se.tuna.placement.web.TunaApplication;

/**
 * The service as a newcomer gets it from the README's run command, once per test JVM: the whole
 * application on a free port with its embedded default Elasticsearch node (started by the service
 * itself, in a base directory of this JVM's own), the generated demo bank and the demo accounts.
 * Nothing is configured that a newcomer would not have; only the port, the node's folder and the
 * demo switch are set, so that a developer's environment (e.g. {@code TUNA_ELASTICSEARCH_URIS}
 * for the other tests) cannot turn it into something else.
 */
final class DemoService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoService.class);
    private static final Duration DEMO_READY_WITHIN = Duration.ofMinutes(3);

    private static DemoService started;
    private static RuntimeException failure;

    private final ConfigurableApplicationContext context;
    private final Path baseDirectory;
    private final URI baseUri;

    private DemoService(ConfigurableApplicationContext context, Path baseDirectory) {
        this.context = context;
        this.baseDirectory = baseDirectory;
        this.baseUri = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port") + "/");
    }

    /** The running service, started on first use in this JVM; a failed start fails every later caller at once. */
    static synchronized DemoService get() {
        if (failure != null) {
            throw new IllegalStateException("The demo service failed to start earlier in this JVM: " + failure.getMessage(), failure);
        }
        if (started == null) {
            try {
                started = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return started;
    }

    /** Where the browser reaches it, e.g. {@code http://localhost:41234/}. */
    URI baseUri() {
        return baseUri;
    }

    /** One of the running service's beans, for tests that prepare something the UI cannot. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static DemoService start() {
        long began = System.nanoTime();
        Path baseDirectory = ThrowAwayBaseDirectory.forThisJvm("browser");
        log.info("Browser tests: starting the service with its embedded Elasticsearch in {} and the demo data", baseDirectory);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TunaApplication.class).run(
                "--server.port=0",
                // Empty: the embedded default, whatever the environment says.
                "--tuna.elasticsearch.uris=",
                "--tuna.elasticsearch.local.base-directory=" + baseDirectory,
                "--tuna.elasticsearch.local.http-port=0",
                "--tuna.demo.enabled=true",
                // The service's own follow-up plan at start searches as long as a re-plan does here: a test that
                // asks for one waits for it, and the pages, not the plan's quality, are under test.
                "--tuna.follow-up.background-spent-limit=PT30S",
                "--tuna.follow-up.background-unimproved-limit=PT2S");
        DemoService service = new DemoService(context, baseDirectory);
        try {
            service.awaitDemoAccounts();
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        log.info("Browser tests: the demo service answers at {} ({} s to start)", service.baseUri,
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
        return service;
    }

    /**
     * Waits until every demo account can sign in with the README's password: the demo is loaded
     * when the service is ready, and again a few seconds later if Elasticsearch answered late.
     * Checked against the service's own credentials, so the sign-in throttle counts nothing.
     */
    private void awaitDemoAccounts() {
        PasswordCredentials credentials = bean(PasswordCredentials.class);
        List<String> emails = DemoAccount.all().stream().map(DemoAccount::email).toList();
        Awaitility.await("the demo accounts to sign in (see the service's log above)")
                .atMost(DEMO_READY_WITHIN)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(emails).as("demo accounts that can sign in")
                        .allMatch(email -> signsIn(credentials, email)));
    }

    private static boolean signsIn(PasswordCredentials credentials, String email) {
        try {
            return credentials.verify(email, DemoAccount.PASSWORD).isPresent();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** Stops the service (and with it its node), then deletes the node's folder. */
    @Override
    public void close() {
        try {
            context.close();
        } finally {
            ThrowAwayBaseDirectory.delete(baseDirectory);
        }
    }
}
