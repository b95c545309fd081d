package com.tripavail.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** What the embedded and the container Kafka have in common: topic creation through one shared admin client. */
abstract class AbstractKafkaInstance implements KafkaInstance, AutoCloseable {

    static final int DEFAULT_PARTITIONS = 3;

    /** Broker settings of both variants, in broker-property form. */
    static final Map<String, String> BROKER_PROPERTIES = Map.ofEntries(
            Map.entry("auto.create.topics.enable", "true"),
            Map.entry("num.partitions", String.valueOf(DEFAULT_PARTITIONS)),
            Map.entry("default.replication.factor", "1"),
            Map.entry("min.insync.replicas", "1"),
            // Transactions and idempotence on a single node.
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            // 50 partitions each by default: creating them slows down the first consumer group and transaction.
            Map.entry("offsets.topic.num.partitions", "1"),
            Map.entry("transaction.state.log.num.partitions", "1"),
            Map.entry("share.coordinator.state.topic.num.partitions", "1"),
            // A consumer group forms at once instead of waiting 3 s for more members.
            Map.entry("group.initial.rebalance.delay.ms", "0"));

    private Admin admin;

    @Override
    public void createTopic(String name, int partitions) {
        NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty());
        try {
            admin().createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        }
        catch (TimeoutException e) {
            throw new IllegalStateException("Creating topic " + name + " timed out", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.CLIENT_ID_CONFIG, "tripavail-test-admin"));
        }
        return admin;
    }

    /** Closes the admin client; the broker itself is stopped by the subclass. */
    synchronized void closeAdmin() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
            admin = null;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + bootstrapServers() + "]";
    }
}
