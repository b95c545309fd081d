package com.tripavail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The Testcontainers variants, started directly (TestInfrastructure takes the embedded path in this module).
 * Skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersInfrastructureTest {

    private static ContainerPostgresInstance postgres;

    private static ContainerKafkaInstance kafka;

    @BeforeAll
    static void start() {
        postgres = ContainerPostgresInstance.start();
        kafka = ContainerKafkaInstance.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void databasesAreIsolated() throws Exception {
        InfrastructureChecks.databasesAreIsolated(postgres);
    }

    @Test
    void kafkaRoundTripWithTransactions() throws Exception {
        InfrastructureChecks.kafkaRoundTrip(kafka);
    }

    @Test
    void usesTheExpectedImages() {
        assertThat(postgres.toString()).contains("postgres:17-alpine");
        assertThat(kafka.toString()).contains("apache/kafka-native:");
    }
}
