package se.tuna.placement.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tuna.placement.audit.AuditKey;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;

/**
 * Where the access log's key comes from: {@code TUNA_AUDIT_KEY} (Base64, 32 bytes or more, the
 * same for every instance, kept out of Elasticsearch). The embedded default, a single machine's
 * trial, makes one at its first start and keeps it beside the node's files, readable by the
 * service's user only. A service on a configured cluster does not start without one: its log
 * must not be sealed with a key anyone could guess.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    static final String KEY_FILE = "audit.key";

    @Bean
    AuditKey auditKey(@Value("${tuna.audit.key:}") String configured, EmbeddedElasticsearch embedded) {
        if (!configured.isBlank()) {
            return AuditKey.fromBase64(configured);
        }
        if (embedded.running()) {
            return keptBeside(embedded.node().directory());
        }
        throw new IllegalStateException("TUNA_AUDIT_KEY is not set: the access log needs a secret key, the same for every "
                + "instance (e.g. `openssl rand -base64 32`); see docs/operations.md");
    }

    private static AuditKey keptBeside(Path nodeDirectory) {
        Path file = nodeDirectory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                make(file);
            }
            return AuditKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the access log's key " + file, e);
        }
    }

    private static void make(Path file) throws IOException {
        byte[] key = new byte[AuditKey.BYTES];
        new SecureRandom().nextBytes(key);
        // Written whole beside it and then moved into place, so a crash never leaves an empty key behind.
        Path written = Files.createTempFile(file.getParent(), KEY_FILE, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(written, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Made the access log's key for the embedded default in {}", file);
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
