package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elastic's distribution with our Swedish analysis plugin, installed once into
 * {@code <base>/dist/elasticsearch-<version>-<plugin hash>}. The node runs from this copy, not
 * from the build's {@code target/}, so that a rebuild or {@code mvn clean} never pulls files from
 * under a running node and the node's user (when we are root) can read every file.
 */
final class Distribution {

    static final String DIST_FOLDER = "dist";

    private static final Logger log = LoggerFactory.getLogger(Distribution.class);

    private static final String PLUGIN_FOLDER = "analysis-swedish";
    private static final String COMPLETE_MARKER = ".tuna-install-complete";
    private static final Pattern SERVER_JAR = Pattern.compile("elasticsearch-(\\d+\\.\\d+\\.\\d+(?:-[A-Za-z0-9.]+)?)\\.jar");
    // FileChannel.lock guards against other JVMs only; threads of this JVM queue here first.
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private final Path home;
    private final String version;

    private Distribution(Path home, String version) {
        this.home = home;
        this.version = version;
    }

    Path home() {
        return home;
    }

    String version() {
        return version;
    }

    Path launcher() {
        return home.resolve("bin").resolve("elasticsearch");
    }

    /** Installs the distribution and plugin under the base directory unless a complete copy is there. */
    static Distribution install(LocalElasticsearchSettings settings, NodeUser user) {
        Path source = requireBuilt(settings.distribution(), "distribution", "Elastic's distribution");
        Path plugin = requireBuilt(settings.swedishPlugin(), "swedishPlugin", "the Swedish analysis plugin zip");
        String version = versionOf(source);
        Path distRoot = settings.baseDirectory().resolve(DIST_FOLDER);
        user.createReachableDirectory(distRoot, "baseDirectory");
        Path home = distRoot.resolve("elasticsearch-" + version + "-" + contentHash(plugin));
        IN_THIS_JVM.lock();
        try (FileChannel channel = FileChannel.open(settings.baseDirectory().resolve("install.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
                copy(source, plugin, home);
            }
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot install Elasticsearch into " + home + ": " + e, e);
        } finally {
            IN_THIS_JVM.unlock();
        }
        return new Distribution(home, version);
    }

    private static void copy(Path source, Path plugin, Path home) throws IOException {
        long started = System.nanoTime();
        // A copy without the marker is a broken earlier attempt: start over.
        deleteRecursively(home);
        copyTree(source, home);
        unzip(plugin, home.resolve("plugins").resolve(PLUGIN_FOLDER));
        // Last, so that a copy that was interrupted is never taken for a complete one.
        Files.createFile(home.resolve(COMPLETE_MARKER));
        log.info("Installed Elasticsearch with the Swedish analysis plugin into {} in {} ms",
                home, (System.nanoTime() - started) / 1_000_000);
    }

    private static Path requireBuilt(Path path, String setting, String what) {
        if (path == null || !Files.exists(path)) {
            throw new LocalElasticsearchException("Cannot find " + what + (path == null ? "" : " at " + path)
                    + ". Run the build first (mvn -pl elasticsearch-local -am install from the project root"
                    + " unpacks it), or point the setting " + setting + " (system property "
                    + LocalElasticsearchSettings.OVERRIDE_PREFIX
                    + (setting.equals("distribution") ? "distribution" : "swedish-plugin") + ") at it.");
        }
        return path;
    }

    private static String versionOf(Path distribution) {
        try (Stream<Path> jars = Files.list(distribution.resolve("lib"))) {
            return jars.map(jar -> SERVER_JAR.matcher(jar.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .findFirst()
                    .orElseThrow(() -> new LocalElasticsearchException(distribution + " holds no lib/elasticsearch-<version>.jar:"
                            + " it is not an Elasticsearch distribution"));
        } catch (IOException e) {
            throw new LocalElasticsearchException(distribution + " is not an Elasticsearch distribution: " + e, e);
        }
    }

    /**
     * A short hash of the plugin's contents (entry names and bytes, recursing into the jar),
     * ignoring the timestamps that make every build's zip differ: a rebuild of unchanged code
     * reuses the installed copy instead of adding another 120 MB one.
     */
    static String contentHash(Path zip) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            return HexFormat.of().formatHex(digestEntries(in)).substring(0, 10);
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot read the plugin zip " + zip + ": " + e, e);
        }
    }

    private static byte[] digestEntries(ZipInputStream zip) throws IOException {
        // Sorted by name so that the order in which the archiver wrote entries does not matter.
        Map<String, byte[]> entries = new TreeMap<>();
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory()) {
                entries.put(entry.getName(), entry.getName().endsWith(".jar")
                        ? digestEntries(new ZipInputStream(zip))
                        : sha256().digest(zip.readAllBytes()));
            }
        }
        MessageDigest digest = sha256();
        entries.forEach((name, hash) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(hash);
        });
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path copy = target.resolve(source.relativize(dir).toString());
                Files.createDirectories(copy);
                setReadablePermissions(copy, Files.getPosixFilePermissions(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                setReadablePermissions(copy, Files.getPosixFilePermissions(file));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        setReadablePermissions(target, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Refusing zip entry outside the plugin folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    setReadablePermissions(file, EnumSet.of(PosixFilePermission.OWNER_EXECUTE));
                } else {
                    Files.createDirectories(file.getParent());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        in.transferTo(out);
                    }
                    setReadablePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
                }
            }
        }
    }

    /**
     * Keeps the source's permissions (so {@code bin/*} stays executable), plus read, and traverse
     * where the owner may execute, for everyone: the node may run as another user than the one
     * who installs, and nothing in a distribution is secret (its config files ship as 0660).
     */
    private static void setReadablePermissions(Path path, Set<PosixFilePermission> source) throws IOException {
        if (!Files.getFileStore(path).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(source);
        permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ));
        if (source.contains(PosixFilePermission.OWNER_EXECUTE)) {
            permissions.addAll(EnumSet.of(PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
        }
        Files.setPosixFilePermissions(path, permissions);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
