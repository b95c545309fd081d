package com.tripavail.testsupport;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the shared PostgreSQL and Kafka come from: Testcontainers, or in-process/embedded. */
enum InfrastructureMode {

    /** Zonky embedded PostgreSQL (a real postgres process) and an in-process KRaft Kafka broker. */
    EMBEDDED,

    /** Testcontainers: {@code postgres:17-alpine} and {@code apache/kafka-native}. */
    CONTAINERS;

    /** System property (or environment variable {@value #ENVIRONMENT_VARIABLE}): embedded, containers or auto. */
    static final String PROPERTY = "tripavail.test.infra";

    static final String ENVIRONMENT_VARIABLE = "TRIPAVAIL_TEST_INFRA";

    private static final Logger log = LoggerFactory.getLogger(InfrastructureMode.class);

    static InfrastructureMode resolve() {
        String requested = System.getProperty(PROPERTY);
        if (requested == null || requested.isBlank()) {
            requested = System.getenv(ENVIRONMENT_VARIABLE);
        }
        String value = requested == null ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded" -> EMBEDDED;
            case "containers", "testcontainers", "docker" -> CONTAINERS;
            case "", "auto" -> {
                boolean docker = dockerAvailable();
                log.info("{} not set: a Docker engine is {}available, using {} PostgreSQL and Kafka", PROPERTY,
                        docker ? "" : "not ", docker ? "Testcontainers" : "embedded");
                yield docker ? CONTAINERS : EMBEDDED;
            }
            default -> throw new IllegalArgumentException(
                    PROPERTY + "=" + requested + ": expected embedded, containers or auto");
        };
    }

    /** Whether Testcontainers finds a Docker engine; the Testcontainers classes are only loaded here. */
    static boolean dockerAvailable() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        }
        catch (Throwable e) { // NoClassDefFoundError when Testcontainers was excluded, or any detection failure
            log.debug("Docker detection failed", e);
            return false;
        }
    }
}
