package com.tripavail.testsupport;

import java.util.Map;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL in a Docker container (Testcontainers), data directory on tmpfs. */
final class ContainerPostgresInstance extends AbstractPostgresInstance {

    /** Overrides the image, e.g. for a registry mirror. */
    static final String IMAGE_PROPERTY = "tripavail.test.postgres.image";

    static final String DEFAULT_IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container;

    private ContainerPostgresInstance(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresInstance start() {
        return start(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE));
    }

    @SuppressWarnings("resource") // stopped by close()
    static ContainerPostgresInstance start(String image) {
        DockerImageName name = DockerImageName.parse(image);
        if (!name.isCompatibleWith(DockerImageName.parse("postgres"))) {
            name = name.asCompatibleSubstituteFor("postgres");
        }
        PostgreSQLContainer container = new PostgreSQLContainer(name)
                .withCommand("postgres",
                        "-c", "max_connections=500",
                        "-c", "fsync=off",
                        "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off",
                        "-c", "timezone=UTC")
                .withTmpFs(Map.of("/var/lib/postgresql/data", "rw"));
        container.start();
        return new ContainerPostgresInstance(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return "PostgreSQL container " + container.getDockerImageName() + " [" + jdbcUrl("") + "]";
    }
}
