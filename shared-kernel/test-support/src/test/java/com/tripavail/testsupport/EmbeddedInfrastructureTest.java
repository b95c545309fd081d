package com.tripavail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The JVM's shared infrastructure, on the embedded path (Surefire sets {@code tripavail.test.infra=embedded} for
 * this module): zonky PostgreSQL and spring-kafka-test's KRaft broker.
 */
class EmbeddedInfrastructureTest {

    @Test
    void takesTheEmbeddedPath() {
        assertThat(TestInfrastructure.mode()).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(TestInfrastructure.postgres()).isInstanceOf(EmbeddedPostgresInstance.class);
        assertThat(TestInfrastructure.kafka()).isInstanceOf(EmbeddedKafkaInstance.class);
    }

    @Test
    void databasesAreIsolated() throws Exception {
        InfrastructureChecks.databasesAreIsolated(TestInfrastructure.postgres());
    }

    @Test
    void kafkaRoundTripWithTransactions() throws Exception {
        InfrastructureChecks.kafkaRoundTrip(TestInfrastructure.kafka());
    }

    @Test
    void theServerIsConfiguredForTests() throws Exception {
        PostgresInstance postgres = TestInfrastructure.postgres();
        try (Connection connection = InfrastructureChecks.connect(postgres, postgres.createDatabase("settings"))) {
            assertThat(InfrastructureChecks.queryString(connection, "SHOW server_version")).startsWith("17.");
            assertThat(InfrastructureChecks.queryLong(connection, "SHOW max_connections")).isGreaterThanOrEqualTo(300);
            assertThat(InfrastructureChecks.queryString(connection, "SHOW fsync")).isEqualTo("off");
            assertThat(InfrastructureChecks.queryString(connection, "SHOW synchronous_commit")).isEqualTo("off");
            assertThat(InfrastructureChecks.queryString(connection, "SHOW full_page_writes")).isEqualTo("off");
        }
        assertThat(((EmbeddedPostgresInstance) postgres).dataDirectory()).isDirectory();
    }

    @Test
    void instancesAreSharedAcrossCallsAndThreads() throws Exception {
        PostgresInstance postgres = TestInfrastructure.postgres();
        KafkaInstance kafka = TestInfrastructure.kafka();
        assertThat(TestInfrastructure.postgres()).isSameAs(postgres);
        assertThat(TestInfrastructure.postgres().jdbcUrl("x")).isEqualTo(postgres.jdbcUrl("x"));
        assertThat(TestInfrastructure.kafka()).isSameAs(kafka);
        assertThat(TestInfrastructure.kafka().bootstrapServers()).isEqualTo(kafka.bootstrapServers());

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Object>> seen = pool.invokeAll(IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Object>) () -> i % 2 == 0 ? TestInfrastructure.postgres()
                            : TestInfrastructure.kafka())
                    .toList());
            for (Future<Object> instance : seen) {
                assertThat(instance.get()).isIn(postgres, kafka);
            }
        }
    }

    @Test
    void databasesCreatedConcurrentlyAreDistinct() throws Exception {
        PostgresInstance postgres = TestInfrastructure.postgres();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> names = pool.invokeAll(IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<String>) () -> postgres.createDatabase("concurrent"))
                    .toList());
            Set<String> distinct = names.stream().map(f -> {
                try {
                    return f.get();
                }
                catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).collect(Collectors.toSet());
            assertThat(distinct).hasSize(8);
            for (String name : distinct) {
                try (Connection connection = InfrastructureChecks.connect(postgres, name)) {
                    assertThat(InfrastructureChecks.queryString(connection, "SELECT current_database()"))
                            .isEqualTo(name);
                }
            }
        }
    }

    @Test
    void databaseNamesAreValidIdentifiers() {
        AbstractPostgresInstance postgres = (AbstractPostgresInstance) TestInfrastructure.postgres();
        assertThat(postgres.uniqueName("Booking-Service")).matches("booking_service_[a-z0-9]+");
        assertThat(postgres.uniqueName("42")).matches("db_42_[a-z0-9]+");
        assertThat(postgres.uniqueName(null)).matches("db__[a-z0-9]+");
        assertThat(postgres.uniqueName("x".repeat(100))).hasSizeLessThanOrEqualTo(63).startsWith("xxxx");
        assertThat(postgres.createDatabase("Trip Planner " + "y".repeat(80))).hasSizeLessThanOrEqualTo(63)
                .startsWith("trip_planner_");
    }
}
