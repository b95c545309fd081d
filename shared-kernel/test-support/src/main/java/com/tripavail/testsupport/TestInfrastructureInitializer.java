package com.tripavail.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Points a Spring context at the JVM's shared PostgreSQL and Kafka ({@link TestInfrastructure}), with a fresh
 * database of its own so that contexts never see each other's data (Axon events, tokens, sagas):
 *
 * <pre>{@code
 * @SpringBootTest
 * @ContextConfiguration(initializers = TestInfrastructureInitializer.class)
 * class BookingFlowTest { ... }
 * }</pre>
 *
 * Sets {@code spring.datasource.url}, {@code spring.datasource.username}, {@code spring.datasource.password},
 * {@code spring.kafka.bootstrap-servers}, {@value #DATABASE_PROPERTY} (the database's name) and
 * {@code tripavail.kafka.consumer-group-prefix} (the same name: consumer groups per context) in a property source
 * that wins over the application's configuration files, system properties and environment variables, but not over
 * properties a test declares inline ({@code @SpringBootTest(properties = ...)}, {@code @TestPropertySource}).
 * The database is named after {@code spring.application.name} when set.
 *
 * <p>{@link #reusing(String)} points a context at a database made before instead: a test that stops a service and
 * starts it again (a crash and a restart) gives both contexts the same database, and so the same consumer groups.
 *
 * <p>When the JVM exits, the shutdown hook of the test infrastructure closes such contexts before it stops
 * PostgreSQL and Kafka.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the context's database. */
    public static final String DATABASE_PROPERTY = "tripavail.test.database";

    /** Name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE_NAME = "tripavailTestInfrastructure";

    /** Spring's TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, without a dependency on it. */
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    /** The database every context this initializer prepares works in; null: a fresh one per context. */
    private final String reusedDatabase;

    /** A fresh database per context (what {@code @ContextConfiguration(initializers = ...)} instantiates). */
    public TestInfrastructureInitializer() {
        this(null);
    }

    private TestInfrastructureInitializer(String reusedDatabase) {
        this.reusedDatabase = reusedDatabase;
    }

    /**
     * Every context this initializer prepares works in {@code database}, an existing database of the shared server
     * (from {@link PostgresInstance#createDatabase(String)}), with consumer groups named after it: a context started
     * on it after another was closed finds that one's data (events, sagas, deadlines, read models) and resumes its
     * Kafka offsets, as a restarted service does.
     */
    public static TestInfrastructureInitializer reusing(String database) {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("the database to reuse must be named");
        }
        return new TestInfrastructureInitializer(database);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure.startBoth();
        PostgresInstance postgres = TestInfrastructure.postgres();
        KafkaInstance kafka = TestInfrastructure.kafka();
        ConfigurableEnvironment environment = context.getEnvironment();
        String database = reusedDatabase != null ? reusedDatabase
                : postgres.createDatabase(environment.getProperty("spring.application.name", "test"));

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(database));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put(DATABASE_PROPERTY, database);
        // Contexts share the broker: consumer groups of their own, so no context takes another's messages.
        properties.put("tripavail.kafka.consumer-group-prefix", database);

        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
        if (sources.contains(PROPERTY_SOURCE_NAME)) {
            sources.replace(PROPERTY_SOURCE_NAME, source);
        }
        else if (sources.contains(INLINED_TEST_PROPERTIES)) {
            sources.addAfter(INLINED_TEST_PROPERTIES, source);
        }
        else {
            sources.addFirst(source);
        }
        InfrastructureShutdown.track(context);
    }
}
