package se.tuna.placement.elasticsearch.local;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives integration tests of every module a real Elasticsearch node, one per test JVM, shared
 * by all test classes of that JVM. Where it comes from, first that applies:
 * <ol>
 *   <li>{@code TUNA_ELASTICSEARCH_URIS} (system property or environment variable): that cluster;</li>
 *   <li>a Docker engine answers and Testcontainers is on the test classpath: an
 *       {@code ElasticsearchContainer} of the same version;</li>
 *   <li>otherwise a {@link LocalElasticsearch} node on a throw-away instance, deleted when the JVM exits.</li>
 * </ol>
 * Each test class gets its own index prefix and should create only indices and aliases whose
 * names start with it; the extension deletes those indices after the class.
 *
 * <p>Use {@code @RealElasticsearch} on the class, then take an {@link ElasticsearchTestNode}
 * parameter (in a constructor, lifecycle or test method), or call {@link #httpUri()} and
 * {@link #indexPrefix(Class)} where no parameter can be had (Spring's
 * {@code @DynamicPropertySource}).
 */
public final class ElasticsearchExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchExtension.class);

    // Differs per JVM, so that prefixes never meet leftovers of an earlier run on a shared cluster.
    private static final String JVM_SALT = Long.toHexString(new SecureRandom().nextLong());

    /** The node's HTTP address, starting the node if this is the first use in this JVM. */
    public static URI httpUri() {
        return SharedNode.httpUri();
    }

    /** The index prefix of a test class (of its outermost class, for {@code @Nested} ones), e.g. {@code t3fa9c01b-}. */
    public static String indexPrefix(Class<?> testClass) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((JVM_SALT + outermost(testClass).getName()).getBytes(StandardCharsets.UTF_8));
            return "t" + HexFormat.of().formatHex(hash, 0, 4) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Started here rather than in the first test, so its start-up time is not charged to a test.
        httpUri();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (testClass == outermost(testClass)) {
            deleteIndices(indexPrefix(testClass));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ElasticsearchTestNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new ElasticsearchTestNode(httpUri(), indexPrefix(context.getRequiredTestClass()));
    }

    /**
     * Deletes the class's indices, listed by name: a wildcard delete is refused where
     * {@code action.destructive_requires_name} is on (the default), and the shared node's heap is small.
     */
    private static void deleteIndices(String prefix) {
        try {
            PlainHttp.Response listed = PlainHttp.get(httpUri(), "/_cat/indices/" + prefix + "*?h=index&expand_wildcards=all");
            List<String> indices = listed.body().lines().map(String::trim).filter(name -> !name.isEmpty()).toList();
            if (listed.status() == 200 && !indices.isEmpty()) {
                PlainHttp.Response deleted = PlainHttp.send(httpUri(), "DELETE", "/" + String.join(",", indices), null);
                if (deleted.status() != 200) {
                    log.warn("Could not delete the test indices {}: {} {}", indices, deleted.status(), deleted.body());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not delete the test indices {}*", prefix, e);
        }
    }

    private static Class<?> outermost(Class<?> testClass) {
        Class<?> outer = testClass;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }
}
