package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tripavail.platform.web.testapp.PlatformWebTestBase;

import tools.jackson.databind.JsonNode;

class ProblemDetailsTest extends PlatformWebTestBase {

    private static final String VALID_ITEM = """
            {"name":"Sea view","quantity":2,"kind":"HOTEL","startDate":"2030-05-01","guests":[{"name":"Ana"}]}""";

    @Test
    void aPathTomcatRefusesItselfIsStillAProblem() {
        var response = send(request("/api/test/items/%00").GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.BAD_REQUEST);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/test/items/%00");
    }

    @Test
    void givenValidBody_whenPosted_thenCreated() {
        HttpResponse<String> response = postJson("/api/test/items", VALID_ITEM);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/test/items/1");
    }

    @Test
    void givenMalformedJson_whenPosted_thenBadRequestSayingWhere() {
        JsonNode problem = assertProblem(postJson("/api/test/items", "{\"name\": \"x\",,}"), 400, Problems.MALFORMED_BODY);

        assertThat(problem.path("detail").asString()).contains("not valid JSON").contains("line 1");
    }

    @Test
    void givenEmptyBody_whenPosted_thenBadRequest() {
        assertProblem(postJson("/api/test/items", ""), 400, Problems.MALFORMED_BODY);
    }

    @Test
    void givenStringForInteger_whenPosted_thenBadRequestNamingField() {
        JsonNode problem = assertProblem(postJson("/api/test/items", VALID_ITEM.replace("\"quantity\":2", "\"quantity\":\"2\"")),
                400, Problems.INVALID_FIELD);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("quantity");
        assertThat(problem.path("detail").asString()).contains("quantity").contains("integer");
    }

    @Test
    void givenFloatForInteger_whenPosted_thenBadRequest() {
        JsonNode problem = assertProblem(postJson("/api/test/items", VALID_ITEM.replace("\"quantity\":2", "\"quantity\":2.5")),
                400, Problems.INVALID_FIELD);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("quantity");
    }

    @Test
    void givenNullForPrimitive_whenPosted_thenBadRequest() {
        JsonNode problem = assertProblem(postJson("/api/test/items", VALID_ITEM.replace("\"quantity\":2", "\"quantity\":null")),
                400, Problems.INVALID_FIELD);

        assertThat(problem.path("detail").asString()).contains("quantity").contains("must not be null");
    }

    @Test
    void givenUnknownEnumValue_whenPosted_thenBadRequestListingAllowedValues() {
        JsonNode problem = assertProblem(postJson("/api/test/items", VALID_ITEM.replace("HOTEL", "CASTLE")),
                400, Problems.INVALID_FIELD);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(problem.path("detail").asString()).contains("CASTLE").contains("HOTEL").contains("TOUR");
    }

    @Test
    void givenBadDate_whenPosted_thenBadRequestNamingField() {
        JsonNode problem = assertProblem(postJson("/api/test/items", VALID_ITEM.replace("2030-05-01", "01/05/2030")),
                400, Problems.INVALID_FIELD);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("startDate");
    }

    @Test
    void givenArrayInsteadOfObject_whenPosted_thenBadRequest() {
        assertProblem(postJson("/api/test/items", "[1,2]"), 400, Problems.MALFORMED_BODY);
    }

    @Test
    void givenInvalidFields_whenPosted_thenValidationProblemListsEachField() {
        String body = """
                {"name":" ","quantity":0,"kind":null,"guests":[{"name":""}]}""";

        JsonNode problem = assertProblem(postJson("/api/test/items", body), 400, Problems.VALIDATION_FAILED);

        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> {
            fields.add(error.path("field").asString());
            assertThat(error.path("message").asString()).isNotBlank();
        });
        assertThat(fields).containsExactlyInAnyOrder("name", "quantity", "kind", "guests[0].name");
    }

    @Test
    void givenNonNumericPathVariable_whenGet_thenBadRequest() {
        JsonNode problem = assertProblem(send(request("/api/test/items/abc").GET()), 400, Problems.INVALID_PARAMETER);

        assertThat(problem.path("detail").asString()).contains("id").contains("abc");
    }

    @Test
    void givenMissingQueryParameter_whenGet_thenBadRequest() {
        JsonNode problem = assertProblem(send(request("/api/test/items").GET()), 400, Problems.MISSING_PARAMETER);

        assertThat(problem.path("detail").asString()).contains("page");
    }

    @Test
    void givenOutOfRangeQueryParameter_whenGet_thenValidationProblem() {
        JsonNode problem = assertProblem(send(request("/api/test/items?page=0").GET()), 400, Problems.VALIDATION_FAILED);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("page");
    }

    @Test
    void givenUnknownEnumQueryParameter_whenGet_thenBadRequestListingAllowedValues() {
        JsonNode problem = assertProblem(send(request("/api/test/items?page=1&kind=CASTLE").GET()), 400,
                Problems.INVALID_PARAMETER);

        assertThat(problem.path("detail").asString()).contains("HOTEL").contains("TOUR");
    }

    @Test
    void givenTextBody_whenPosted_thenUnsupportedMediaType() {
        HttpResponse<String> response = send(request("/api/test/items").header("Content-Type", "text/plain")
                .POST(json(VALID_ITEM)));

        assertProblem(response, 415, Problems.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void givenWrongMethod_whenCalled_thenMethodNotAllowedWithAllowHeader() {
        HttpResponse<String> response = send(request("/api/test/items").header("Content-Type", "application/json")
                .PUT(json(VALID_ITEM)));

        assertProblem(response, 405, Problems.METHOD_NOT_ALLOWED);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void givenUnknownPath_whenGet_thenNotFound() {
        assertProblem(send(request("/api/nothing-here").GET()), 404, Problems.NOT_FOUND);
    }

    @Test
    void givenBodyOverLimitWithContentLength_whenPosted_thenPayloadTooLarge() {
        String big = VALID_ITEM.replace("Sea view", "x".repeat(3000));

        JsonNode problem = assertProblem(postJson("/api/test/items", big), 413, Problems.PAYLOAD_TOO_LARGE);

        assertThat(problem.path("maxBytes").asLong()).isEqualTo(2048);
    }

    @Test
    void givenChunkedBodyOverLimit_whenPosted_thenPayloadTooLarge() {
        byte[] big = VALID_ITEM.replace("Sea view", "x".repeat(3000)).getBytes();

        HttpResponse<String> response = send(request("/api/test/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertProblem(response, 413, Problems.PAYLOAD_TOO_LARGE);
    }

    @Test
    void givenChunkedBodyUnderLimit_whenPosted_thenAccepted() {
        byte[] small = VALID_ITEM.getBytes();

        HttpResponse<String> response = send(request("/api/test/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void givenNotFoundException_thenNotFoundProblem() {
        JsonNode problem = assertProblem(send(request("/api/test/errors/not-found").GET()), 404, Problems.NOT_FOUND);

        assertThat(problem.path("detail").asString()).isEqualTo("Booking b-1 not found");
    }

    @Test
    void givenConflictException_thenConflictProblemWithCurrentState() {
        JsonNode problem = assertProblem(send(request("/api/test/errors/conflict").GET()), 409, Problems.CONFLICT);

        assertThat(problem.path("currentState").asString()).isEqualTo("EXPIRED_HOLD");
    }

    @Test
    void givenForbiddenException_thenForbiddenProblem() {
        assertProblem(send(request("/api/test/errors/forbidden").GET()), 403, Problems.FORBIDDEN);
    }

    @Test
    void givenBadRequestException_thenBadRequestProblem() {
        JsonNode problem = assertProblem(send(request("/api/test/errors/bad-request").GET()), 400, Problems.BAD_REQUEST);

        assertThat(problem.path("detail").asString()).isEqualTo("checkOut must be after checkIn");
    }

    @Test
    void givenTooManyRequestsException_thenProblemWithRetryAfter() {
        HttpResponse<String> response = send(request("/api/test/errors/too-many").GET());

        JsonNode problem = assertProblem(response, 429, Problems.TOO_MANY_REQUESTS);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(problem.path("retryAfterSeconds").asInt()).isEqualTo(30);
    }

    @Test
    void givenUnprocessableException_thenUnprocessableProblem() {
        assertProblem(send(request("/api/test/errors/unprocessable").GET()), 422, Problems.UNPROCESSABLE);
    }

    @Test
    void givenUnexpectedException_thenInternalErrorWithoutInternals() {
        HttpResponse<String> response = send(request("/api/test/errors/boom").GET());

        assertProblem(response, 500, Problems.INTERNAL_ERROR);
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void givenErrorOutsideSpringMvc_thenErrorPageIsProblemToo() {
        HttpResponse<String> response = send(request("/api/test/errors/send-error").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.SERVICE_UNAVAILABLE);
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/test/errors/send-error");
    }
}
