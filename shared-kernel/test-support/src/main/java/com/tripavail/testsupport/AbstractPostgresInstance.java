package com.tripavail.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** What the embedded and the container PostgreSQL have in common: database creation over JDBC. */
abstract class AbstractPostgresInstance implements PostgresInstance, AutoCloseable {

    /** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1). */
    private static final int MAX_IDENTIFIER_LENGTH = 63;

    private static final String MAINTENANCE_DATABASE = "postgres";

    private final AtomicLong sequence = new AtomicLong();

    private final Object createLock = new Object();

    @Override
    public String createDatabase(String prefix) {
        String name = uniqueName(prefix);
        // CREATE DATABASE copies template1 and fails if another session is connected to it; serialising the
        // creations of this JVM keeps them from tripping over each other.
        synchronized (createLock) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(MAINTENANCE_DATABASE), username(),
                    password()); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + name + "\"");
            }
            catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + name + " on " + this, e);
            }
        }
        return name;
    }

    /** {@code <sanitised prefix>_<sequence><random>}, at most 63 characters, lower case. */
    String uniqueName(String prefix) {
        String base = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isEmpty() || !(Character.isLetter(base.charAt(0)) || base.charAt(0) == '_')) {
            base = "db_" + base;
        }
        String suffix = "_" + Long.toString(sequence.incrementAndGet(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        if (base.length() + suffix.length() > MAX_IDENTIFIER_LENGTH) {
            base = base.substring(0, MAX_IDENTIFIER_LENGTH - suffix.length());
        }
        return base + suffix;
    }

    /** The server's version, for the start-up log line. */
    String serverVersion() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(MAINTENANCE_DATABASE), username(),
                password()); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW server_version")) {
            return rs.next() ? rs.getString(1) : "?";
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL started but does not answer: " + this, e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + jdbcUrl("") + "]";
    }
}
