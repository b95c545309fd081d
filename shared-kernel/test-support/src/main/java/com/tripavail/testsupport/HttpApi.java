package com.tripavail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests against a service on its random port. */
public class HttpApi {

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public Response expect(int expected) {
            assertThat(status).as("HTTP status of %s %s, body %s", raw.request().method(), raw.request().uri(),
                    raw.body()).isEqualTo(expected);
            return this;
        }

        public String text(String field) {
            return body.get(field).asString();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** An RFC 7807 problem with this status and a detail that says something. */
        public Response expectProblem(int expected) {
            expect(expected);
            assertThat(header("Content-Type")).as("Content-Type of %s", raw.body())
                    .startsWith("application/problem+json");
            assertThat(body.path("status").asInt()).as("status member of %s", raw.body()).isEqualTo(expected);
            assertThat(body.path("title").asString()).as("title of %s", raw.body()).isNotBlank();
            assertThat(body.path("type").asString()).as("type of %s", raw.body()).startsWith("https://");
            assertThat(body.path("detail").asString()).as("detail of %s", raw.body()).isNotBlank();
            return this;
        }

        public String detail() {
            return body.path("detail").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Response post(String path, String token, Object body) {
        return postRaw(path, token, body == null ? "" : JSON.writeValueAsString(body), Map.of());
    }

    public Response postRaw(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = builder(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Any request: {@code contentType} and {@code body} may be null (no header, no body); the
     * headers are set, replacing any default.
     */
    public Response request(String method, String path, String token, String contentType,
                            HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = builder(path, token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) {
            request.setHeader("Content-Type", contentType);
        }
        headers.forEach(request::setHeader);
        return send(request);
    }

    public Response request(String method, String path, String token, String contentType, String body) {
        return request(method, path, token, contentType,
                body == null ? null : HttpRequest.BodyPublishers.ofString(body), Map.of());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }
}
