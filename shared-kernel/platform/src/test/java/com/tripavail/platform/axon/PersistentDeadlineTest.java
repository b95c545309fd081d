package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.platform.axon.testapp.CounterApi.RequestReminderCommand;
import com.tripavail.platform.axon.testapp.CounterTestApplication;
import com.tripavail.testsupport.PostgresInstance;
import com.tripavail.testsupport.TestInfrastructure;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * A saga's deadline is kept in PostgreSQL (db-scheduler): scheduled by one instance of the service,
 * it fires in the next one after a restart. Runs its own two contexts, one after the other, on one database.
 */
class PersistentDeadlineTest {

    private final PostgresInstance postgres = TestInfrastructure.postgres();
    private final String database = postgres.createDatabase("platform_deadline");
    private ConfigurableApplicationContext running;

    @AfterEach
    void closeContext() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void givenAScheduledSagaDeadline_whenTheServiceRestartsBeforeItIsDue_thenItFiresInTheNewInstance()
            throws Exception {
        String counterId = "reminded-" + UUID.randomUUID();

        running = start();
        running.getBean(CommandGateway.class).sendAndWait(new RequestReminderCommand(counterId, 4_000));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM scheduled_tasks") == 1);
        running.close();
        running = null;

        assertThat(count("SELECT count(*) FROM reminder_fired")).as("fired before the restart").isZero();
        assertThat(count("SELECT count(*) FROM sagaentry")).isEqualTo(1);

        running = start();
        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT count(*) FROM reminder_fired") == 1);
        assertThat(string("SELECT counter_id FROM reminder_fired")).isEqualTo(counterId);
        // the deadline handler ended the saga; db-scheduler removed the task it ran
        await().atMost(Duration.ofSeconds(5)).until(() -> count("SELECT count(*) FROM sagaentry") == 0
                && count("SELECT count(*) FROM scheduled_tasks") == 0);
    }

    /** The test application on this test's database, with its own Kafka topics and consumer groups. */
    private ConfigurableApplicationContext start() throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        Properties file = PropertiesLoaderUtils.loadProperties(new ClassPathResource("axon-kafka-test.properties"));
        file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
        properties.put("spring.application.name", "platform-deadline-test");
        properties.put("tripavail.kafka.publication-topic", "platform-test.deadline.events");
        properties.put("counter-test.inbound-topic", "platform-test.deadline.inbound");
        properties.put("spring.datasource.url", postgres.jdbcUrl(database));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers());
        properties.put("server.port", "0");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CounterTestApplication.class).run(args);
    }

    private int count(String sql) throws SQLException {
        return Integer.parseInt(string(sql));
    }

    private String string(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
                postgres.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
