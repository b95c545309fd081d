package com.tripavail.testsupport;

/**
 * A real Kafka broker shared by every test in the JVM (see {@link TestInfrastructure#kafka()}): one node, topics
 * created on first use with 3 partitions, transactional and idempotent producers supported.
 */
public interface KafkaInstance {

    /** The {@code bootstrap.servers} of the broker. */
    String bootstrapServers();

    /**
     * Creates the topic if it does not exist (idempotent). An existing topic is left as it is, even when it has a
     * different number of partitions.
     */
    void createTopic(String name, int partitions);
}
