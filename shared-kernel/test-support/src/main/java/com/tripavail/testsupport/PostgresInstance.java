package com.tripavail.testsupport;

/**
 * A real PostgreSQL server shared by every test in the JVM (see {@link TestInfrastructure#postgres()}).
 * Tests isolate themselves by working in a database of their own ({@link #createDatabase(String)}).
 */
public interface PostgresInstance {

    /** JDBC URL of the given database on this server, without credentials. */
    String jdbcUrl(String database);

    /** A superuser of this server. */
    String username();

    String password();

    /**
     * Creates a new empty database with a unique name starting with {@code prefix} (lower-cased, characters other
     * than {@code [a-z0-9_]} replaced by {@code _}); returns its name. Safe to call from several threads.
     */
    String createDatabase(String prefix);
}
