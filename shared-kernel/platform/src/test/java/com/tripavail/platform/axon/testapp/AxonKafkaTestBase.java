package com.tripavail.platform.axon.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.platform.security.Role;
import com.tripavail.platform.security.TestTokens;
import com.tripavail.testsupport.TestInfrastructureInitializer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running {@link CounterTestApplication} on a random port with a fresh PostgreSQL database and
 * the JVM's Kafka broker, shared by every test class that extends this (same annotations, same context).
 */
@SpringBootTest(classes = CounterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
@TestPropertySource(locations = "classpath:axon-kafka-test.properties")
public abstract class AxonKafkaTestBase {

    protected static final Duration TIMEOUT = Duration.ofSeconds(20);
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String ADMIN_TOKEN = TestTokens.token("admin-1", Role.ADMIN);
    protected static final String TRAVELER_TOKEN = TestTokens.token("traveler-1", Role.TRAVELER);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected DSLContext dsl;
    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Value("${tripavail.kafka.publication-topic}")
    protected String publicationTopic;
    @Value("${counter-test.inbound-topic}")
    protected String inboundTopic;

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    // --- HTTP ---

    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    protected HttpResponse<String> adminGet(String path) {
        return send(request(path, ADMIN_TOKEN).GET());
    }

    protected HttpResponse<String> adminPost(String path) {
        return send(request(path, ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
    }

    protected HttpResponse<String> adminDelete(String path) {
        return send(request(path, ADMIN_TOKEN).DELETE());
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body, after asserting the status. */
    protected static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s %s: %s", response.request().method(),
                response.uri().getPath(), response.body()).isEqualTo(status);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    // --- Kafka ---

    /** A valid envelope as another service would publish it. */
    protected static String envelope(String eventId, String type, String aggregateId, Object payload) {
        return ContractJson.write(new EventEnvelope(eventId, type, 1, Instant.parse("2030-01-01T00:00:00Z"),
                aggregateId, 0, ContractJson.toTree(payload)));
    }

    /** Sends and waits for the broker's acknowledgement. */
    protected void produce(String topic, String key, String value, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (traceparent != null) {
            record.headers().add(Topics.TRACEPARENT_HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    // --- PostgreSQL ---

    protected int count(String sql, Object... bindings) {
        return dsl.fetchValue(sql, bindings) instanceof Number n ? n.intValue() : -1;
    }
}
