package com.tripavail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** The behaviour both variants (embedded and containers) must show. */
final class InfrastructureChecks {

    private InfrastructureChecks() {
    }

    /** Two fresh databases: a row written in one is not visible in the other. */
    static void databasesAreIsolated(PostgresInstance postgres) throws SQLException {
        String first = postgres.createDatabase("isolation");
        String second = postgres.createDatabase("isolation");
        assertThat(first).isNotEqualTo(second).startsWith("isolation_");
        assertThat(second).startsWith("isolation_");

        try (Connection a = connect(postgres, first); Statement statement = a.createStatement()) {
            statement.execute("CREATE TABLE booking (id TEXT PRIMARY KEY, guest TEXT NOT NULL)");
            statement.execute("INSERT INTO booking VALUES ('b-1', 'Ada')");
            assertThat(queryLong(a, "SELECT count(*) FROM booking")).isEqualTo(1);
            assertThat(queryString(a, "SELECT current_database()")).isEqualTo(first);
        }
        try (Connection b = connect(postgres, second); Statement statement = b.createStatement()) {
            assertThat(queryString(b, "SELECT current_database()")).isEqualTo(second);
            assertThat(queryString(b, "SELECT to_regclass('public.booking')::text")).isNull();
            statement.execute("CREATE TABLE booking (id TEXT PRIMARY KEY, guest TEXT NOT NULL)");
            assertThat(queryLong(b, "SELECT count(*) FROM booking")).isZero();
        }
    }

    /**
     * A record written by a transactional producer (the hardest case on a one-node cluster: it needs the
     * transaction state log) to a topic created on first use is read back with {@link KafkaTestConsumer}; the topic
     * got the default 3 partitions; {@link KafkaInstance#createTopic} is idempotent.
     */
    static void kafkaRoundTrip(KafkaInstance kafka) throws Exception {
        String autoCreated = "auto-created-" + UUID.randomUUID();
        String explicit = "explicit-" + UUID.randomUUID();
        kafka.createTopic(explicit, 2);
        kafka.createTopic(explicit, 2); // idempotent
        kafka.createTopic(explicit, 5); // an existing topic is left alone

        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(kafka, autoCreated);
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.initTransactions();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(autoCreated, "booking-1", "aborted"));
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(autoCreated, "booking-1", "BookingRequested"));
            producer.send(new ProducerRecord<>(autoCreated, "booking-2", "BookingConfirmed"));
            producer.commitTransaction();

            ConsumerRecord<String, String> confirmed =
                    consumer.awaitRecord(r -> "booking-2".equals(r.key()), Duration.ofSeconds(30));
            assertThat(confirmed.value()).isEqualTo("BookingConfirmed");
            // Already received records are searched too, whatever the order of the calls.
            ConsumerRecord<String, String> requested =
                    consumer.awaitRecord(r -> "booking-1".equals(r.key()), Duration.ofSeconds(30));
            assertThat(requested.value()).isEqualTo("BookingRequested");
            assertThat(consumer.received()).extracting(ConsumerRecord::value).doesNotContain("aborted");
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var topics = admin.describeTopics(List.of(autoCreated, explicit)).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.get(autoCreated).partitions()).hasSize(3);
            assertThat(topics.get(explicit).partitions()).hasSize(2);
        }
    }

    static Connection connect(PostgresInstance postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
