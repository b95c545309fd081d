package com.tripavail.platform.web.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import com.tripavail.platform.security.Role;
import com.tripavail.platform.security.TestTokens;
import com.tripavail.platform.web.Problems;
import com.tripavail.testsupport.TestInfrastructureInitializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's web, idempotency and security tests: one running {@link PlatformWebTestApplication} on a random
 * port with a fresh PostgreSQL database, called over real HTTP.
 */
@SpringBootTest(classes = PlatformWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
@TestPropertySource(locations = "classpath:platform-web-test.properties")
public abstract class PlatformWebTestBase {

    protected static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String TRAVELER_TOKEN = TestTokens.token("traveler-1", Role.TRAVELER);

    @LocalServerPort
    protected int port;

    /** A request to {@code path} as traveler-1. */
    protected HttpRequest.Builder request(String path) {
        return anonymous(path).header("Authorization", "Bearer " + TRAVELER_TOKEN);
    }

    protected HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    protected static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    protected HttpResponse<String> postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
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

    protected static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Asserts an RFC 7807 problem with this status and type, and returns it. */
    protected static JsonNode assertProblem(HttpResponse<String> response, int status, String typeSlug) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + typeSlug);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(response.uri().getPath());
        return problem;
    }
}
