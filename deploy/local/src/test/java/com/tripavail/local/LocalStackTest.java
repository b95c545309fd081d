package com.tripavail.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's PostgreSQL and Kafka on a temporary data directory and free ports, with an empty service registry:
 * databases and topics are created, a record goes through Kafka, and everything is still there after a restart.
 */
class LocalStackTest {

    private static final String TOPIC = "tripavail.onboarding.events";

    @TempDir
    Path root;

    @Test
    void startsPostgresAndKafkaAndKeepsTheirDataAcrossARestart() throws Exception {
        Path registry = Files.writeString(root.resolve("no-services.properties"), "# empty: no services\n");
        String key = "provider-" + UUID.randomUUID();
        String value = "{\"type\":\"ProviderVerificationChanged\",\"aggregateId\":\"" + key + "\"}";

        try (LocalStack stack = start(registry)) {
            assertEquals(Set.copyOf(LocalStack.DATABASES), existingDatabases(stack), "the four service databases");
            assertTopics(stack);
            try (Connection onboarding = stack.postgres().connect("onboarding"); Statement sql = onboarding.createStatement()) {
                sql.execute("create table survives_restart (id text primary key)");
                sql.execute("insert into survives_restart values ('" + key + "')");
            }
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
            }
            assertEquals(value, consume(stack, key), "record read back");
        }

        // Same data directory, new ports: the databases, the table row, the topics and the record are all still there.
        try (LocalStack stack = start(registry)) {
            assertEquals(Set.copyOf(LocalStack.DATABASES), existingDatabases(stack));
            try (Connection onboarding = stack.postgres().connect("onboarding"); Statement sql = onboarding.createStatement();
                 ResultSet rows = sql.executeQuery("select id from survives_restart")) {
                assertTrue(rows.next());
                assertEquals(key, rows.getString(1));
            }
            assertTopics(stack);
            assertEquals(value, consume(stack, key), "record still there after the restart");
        }
        assertTrue(Files.notExists(root.resolve(".local-data/run.pids")), "run.pids removed on stop");
        assertTrue(Files.readString(root.resolve(".local-data/last-start.json")).contains("\"ok\": true"), "last-start.json written");
    }

    @Test
    void readsTheTopLevelHealthStatusOnly() {
        assertEquals("UP", ServiceProcess.topLevelStatus("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}"));
        assertEquals("DOWN", ServiceProcess.topLevelStatus(
                "{\"components\":{\"db\":{\"status\":\"UP\"},\"x\":{\"details\":{\"status\":\"UP\"}}}, \"status\" : \"DOWN\"}"));
        assertNull(ServiceProcess.topLevelStatus("{\"components\":{\"db\":{\"status\":\"UP\"}}}"));
    }

    @Test
    void builtInRegistryHasTheOnboardingService() throws Exception {
        List<ServiceSpec> specs = ServiceSpec.load(null);
        ServiceSpec onboarding = specs.get(0);
        assertEquals(LocalStack.ONBOARDING, onboarding.name());
        assertEquals(8081, onboarding.port());
        assertEquals("onboarding", onboarding.database());
        assertEquals("services/provider-onboarding-service/target/provider-onboarding-service-exec.jar", onboarding.jar());
        assertNull(onboarding.jvmOpts(), "default JVM options");

        Properties custom = new Properties();
        custom.setProperty("b.port", "8083");
        custom.setProperty("b.jar", "b.jar");
        custom.setProperty("a.port", "8082");
        custom.setProperty("a.jar", "a.jar");
        custom.setProperty("a.jvm-opts", " -Xmx512m  -XX:+UseSerialGC ");
        List<ServiceSpec> parsed = ServiceSpec.parse(custom, "test");
        assertEquals(List.of("a", "b"), parsed.stream().map(ServiceSpec::name).toList(), "port order");
        assertEquals(List.of("-Xmx512m", "-XX:+UseSerialGC"), parsed.get(0).jvmOpts());
        assertNull(parsed.get(1).database());
    }

    private LocalStack start(Path registry) throws Exception {
        var options = new LocalStack.Options(root, root.resolve(".local-data"), false, true, 0, 0, 0, registry, Duration.ofSeconds(120));
        LocalStack stack = new LocalStack(options);
        try {
            stack.prepareDataDir();
            stack.startInfrastructure();
            assertTrue(stack.startServices(), "an empty registry starts no service and succeeds");
            stack.report(true);
            return stack;
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    private static Set<String> existingDatabases(LocalStack stack) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection postgres = stack.postgres().connect("postgres"); Statement sql = postgres.createStatement();
             ResultSet rows = sql.executeQuery("select datname from pg_database where not datistemplate and datname <> 'postgres'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void assertTopics(LocalStack stack) throws Exception {
        try (Admin admin = stack.kafka().admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(LocalStack.TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            assertEquals(Set.copyOf(LocalStack.TOPICS), topics.keySet());
            topics.values().forEach(t -> assertEquals(3, t.partitions().size(), t.name() + " partitions"));
        }
    }

    /** Reads the topic from the beginning until the record with this key shows up (or 30 s pass). */
    private static String consume(LocalStack stack, String key) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
            }
            return null;
        }
    }
}
