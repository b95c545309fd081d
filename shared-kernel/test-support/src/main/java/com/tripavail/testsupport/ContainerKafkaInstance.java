package com.tripavail.testsupport;

import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka in a Docker container (Testcontainers' KRaft {@link KafkaContainer}). */
final class ContainerKafkaInstance extends AbstractKafkaInstance {

    /** Overrides the image, e.g. {@code apache/kafka:4.2.1} or a registry mirror. */
    static final String IMAGE_PROPERTY = "tripavail.test.kafka.image";

    /** Used when the kafka-clients version cannot be read. */
    static final String FALLBACK_IMAGE = "apache/kafka-native:4.2.1";

    private final KafkaContainer container;

    private ContainerKafkaInstance(KafkaContainer container) {
        this.container = container;
    }

    /** The GraalVM build of the broker (starts in about a second), same version as the kafka-clients in use. */
    static String defaultImage() {
        String version = AppInfoParser.getVersion();
        return version != null && version.matches("\\d+\\.\\d+\\.\\d+") ? "apache/kafka-native:" + version
                : FALLBACK_IMAGE;
    }

    static ContainerKafkaInstance start() {
        return start(System.getProperty(IMAGE_PROPERTY, defaultImage()));
    }

    @SuppressWarnings("resource") // stopped by close()
    static ContainerKafkaInstance start(String image) {
        DockerImageName name = DockerImageName.parse(image);
        if (!name.isCompatibleWith(DockerImageName.parse("apache/kafka"))
                && !name.isCompatibleWith(DockerImageName.parse("apache/kafka-native"))) {
            name = name.asCompatibleSubstituteFor("apache/kafka");
        }
        KafkaContainer container = new KafkaContainer(name);
        // Same broker settings as the embedded broker: KAFKA_<PROPERTY_IN_UPPER_CASE_WITH_UNDERSCORES>.
        for (Map.Entry<String, String> property : BROKER_PROPERTIES.entrySet()) {
            container.withEnv("KAFKA_" + property.getKey().toUpperCase(Locale.ROOT).replace('.', '_'),
                    property.getValue());
        }
        container.start();
        return new ContainerKafkaInstance(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        try {
            closeAdmin();
        }
        finally {
            container.stop();
        }
    }

    @Override
    public String toString() {
        return "Kafka container " + container.getDockerImageName() + " [" + bootstrapServers() + "]";
    }
}
