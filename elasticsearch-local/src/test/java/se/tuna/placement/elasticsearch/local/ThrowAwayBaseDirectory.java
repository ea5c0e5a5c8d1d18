package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A base directory of its own for a test JVM that starts a whole service with its embedded
 * default node (web's browser suite runs the service as a newcomer gets it, so it cannot be handed
 * the shared node): {@code <default base>/<purpose>-<pid>}, e.g.
 * {@code /var/lib/tuna/elasticsearch/browser-4711} as root. Like the shared node's
 * {@code test-<pid>} instances, those of JVMs that died without cleaning up are deleted on the
 * next run, and a JVM deletes its own after its node has stopped.
 */
public final class ThrowAwayBaseDirectory {

    private static final Logger log = LoggerFactory.getLogger(ThrowAwayBaseDirectory.class);
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9]*");

    private ThrowAwayBaseDirectory() {
    }

    /**
     * This JVM's base directory for {@code purpose} (not created yet), after deleting those of
     * the same purpose left behind by JVMs that are gone.
     */
    public static Path forThisJvm(String purpose) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("purpose must be a lower-case word, was '" + purpose + "'");
        }
        Path parent = LocalElasticsearchSettings.defaultBaseDirectory();
        deleteAbandoned(parent, Pattern.compile(Pattern.quote(purpose) + "-(\\d{1,18})"));
        return parent.resolve(purpose + "-" + ProcessHandle.current().pid());
    }

    /** Deletes a base directory whose node has stopped: the installed distribution, instance, data and logs. */
    public static void delete(Path baseDirectory) {
        try {
            Distribution.deleteRecursively(baseDirectory);
        } catch (IOException e) {
            log.warn("Could not delete the throw-away Elasticsearch base directory {}", baseDirectory, e);
        }
    }

    private static void deleteAbandoned(Path parent, Pattern names) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            for (Path dir : dirs.toList()) {
                Matcher name = names.matcher(dir.getFileName().toString());
                if (name.matches() && !isAlive(Long.parseLong(name.group(1))) && instancesAbandoned(dir)) {
                    log.info("Deleting the Elasticsearch base directory {} of a JVM that is gone", dir);
                    stopLeftoverNodes(dir);
                    delete(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not clean up old throw-away base directories in {}", parent, e);
        }
    }

    /** Whether no live process holds any instance of the base directory. */
    private static boolean instancesAbandoned(Path baseDirectory) throws IOException {
        try (Stream<Path> entries = Files.list(baseDirectory)) {
            return entries.filter(ThrowAwayBaseDirectory::isInstance).allMatch(Instance::isAbandoned);
        }
    }

    /** Stops nodes that outlived the JVM that started them (they hold their data directory's lock). */
    private static void stopLeftoverNodes(Path baseDirectory) throws IOException {
        LocalElasticsearchSettings settings = LocalElasticsearchSettings.defaults().withBaseDirectory(baseDirectory);
        try (Stream<Path> entries = Files.list(baseDirectory)) {
            for (Path instance : entries.filter(ThrowAwayBaseDirectory::isInstance).toList()) {
                LocalElasticsearch.deleteInstance(settings.withInstanceName(instance.getFileName().toString()));
            }
        }
    }

    private static boolean isInstance(Path entry) {
        return Files.isDirectory(entry) && !entry.getFileName().toString().equals(Distribution.DIST_FOLDER);
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
