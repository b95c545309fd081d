package com.tripavail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

class TestInfrastructureInitializerTest {

    @Configuration(proxyBeanMethods = false)
    static class EmptyConfiguration {
    }

    @Test
    void eachContextGetsAFreshDatabaseOnTheSharedServers() throws Exception {
        try (ConfigurableApplicationContext first = refreshedContext();
                ConfigurableApplicationContext second = refreshedContext()) {
            Environment one = first.getEnvironment();
            Environment two = second.getEnvironment();
            String firstDatabase = one.getRequiredProperty(TestInfrastructureInitializer.DATABASE_PROPERTY);
            String secondDatabase = two.getRequiredProperty(TestInfrastructureInitializer.DATABASE_PROPERTY);
            assertThat(firstDatabase).isNotEqualTo(secondDatabase);

            PostgresInstance postgres = TestInfrastructure.postgres();
            assertThat(one.getProperty("spring.datasource.url")).isEqualTo(postgres.jdbcUrl(firstDatabase));
            assertThat(two.getProperty("spring.datasource.url")).isEqualTo(postgres.jdbcUrl(secondDatabase));
            assertThat(one.getProperty("spring.datasource.username")).isEqualTo(postgres.username());
            assertThat(one.getProperty("spring.datasource.password")).isEqualTo(postgres.password());
            assertThat(one.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(TestInfrastructure.kafka().bootstrapServers());

            try (Connection connection = DriverManager.getConnection(one.getProperty("spring.datasource.url"),
                    one.getProperty("spring.datasource.username"), one.getProperty("spring.datasource.password"))) {
                assertThat(InfrastructureChecks.queryString(connection, "SELECT current_database()"))
                        .isEqualTo(firstDatabase);
            }
        }
    }

    @Test
    void winsOverSystemPropertiesInASpringBootApplication() {
        String previous = System.setProperty("spring.kafka.bootstrap-servers", "production:9092");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmptyConfiguration.class)
                .web(WebApplicationType.NONE)
                .properties("spring.application.name=Booking-Service",
                        "spring.datasource.url=jdbc:postgresql://production/bookings")
                .initializers(new TestInfrastructureInitializer())
                .run()) {
            Environment environment = context.getEnvironment();
            String database = environment.getRequiredProperty(TestInfrastructureInitializer.DATABASE_PROPERTY);
            assertThat(database).startsWith("booking_service_");
            assertThat(environment.getProperty("spring.datasource.url"))
                    .isEqualTo(TestInfrastructure.postgres().jdbcUrl(database));
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(TestInfrastructure.kafka().bootstrapServers());
        }
        finally {
            if (previous == null) {
                System.clearProperty("spring.kafka.bootstrap-servers");
            }
            else {
                System.setProperty("spring.kafka.bootstrap-servers", previous);
            }
        }
    }

    private static ConfigurableApplicationContext refreshedContext() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.register(EmptyConfiguration.class);
        new TestInfrastructureInitializer().initialize(context);
        context.refresh();
        return context;
    }

    /** Through the Spring TestContext framework, as the services' tests use it. */
    @Nested
    @SpringJUnitConfig(classes = EmptyConfiguration.class, initializers = TestInfrastructureInitializer.class)
    @TestPropertySource(properties = "spring.kafka.bootstrap-servers=declared-by-the-test:9092")
    class InASpringTest {

        @Value("${tripavail.test.database}")
        String database;

        @Value("${spring.datasource.url}")
        String url;

        @Value("${spring.kafka.bootstrap-servers}")
        String bootstrapServers;

        @Test
        void propertiesAreInjected() {
            assertThat(database).startsWith("test_");
            assertThat(url).isEqualTo(TestInfrastructure.postgres().jdbcUrl(database));
        }

        @Test
        void propertiesDeclaredByTheTestWin() {
            assertThat(bootstrapServers).isEqualTo("declared-by-the-test:9092");
        }
    }
}
