package se.tuna.placement.elasticsearch.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating-system user that runs the node. Elasticsearch refuses to run as root, so when we
 * are root the node runs as a system user (created if missing, {@code nobody} as a last resort),
 * switched to with {@code setpriv} or {@code runuser}; otherwise it runs as we do.
 */
final class NodeUser {

    private static final Logger log = LoggerFactory.getLogger(NodeUser.class);

    private static final String FALLBACK_USER = "nobody";
    private static final Set<PosixFilePermission> TRAVERSABLE_DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    // Where the switch-user tools live on Debian-like systems, in case PATH lacks the sbin dirs.
    private static final List<String> TOOL_DIRS = List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin");

    private final String name;
    private final int uid;
    private final int gid;
    private final List<String> commandPrefix;

    private NodeUser(String name, int uid, int gid, List<String> commandPrefix) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
        this.commandPrefix = List.copyOf(commandPrefix);
    }

    /** The user that will run the node, given the configured run-as user (used only as root). */
    static NodeUser resolve(String runAsUser) {
        if (!currentUserIsRoot()) {
            return new NodeUser(System.getProperty("user.name"), -1, -1, List.of());
        }
        Optional<Path> setpriv = findTool("setpriv");
        Optional<Path> runuser = findTool("runuser");
        if (setpriv.isEmpty() && runuser.isEmpty()) {
            throw cannotSwitchUser("neither setpriv nor runuser is installed");
        }
        String name = ensureSystemUser(runAsUser);
        int uid = idOf(name, "-u").orElseThrow(() -> cannotSwitchUser("user '" + name + "' has no uid"));
        int gid = idOf(name, "-g").orElseThrow(() -> cannotSwitchUser("user '" + name + "' has no group"));
        // setpriv changes identity and then execs, so the process we start is the node's launcher
        // itself; runuser stays in between as a parent that forwards signals.
        List<String> prefix = setpriv.isPresent()
                ? List.of(setpriv.get().toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups")
                : List.of(runuser.get().toString(), "-u", name, "--");
        log.info("Running as root: starting Elasticsearch as system user '{}' (uid {}, gid {}) through {}",
                name, uid, gid, setpriv.isPresent() ? "setpriv" : "runuser");
        return new NodeUser(name, uid, gid, prefix);
    }

    static boolean currentUserIsRoot() {
        try {
            // The owner of /proc/self is the effective user of this process.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "0".equals(run("id", "-u").output().trim());
        }
    }

    String name() {
        return name;
    }

    /** The words to put before the node's command line: empty when we are the node's user. */
    List<String> commandPrefix() {
        return commandPrefix;
    }

    private boolean isSwitched() {
        return uid >= 0;
    }

    /**
     * Creates {@code directory} and any missing parents. The ones we create are made traversable
     * for the node's user; existing ones are only checked, never changed (they may be system
     * directories such as /root), and a clear error names the first one the node cannot pass.
     */
    void createReachableDirectory(Path directory, String setting) {
        Path existing = directory;
        List<Path> missing = new ArrayList<>();
        while (!Files.exists(existing)) {
            missing.add(0, existing);
            existing = existing.getParent();
        }
        requireTraversable(directory, existing, setting);
        try {
            for (Path dir : missing) {
                Files.createDirectories(dir);
                if (isSwitched()) {
                    Files.setPosixFilePermissions(dir, TRAVERSABLE_DIR);
                }
            }
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot create " + directory + " (setting " + setting + "): " + e, e);
        }
    }

    /** Fails with the path and the setting to change when the node's user cannot reach {@code path}. */
    void requireTraversable(Path path, String setting) {
        requireTraversable(path, path, setting);
    }

    private void requireTraversable(Path path, Path existingPart, String setting) {
        if (!isSwitched()) {
            return;
        }
        for (Path dir = existingPart.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir) && !traversable(dir)) {
                throw new LocalElasticsearchException("Elasticsearch runs as '" + name + "', who cannot reach "
                        + path + " because " + dir + " is not traversable for that user. Choose a location outside "
                        + dir + " (setting " + setting + "), e.g. under /var/lib or /opt.");
            }
        }
    }

    /** Gives the node's user everything under {@code directory}: it writes config, data, logs and tmp. */
    void takeOwnership(Path directory) {
        if (!isSwitched()) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    chown(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    chown(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot give " + directory + " to user '" + name + "': " + e, e);
        }
    }

    private void chown(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
    }

    private boolean traversable(Path dir) {
        try {
            int owner = (Integer) Files.getAttribute(dir, "unix:uid");
            int group = (Integer) Files.getAttribute(dir, "unix:gid");
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (owner == uid) {
                return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
            }
            // --clear-groups leaves the node with its primary group only.
            if (group == gid) {
                return permissions.contains(PosixFilePermission.GROUP_EXECUTE);
            }
            return permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured user, created as a system user if missing; {@code nobody} if that fails. */
    private static String ensureSystemUser(String wanted) {
        if (idOf(wanted, "-u").isPresent()) {
            return wanted;
        }
        CommandResult created = run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", wanted);
        if (created.exitCode() == 0) {
            log.info("Created system user '{}' to run Elasticsearch (it refuses to run as root)", wanted);
            return wanted;
        }
        log.warn("Could not create system user '{}' ({}); running Elasticsearch as '{}' instead",
                wanted, created.output().trim(), FALLBACK_USER);
        if (idOf(FALLBACK_USER, "-u").isEmpty()) {
            throw cannotSwitchUser("user '" + wanted + "' could not be created and '" + FALLBACK_USER + "' does not exist");
        }
        return FALLBACK_USER;
    }

    private static LocalElasticsearchException cannotSwitchUser(String reason) {
        return new LocalElasticsearchException("Elasticsearch refuses to run as root, and we are root but cannot"
                + " start it as another user: " + reason + ". Do one of: run the service as a non-root user;"
                + " create a user (useradd --system tuna-es) and set the run-as user setting to it;"
                + " or use an external cluster by setting TUNA_ELASTICSEARCH_URIS.");
    }

    private static Optional<Integer> idOf(String user, String flag) {
        CommandResult result = run("id", flag, user);
        return result.exitCode() == 0 ? Optional.of(Integer.parseInt(result.output().trim())) : Optional.empty();
    }

    private static Optional<Path> findTool(String tool) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(TOOL_DIRS);
        return dirs.stream()
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs a short command; exit code 127 when it cannot be started at all. */
    private static CommandResult run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new CommandResult(124, String.join(" ", command) + " timed out");
            }
            return new CommandResult(process.exitValue(), output);
        } catch (IOException e) {
            return new CommandResult(127, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult(130, "interrupted");
        }
    }

    private record CommandResult(int exitCode, String output) {
    }
}
